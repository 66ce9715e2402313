import { serversFor } from '../../calculator/serversFor.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import {
  isServerSize,
  SERVER_HOLDS_BEFORE,
  SERVER_SIZE_AFTER,
  SERVERS_COUNTED,
  serversOf,
} from '../answers/withServers.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';

/** Servers asked as needed, not as filled: "how many servers do I need for 50", "要几台", "部署". */
const NEEDED = /\bneed(?:s|ed)?\b|\brequire|\bdeploy|需要|要几台|要多少台|要几部|要几多部|部署/u;

/** "How many 8-GPU servers do 120,000 H100s fill?", "十二萬張H100可以裝幾多部8卡伺服器": a count the user gives, in servers. */
export const serversIntent = {
  id: 'servers',
  cues: {},
  patterns: [],
  // One count of H100s, of nobody named (a company's own figure is its look-up's, which adds the
  // servers), or said outright beside the name ("GCP大概有2.5万块H100, 按8卡一台算是多少台机器").
  needs: (s) =>
    SERVERS_COUNTED.test(s.reading.text) &&
    // (The same count said twice is one: "用了3500张…要装下这3500张". A range, "3.5萬到4萬張", is worked
    // at both ends.)
    s.price === undefined &&
    (countsSaid(s) === 1 || rangeSaid(s) !== undefined) &&
    s.counts.every(
      (c) => c.model === undefined || c.model === 'h100' || (c.model === 'a100' && sizeSaid(s) !== undefined),
    ),
  // (Outranks the look-up the name beside the count would cue: "Inflection 用了3500张…要装下这3500张
  // 至少需要几台8卡服务器" counts the 3,500 in servers, not what it wants.)
  fit: () => 2.6,
  run: (ctx, s) => {
    const [count] = s.counts;
    // ("Stability AI 嗰五千張 A100, 如果都係 8 卡一部, 即係幾多部機?": A100s, at the size the user gives; the
    // article's 8-GPU HGX is an H100 server.)
    const size = sizeSaid(s);
    if (count?.model === 'a100' && size !== undefined) {
      const needed = NEEDED.test(s.reading.text);
      const [owner] = s.named;
      const held = owner === undefined ? undefined : figureOf(ctx, owner, 'holdings');
      return buildAnswer(ctx, {
        kind: 'topic',
        found: true,
        topic: 'holdings',
        facts: held !== undefined && !held.range && held.value === count.value ? held.facts : [],
        calculations: [serversFor(count.value, size, undefined, needed ? 'up' : 'down', 'a100')],
      });
    }
    const needed = NEEDED.test(s.reading.text);
    // ("CoreWeave 那批3.5萬到4萬張, 如果全部裝成8卡機, 大概是幾台到幾台?": each end in servers.)
    const range = rangeSaid(s);
    if (range !== undefined) {
      const ends = range.map((value) => serversOf(ctx, value, needed ? 'up' : 'down'));
      const [low, high] = ends;
      if (low === undefined || high === undefined) return undefined;
      return buildAnswer(ctx, {
        kind: 'topic',
        found: true,
        topic: low.fact.topic,
        facts: [low.fact],
        calculations: [low.calculation, high.calculation],
      });
    }
    const servers = count === undefined ? undefined : serversOf(ctx, count.value, needed ? 'up' : 'down');
    if (count === undefined || servers === undefined) return undefined;
    // ("3500張即係幾多部8卡機": 437 full, and the 438th for the GPUs left over, so neither reading is lost.)
    const holdingAll = needed ? undefined : serversOf(ctx, count.value, 'up');
    const partFull =
      holdingAll !== undefined && holdingAll.calculation.result.value !== servers.calculation.result.value;
    return buildAnswer(ctx, {
      kind: 'topic',
      found: true,
      topic: servers.fact.topic,
      facts: [servers.fact],
      calculations: [servers.calculation, ...(partFull ? [holdingAll.calculation] : [])],
    });
  },
  examples: {
    en: ['how many 8-GPU servers do 120,000 H100s fill?', '2,000 H100s is how many HGX boxes?'],
    zh: ['一万两千张 H100 能装几台 8 卡服务器?', '4000张H100要几台服务器'],
  },
} as const satisfies Intent;

/** The GPUs to a server the user gives: the 8 of "8 卡一部", "8-GPU boxes". */
function sizeSaid(s: Slots): number | undefined {
  return s.amounts.find(
    (a) =>
      isServerSize(a.value) &&
      (SERVER_SIZE_AFTER.test(s.reading.text.slice(a.end)) ||
        SERVER_HOLDS_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 32), a.start))),
  )?.value;
}

/** How many different counts the question gives. */
function countsSaid(s: Slots): number {
  return new Set(s.counts.map((c) => c.value)).size;
}

/** The two ends of a range of GPUs the question gives, when it gives one and nothing else. */
function rangeSaid(s: Slots): [number, number] | undefined {
  const low = s.counts.find((c) => c.range === 'low');
  const high = s.counts.find((c) => c.range === 'high');
  return low === undefined || high === undefined || countsSaid(s) !== 2 ? undefined : [low.value, high.value];
}
