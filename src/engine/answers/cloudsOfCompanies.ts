import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { cloudOf } from './cloudOf.js';
import { factsOnTopics } from './factQueries.js';

/**
 * The clouds of each company whose cloud-usage line passes `listed` ("on two clouds at once", "on both
 * AWS and Google Cloud"), one part per company; undefined when none does.
 */
export function cloudsOfCompanies(ctx: AskContext, listed: (usage: Fact) => boolean): Answer | undefined {
  const companies = factsOnTopics(ctx.kb, ['cloud-usage'])
    .filter((f) => f.subject !== undefined && listed(f))
    .flatMap((f) => ctx.kb.entityById.get(f.subject ?? '') ?? []);
  const answers = [...new Set(companies)].map((c) => cloudOf(ctx, c));
  const [first] = answers;
  if (first === undefined) return undefined;
  return answers.length === 1 ? first : { ...first, parts: answers };
}
