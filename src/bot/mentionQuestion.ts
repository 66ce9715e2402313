/**
 * The question in a message that mentions the bot: the bot's own mention tokens (`<@id>`,
 * `<@!id>`) removed wherever they stand, so "@bot 谁用 AWS?" and "谁用 AWS? @bot" both work.
 */
export function mentionQuestion(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
