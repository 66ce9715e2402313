import type { Entity } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { buildAnswer } from './buildAnswer.js';
import { factsAbout, factsOnTopics } from './factQueries.js';
import { notFound } from './notFound.js';

/**
 * Which cloud(s) a company runs on.
 *
 * @param check - a cloud the user asked about ("does OpenAI use AWS?"), answered yes or no
 * @param only - asked as its only cloud ("Inflection only runs on CoreWeave?"): yes only if it is
 */
export function cloudOf(ctx: AskContext, company: Entity, check?: Entity, only = false): Answer {
  const facts = factsAbout(ctx.kb, company, ['cloud-usage']).filter((f) => f.subject === company.id);
  if (facts.length === 0) {
    const covered = [...new Set(factsOnTopics(ctx.kb, ['cloud-usage']).flatMap((f) => f.subject ?? []))];
    // The article may well name the company (Mistral, Meta), just not its cloud: say which part is missing.
    return notFound(
      ctx,
      { what: 'cloud', entity: company },
      covered.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    );
  }
  // §05's list first: it is the article's answer to "which cloud", §01 only mentions it in passing.
  facts.sort((a, b) => Number(b.section) - Number(a.section)); // section ids are two digits; no collator needed
  const cloudIds = [...new Set(facts.flatMap((f) => f.objects))];
  const related = cloudIds.flatMap((id) => ctx.kb.entityById.get(id) ?? []);
  return buildAnswer(ctx, {
    kind: 'cloud-of',
    found: true,
    topic: 'cloud-usage',
    subject: company,
    related,
    facts,
    ...(check === undefined
      ? {}
      : {
          check: {
            entity: check,
            holds: cloudIds.includes(check.id) && (!only || cloudIds.length === 1),
            ...(only ? { only } : {}),
          },
        }),
  });
}
