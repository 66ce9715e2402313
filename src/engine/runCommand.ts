import type { CommandInput } from '../commands/definitions.js';
import { ENTITY_KINDS } from '../commands/entityKinds.js';
import type { EntityKind } from '../knowledge/schema.js';
import type { Answer } from './answer.js';
import { cloudOf } from './answers/cloudOf.js';
import { cloudUsers } from './answers/cloudUsers.js';
import { compare } from './answers/compare.js';
import { cost } from './answers/cost.js';
import { demand } from './answers/demand.js';
import { gap } from './answers/gap.js';
import { help } from './answers/help.js';
import { holdings } from './answers/holdings.js';
import { notFound } from './answers/notFound.js';
import { topic } from './answers/topic.js';
import type { AskContext } from './context.js';

/**
 * Runs a slash command whose arguments are already parsed (from text or from Discord). Entity
 * options are resolved with typo tolerance; an unknown one gets "the article does not say" with
 * did-you-mean suggestions.
 *
 * @param ask - answers `/ask question:`
 * @throws UserInputError for a price or count out of range
 */
export function runCommand(
  ctx: AskContext,
  command: CommandInput,
  ask: (question: string) => Answer,
): Answer {
  const resolve = (query: string, kinds: readonly EntityKind[]) =>
    ctx.lexicon.resolve(query, kinds) ?? {
      missing: query,
      suggestions: ctx.lexicon.suggest(query, kinds, 5),
    };

  switch (command.name) {
    case 'ask':
      return ask(command.args.question ?? '');
    case 'who-uses': {
      const cloud = resolve(command.args.cloud ?? '', ENTITY_KINDS.cloud);
      if (!('missing' in cloud)) return cloudUsers(ctx, cloud);
      // "/who-uses openai": a company where a cloud belongs; answer which cloud it uses.
      const company = ctx.lexicon.resolve(cloud.missing, ENTITY_KINDS.company);
      return company === undefined ? notFound(ctx, cloud.missing, cloud.suggestions) : cloudOf(ctx, company);
    }
    case 'cloud': {
      const company = resolve(command.args.company ?? '', ENTITY_KINDS.company);
      if ('missing' in company) return notFound(ctx, company.missing, company.suggestions);
      // "/cloud company:azure": a cloud has no cloud of its own in the article; its users are the answer.
      const listed = ctx.kb.facts.some((f) => f.topic === 'cloud-usage' && f.subject === company.id);
      return company.kind === 'cloud' && !listed ? cloudUsers(ctx, company) : cloudOf(ctx, company);
    }
    case 'gap':
      return gap(ctx, {
        scenario: command.args.meta === '25k' ? 'meta-25k' : 'meta-100k',
        focus: 'gap',
        ...(command.args.price === undefined ? {} : { price: command.args.price }),
      });
    case 'demand': {
      const { company: name, price } = command.args;
      if (name === undefined || name === '') {
        return gap(ctx, { scenario: 'meta-100k', focus: 'total', ...(price === undefined ? {} : { price }) });
      }
      const company = resolve(name, ENTITY_KINDS.company);
      if ('missing' in company) return notFound(ctx, company.missing, company.suggestions);
      return price === undefined ? demand(ctx, company) : cost(ctx, company, price);
    }
    case 'holdings': {
      const name = command.args.company;
      if (name === undefined || name === '') return holdings(ctx, undefined);
      const entity = resolve(name, ENTITY_KINDS.any);
      return 'missing' in entity ? notFound(ctx, entity.missing, entity.suggestions) : holdings(ctx, entity);
    }
    case 'compare':
      return compare(ctx, command.args.workload, command.args.count);
    case 'supply':
      return topic(ctx, ['supply', 'foundry']);
    case 'source':
      return topic(ctx, ['source']);
    case 'topics':
      return help(ctx);
  }
}
