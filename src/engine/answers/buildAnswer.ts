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

/**
 * Completes an answer: the caveats its facts carry (plus extras), and the sections it cites,
 * so no builder can forget either.
 */
export function buildAnswer(ctx: AskContext, parts: Parts): Answer {
  const { extraCaveats = [], ...rest } = parts;
  const facts = uniqueFacts(parts.facts ?? []);
  const caveatIds = new Set([...facts.flatMap((f) => f.caveats), ...extraCaveats]);
  const caveats = [...caveatIds].flatMap((id) => {
    const caveat: Caveat | undefined = ctx.kb.caveatById.get(id);
    return caveat === undefined ? [] : [caveat];
  });
  const sections = [...new Set<SectionId>(facts.map((f) => f.section))].sort();
  return {
    ...rest,
    question: ctx.question,
    lang: ctx.lang,
    related: parts.related ?? [],
    facts,
    calculations: parts.calculations ?? [],
    caveats,
    sections,
    suggestions: parts.suggestions ?? [],
  };
}

function uniqueFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => !seen.has(f.id) && seen.add(f.id));
}
