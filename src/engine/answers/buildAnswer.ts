import type { Caveat, Fact, SectionId } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';

type Parts = Omit<
  Answer,
  'question' | 'lang' | 'related' | 'facts' | 'calculations' | 'caveats' | 'sections' | 'suggestions'
> &
  Partial<Pick<Answer, 'related' | 'facts' | 'calculations' | 'suggestions'>> & {
    /** Caveats beyond those the facts carry. */
    readonly extraCaveats?: readonly string[];
  };

/** The optional fields a builder may set, copied when set. */
const OPTIONAL = [
  'topic',
  'subject',
  'check',
  'price',
  'scenario',
  'missing',
  'error',
  'verdict',
  'claimed',
  'covers',
  'bar',
  'parts',
  'unused',
  'trace',
] as const satisfies readonly (keyof Parts & keyof Answer)[];

/** Fails to compile when Answer gains an optional field OPTIONAL does not name. */
type Unlisted = Exclude<
  { [K in keyof Answer]-?: undefined extends Answer[K] ? K : never }[keyof Answer],
  (typeof OPTIONAL)[number]
>;
const everyOptionalListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyOptionalListed;

/**
 * Completes an answer: the caveats its facts carry (plus extras), and the sections it cites,
 * so no builder can forget either.
 */
export function buildAnswer(ctx: AskContext, parts: Parts): Answer {
  const facts = parts.facts === undefined ? [] : uniqueFacts(parts.facts);
  const caveats = caveatsOf(ctx, facts, parts.extraCaveats);
  // Built field by field rather than with object rest and spread, which copy through V8's slow
  // generic path here (answers have a dozen shapes): a third of a cached command's engine time.
  const answer: { -readonly [K in keyof Answer]: Answer[K] } = {
    kind: parts.kind,
    found: parts.found,
    question: ctx.question,
    lang: ctx.lang,
    related: parts.related ?? [],
    facts,
    calculations: parts.calculations ?? [],
    caveats,
    sections: sectionsOf(facts),
    suggestions: parts.suggestions ?? [],
  };
  for (const key of OPTIONAL) if (parts[key] !== undefined) copy(answer, parts, key);
  return answer;
}

function copy<K extends keyof Answer>(
  to: { -readonly [P in keyof Answer]: Answer[P] },
  from: Parts,
  key: K,
): void {
  to[key] = (from as Answer)[key];
}

function caveatsOf(ctx: AskContext, facts: readonly Fact[], extra: readonly string[] = []): Caveat[] {
  if (facts.length === 0 && extra.length === 0) return [];
  const ids = new Set<string>();
  for (const fact of facts) for (const id of fact.caveats) ids.add(id);
  for (const id of extra) ids.add(id);
  const caveats: Caveat[] = [];
  for (const id of ids) {
    const caveat = ctx.kb.caveatById.get(id);
    if (caveat !== undefined) caveats.push(caveat);
  }
  return caveats;
}

function sectionsOf(facts: readonly Fact[]): SectionId[] {
  if (facts.length === 0) return [];
  return [...new Set<SectionId>(facts.map((f) => f.section))].sort();
}

function uniqueFacts(facts: readonly Fact[]): readonly Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
