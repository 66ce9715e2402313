import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Engine } from '../engine/createEngine.js';
import type { Lang } from '../engine/lang.js';
import type { EntityKind } from '../knowledge/schema.js';
import { DISCORD_LIMITS, truncate } from './discordLimits.js';

/**
 * Autocomplete choices for an entity option: the engine's typo-tolerant matches in either
 * language, best first; for an empty field, the article's own entities of those kinds.
 * Each choice shows the name in the reader's language and sends the entity's id.
 */
export function autocompleteChoices(
  engine: Engine,
  query: string,
  kinds: readonly EntityKind[],
  lang: Lang,
): APIApplicationCommandOptionChoice<string>[] {
  const entities =
    query.trim() === ''
      ? engine.knowledge.entities.filter((e) => e.inArticle && kinds.includes(e.kind))
      : engine.suggest(query, kinds, DISCORD_LIMITS.choices);
  return entities.slice(0, DISCORD_LIMITS.choices).map((entity) => {
    const other = entity.name[lang === 'en' ? 'zh' : 'en'];
    const label = other === entity.name[lang] ? entity.name[lang] : `${entity.name[lang]} (${other})`;
    return { name: truncate(label, DISCORD_LIMITS.choiceName), value: entity.id };
  });
}
