import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Engine } from '../engine/createEngine.js';
import { LANGS, type ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import type { EntityKind } from '../knowledge/schema.js';
import { DISCORD_LIMITS, truncate } from './discordLimits.js';

/**
 * Autocomplete choices for an entity option: the engine's typo-tolerant matches in any language,
 * best first; for an empty field, the article's own entities of those kinds. Each choice shows
 * the name in the reader's language (and its other names after it) and sends the entity's id.
 */
export function autocompleteChoices(
  engine: Engine,
  query: string,
  kinds: readonly EntityKind[],
  lang: ReplyLang,
): APIApplicationCommandOptionChoice<string>[] {
  const entities =
    query.trim() === ''
      ? engine.knowledge.entities.filter((e) => e.inArticle && kinds.includes(e.kind))
      : engine.suggest(query, kinds, DISCORD_LIMITS.choices);
  return entities.slice(0, DISCORD_LIMITS.choices).map((entity) => {
    const own = localize(entity.name, lang);
    const others = [...new Set(LANGS.map((l) => localize(entity.name, l)))].filter((n) => n !== own);
    const label = others.length === 0 ? own : `${own} (${others.join(' / ')})`;
    return { name: truncate(label, DISCORD_LIMITS.choiceName), value: entity.id };
  });
}
