import { share } from '../../calculator/compareAmounts.js';
import type { Entity, Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import { compareQuoted } from '../answers/compareQuoted.js';
import { factsAbout, statingCount } from '../answers/factQueries.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { namedFigures } from './measureOf.js';
import { WHAT_IF } from './readChanges.js';

/** A count set against something: "more than", "fewer than", "比…多", "几倍", "what % of". */
const SET_AGAINST =
  /\b(?:more|less|fewer|bigger|larger|smaller|higher|lower|greater) than\b|\bhow many times\b|\btimes (?:as (?:many|much|big)|more|bigger)\b|\bwhat (?:%|percent(?:age)?|fraction|share|portion) of\b|\bwhat percent(?:age)? is\b|比.{0,24}(?:多|少|大|小|高|低)|几倍|幾倍|多少倍|百分之几|百分之幾|[占佔].{0,16}(?:几成|幾成|多少|百分|比例)/u;

/** The claim in a yes/no comparison: that the first side is fewer (else more). */
const LESS_CLAIMED = /\b(?:less|fewer|smaller|lower) than\b|比.{0,24}(?:少|小|低)/u;

/** A percentage asked: "what % of", "百分之几", "占几成". */
const SHARE_ASKED = /%|\bpercent|\bfraction\b|\bshare\b|\bportion\b|百分|几成|幾成|比例|[占佔]/u;

/** Said right before a count, it makes the count the whole: "what % of 60k is…", "占 6 万的". */
const WHOLE_BEFORE = /(?:\bof|[占佔]|\bout of)\s*(?:the\s+|those\s+|that\s+)?$/u;

/**
 * The one count the question gives that is not the named one's own figure: "is 60k more than what OpenAI
 * wants?", "how many times Falcon-40B's GPU count is 5k?".
 */
function userCount(s: Slots, own: readonly Fact[]) {
  const counts = s.counts.filter((c) => c.range === undefined);
  const [only, ...more] = counts;
  if (only === undefined || more.length > 0 || counts.length !== s.counts.length) return undefined;
  return statingCount(own, only.value) === undefined ? only : undefined;
}

/** The facts whose subject is the name itself (not a fact that only mentions it, like a cloud's). */
function ownFacts(ctx: AskContext, e: Entity): Fact[] {
  return factsAbout(ctx.kb, e).filter((f) => f.subject === e.id);
}

/**
 * A count of the user's own set against one name's figure: which is larger, by how much, how many times,
 * or what share of the other it is, with a Yes/No when the question claims one is more or fewer. The
 * count itself is the user's; only the name's figure comes from the article.
 */
export const countAgainstFigureIntent = {
  id: 'count-against-figure',
  cues: {},
  patterns: [{ re: SET_AGAINST, weight: 3 }],
  needs: (s, ctx) => {
    const [owner, ...others] = s.ofKind('company', 'cloud', 'group', 'model');
    if (owner === undefined || others.length > 0 || s.named.length !== 1) return false;
    if (s.scenario !== undefined || s.price !== undefined || WHAT_IF.test(s.reading.text)) return false;
    if (!SET_AGAINST.test(s.reading.text)) return false;
    return userCount(s, ownFacts(ctx, owner)) !== undefined;
  },
  fit: () => 0.5,
  run: (ctx, s): Answer | undefined => {
    const [figure, ...more] = namedFigures(ctx, s);
    const [fact] = figure?.facts ?? [];
    if (figure === undefined || more.length > 0 || figure.range || fact === undefined) return undefined;
    const count = userCount(s, ownFacts(ctx, figure.entity));
    if (count === undefined || figure.value <= 0 || count.value <= 0) return undefined;
    const theirs = { value: figure.value, fact };
    const mine = { value: count.value };
    const compared = compareQuoted(ctx, mine, theirs);
    const text = s.reading.text;
    // "What % of OpenAI's ask is 40k": the count as a share of the figure (of the count, when it is the whole).
    const shareAsked = SHARE_ASKED.test(text) && !/\bmore\b|多出|多了/u.test(text);
    const countIsWhole = WHOLE_BEFORE.test(text.slice(Math.max(0, count.start - 12), count.start));
    const calculations = shareAsked
      ? [
          ...compared.calculations,
          countIsWhole
            ? share({ value: figure.value, unit: 'gpus' }, { value: count.value, unit: 'gpus' })
            : share({ value: count.value, unit: 'gpus' }, { value: figure.value, unit: 'gpus' }),
        ]
      : compared.calculations;
    if (!s.yesNo || count.value === figure.value) return { ...compared, calculations };
    // "Is 60k more than what OpenAI wants?": the side said first is the one claimed more (or fewer).
    const mention = s.reading.entities.find((m) => m.entity === figure.entity && m.start >= 0);
    const countFirst = mention === undefined || count.start < mention.start;
    const [first, second] = countFirst ? [count.value, figure.value] : [figure.value, count.value];
    const held = LESS_CLAIMED.test(text) ? first < second : first > second;
    return { ...compared, calculations, verdict: held ? 'yes' : 'no' };
  },
  examples: {
    en: ['is 60k more than what OpenAI wants?', 'how many times Falcon-40B’s GPU count is 5,000?'],
    zh: ['6万张比 OpenAI 要的多吗?', '5000 张是 Falcon-40B 用的卡的几倍?'],
  },
} as const satisfies Intent;
