import type { Caveat, Entity, Fact } from './schema.js';

interface Parts {
  readonly entities: readonly { file: string; entity: Entity; index: number }[];
  readonly facts: readonly { file: string; fact: Fact; index: number }[];
  readonly caveats: readonly { file: string; caveat: Caveat; index: number }[];
  readonly article: string;
}

/**
 * Checks what a schema cannot see on its own: unique ids and aliases, references that resolve,
 * and quotes that really are the article's words.
 *
 * @returns one problem per line, each prefixed with the file and path; empty when all is well
 */
export function checkReferences({ entities, facts, caveats, article }: Parts): string[] {
  const problems: string[] = [];
  const entityIds = new Set<string>();
  const names = new Map<string, string>();
  const haystack = normaliseQuote(article);

  for (const { file, entity, index } of entities) {
    const at = `${file}: entities[${index}]`;
    if (entityIds.has(entity.id)) problems.push(`${at}.id: duplicate entity id "${entity.id}"`);
    entityIds.add(entity.id);
    for (const [i, alias] of [entity.name.en, entity.name.zh, ...entity.aliases].entries()) {
      const key = alias.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== entity.id) {
        const where = i === 0 ? 'name.en' : i === 1 ? 'name.zh' : `aliases[${i - 2}]`;
        problems.push(`${at}.${where}: "${alias}" already names entity "${owner}"`);
      }
      names.set(key, entity.id);
    }
  }

  const caveatIds = new Set<string>();
  for (const { file, caveat, index } of caveats) {
    const at = `${file}: caveats[${index}]`;
    if (caveatIds.has(caveat.id)) problems.push(`${at}.id: duplicate caveat id "${caveat.id}"`);
    caveatIds.add(caveat.id);
    if (caveat.quote !== undefined && !haystack.includes(normaliseQuote(caveat.quote))) {
      problems.push(`${at}.quote: not found in the article text`);
    }
  }

  for (const { file, entity, index } of entities) {
    for (const [i, member] of entity.members.entries()) {
      if (!entityIds.has(member))
        problems.push(`${file}: entities[${index}].members[${i}]: unknown entity "${member}"`);
    }
  }

  const factIds = new Set<string>();
  for (const { file, fact, index } of facts) {
    const at = `${file}: facts[${index}]`;
    if (factIds.has(fact.id)) problems.push(`${at}.id: duplicate fact id "${fact.id}"`);
    factIds.add(fact.id);
    if (fact.subject !== undefined && !entityIds.has(fact.subject)) {
      problems.push(`${at}.subject: unknown entity "${fact.subject}"`);
    }
    for (const [i, object] of fact.objects.entries()) {
      if (!entityIds.has(object)) problems.push(`${at}.objects[${i}]: unknown entity "${object}"`);
    }
    for (const [i, caveat] of fact.caveats.entries()) {
      if (!caveatIds.has(caveat)) problems.push(`${at}.caveats[${i}]: unknown caveat "${caveat}"`);
    }
    if (!haystack.includes(normaliseQuote(fact.quote))) {
      problems.push(`${at}.quote: not found in the article text`);
    }
  }
  return problems;
}

// Quotes are verbatim, but line breaks in the article may be written as a space.
function normaliseQuote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
