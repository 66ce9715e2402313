import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { applicationCommands } from '../../src/discord/applicationCommands.js';

// Discord's rule for command and option names (chat input), from its API documentation.
const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('applicationCommands', () => {
  const commands = applicationCommands();

  it('GIVEN the definitions WHEN turned into commands THEN every slash command and option has valid, lowercase names in both locales', () => {
    for (const command of commands.filter((c) => c.type === ApplicationCommandType.ChatInput)) {
      for (const name of [
        command.name,
        command.name_localizations?.['zh-CN'],
        command.name_localizations?.['zh-TW'],
      ]) {
        expect(name, command.name).toMatch(NAME);
        expect(name).toBe(name?.toLowerCase());
      }
      expect(command.description_localizations?.['zh-CN']).toMatch(/\p{Script=Han}/u);
      if (!('options' in command)) continue;
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.name_localizations?.['zh-CN']).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('GIVEN the issue-mandated option names WHEN registered THEN question, cloud, company and price keep their names and types', () => {
    const option = (command: string, name: string) => {
      const found = commands.find((c) => c.name === command);
      return found !== undefined && 'options' in found
        ? found.options?.find((o) => o.name === name)
        : undefined;
    };
    expect(option('ask', 'question')).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: true,
    });
    expect(option('who-uses', 'cloud')).toMatchObject({
      type: ApplicationCommandOptionType.String,
      autocomplete: true,
    });
    expect(option('cloud', 'company')).toMatchObject({ autocomplete: true });
    expect(option('demand', 'company')).toMatchObject({ autocomplete: true });
    expect(option('gap', 'price')).toMatchObject({
      type: ApplicationCommandOptionType.Number,
      required: false,
      min_value: 1,
    });
    expect(option('gap', 'meta')).toMatchObject({ choices: [{ value: '100k' }, { value: '25k' }] });
  });

  it('GIVEN the context menu WHEN registered THEN it is a message command with a Chinese name', () => {
    const menu = commands.find((c) => c.type === ApplicationCommandType.Message);
    expect(menu?.name).toBe('Ask the H100 bot');
    expect(menu?.name_localizations?.['zh-CN']).toMatch(/\p{Script=Han}/u);
  });
});
