import { gpusInServers } from '../../calculator/gpusInServers.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { pricing } from '../answers/gap.js';
import { articleServer, isServerSize, SERVER_SIZE_AFTER } from '../answers/withServers.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';

/** GPUs asked of servers: "一共多少张卡", "how many H100s is that", "how many GPUs". */
const GPUS_ASKED =
  /多少张|几张|幾張|幾多張|多少卡|几多张|\bhow many (?:h100s?|a100s?|gpus?|cards?)\b|\bhow many (?:is that|are there)\b/u;
/** Money asked of them too: "值多少钱", "what are they worth". */
const WORTH_ASKED = /值多少|多少钱|钱(?:是)?多少|\bworth\b|\bcost\b|\bhow much\b/u;

/** A number of servers and the GPUs each holds: "两台8卡HGX", "3 HGX boxes with 8 GPUs each". */
function serversAndSize(s: Slots): { servers: number; per: number } | undefined {
  const text = s.reading.text;
  const size = s.amounts.find(
    (a) =>
      isServerSize(a.value) &&
      // (The GPUs of one: "8卡", "8-GPU", "8 GPUs each"; "两台" counts servers, not their size.)
      /^\s*-?\s*(?:gpus?|卡|cards?)/u.test(text.slice(a.end)) &&
      (SERVER_SIZE_AFTER.test(text.slice(a.end)) || /^\s*(?:gpus?|cards?)\s+each\b/u.test(text.slice(a.end))),
  );
  const servers = s.amounts.find(
    (a) =>
      a !== size &&
      Number.isInteger(a.value) &&
      a.value > 0 &&
      a.value <= 100_000 &&
      SERVERS_AFTER.test(text.slice(a.end, a.end + 24)),
  );
  return size === undefined || servers === undefined
    ? undefined
    : { servers: servers.value, per: size.value };
}

/** Servers counted right after a number: "两台", "3 HGX boxes", "2 servers". */
const SERVERS_AFTER =
  /^\s*(?:台|部|臺)|^\s*(?:x\s*)?(?:(?:nvidia\s+)?(?:hgx|dgx)\s+)?(?:boxes|box|servers?|nodes?|machines?)\b|^\s*(?:\d+\s*-?\s*(?:gpu|卡)\s*)?(?:hgx|dgx)\s+(?:boxes|servers|nodes)\b/u;

/**
 * "我们机房有两台8卡HGX H100, 一共多少张卡? 光GPU值多少钱?": the GPUs so many servers hold, at the
 * size the user gives, and their value at the price asked (the article's by default).
 */
export const gpusInServersIntent = {
  id: 'gpus-in-servers',
  cues: {},
  patterns: [],
  needs: (s) =>
    serversAndSize(s) !== undefined && (GPUS_ASKED.test(s.reading.text) || WORTH_ASKED.test(s.reading.text)),
  fit: () => 3,
  run: (ctx, s) => {
    const said = serversAndSize(s);
    if (said === undefined) return undefined;
    // (At the article's own eight to a server, the fact it is from stands beside the count.)
    const server = articleServer(ctx.kb);
    const articles = server?.perServer === said.per ? server.fact : undefined;
    const held = gpusInServers(said.servers, said.per, articles?.id);
    const priced = WORTH_ASKED.test(s.reading.text) ? pricing(ctx.kb, s.price?.value) : undefined;
    const h100 = ctx.kb.entityById.get('h100');
    return buildAnswer(ctx, {
      kind: priced === undefined ? 'topic' : 'cost',
      found: true,
      topic: priced === undefined ? 'gpu-choice' : 'price',
      ...(h100 === undefined || priced === undefined ? {} : { subject: h100 }),
      facts: [...(articles === undefined ? [] : [articles]), ...(priced?.facts ?? [])],
      calculations: [
        held,
        ...(priced === undefined ? [] : [valueAtPrice(held.result.value, priced.value, 'demand-cost')]),
      ],
      ...(priced === undefined ? {} : { price: { value: priced.value, fromUser: priced.fromUser } }),
    });
  },
  examples: {
    en: ['we have 3 HGX boxes with 8 GPUs each, how many H100s is that?'],
    zh: ['我们机房有两台8卡HGX H100, 一共多少张卡?'],
  },
} as const satisfies Intent;
