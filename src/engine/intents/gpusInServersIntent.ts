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

/**
 * The GPUs alone of servers priced, not the servers all in (which the article does not price): "gpu cost of
 * one box", "GPU钱", "光算卡", "in GPUs alone", "how much do the GPUs in one server cost".
 */
export const GPUS_ALONE =
  /\bgpus?(?:-only)? (?:cost|price|money|spend|bill)\b|\b(?:gpus?|cards?) alone\b|\b(?:only|just) the (?:gpus?|cards?)\b|\b(?:gpus?|cards?|h100s?) in (?:one|a|an|each|every|1|the) (?:\S+ ){0,3}?(?:box|server|node|machine)\b|\bcounting only the gpus?\b|gpu\s*(?:的)?\s*(?:钱|錢|成本|费用|費用|价钱|價錢)|(?:光|只|单|單|淨係|净系|淨)(?:算|计|計|係)?\s*(?:gpu|卡)/u;

/** Whether one server's GPUs alone are priced: "what's the GPU cost per server", "一台的GPU钱". */
export function oneServerPriced(text: string): boolean {
  return GPUS_ALONE.test(text) && ONE_SERVER.test(text);
}

/** One server, no count of them said: "one box", "a server", "each HGX node", "一台", "每台". */
const ONE_SERVER =
  /\b(?:one|a|an|each|per|single|1)\s+(?:(?:full|complete|whole|single)\s+)?(?:(?:8|eight)[- ]?gpu\s+)?(?:(?:nvidia\s+)?(?:hgx|dgx)\s+)?(?:h100\s+)?(?:box|server|node|machine)\b|(?:一|每|单|單)\s*(?:台|部|臺)/u;

/**
 * A number of servers and the GPUs each holds: "两台8卡HGX", "3 HGX boxes with 8 GPUs each"; of one
 * server whose GPUs alone are priced ("what's the gpu cost of one box?"), one at the article's size.
 */
function serversAndSize(
  s: Slots,
  articleSize: number | undefined,
): { servers: number; per: number } | undefined {
  const said = serversAndSizeSaid(s);
  if (said !== undefined) return said;
  if (articleSize === undefined || !GPUS_ALONE.test(s.reading.text) || !ONE_SERVER.test(s.reading.text))
    return undefined;
  // (A size said beside the one server, "one 8-GPU HGX server", is the article's or the user's.)
  const size = s.amounts.find(
    (a) => isServerSize(a.value) && /^\s*-?\s*(?:gpus?|卡)/u.test(s.reading.text.slice(a.end)),
  );
  // (A budget is what buys servers, not one server priced.)
  if (s.amounts.some((a) => a.role === 'money') || s.counts.some((c) => c !== size && c.value > 16))
    return undefined;
  return { servers: 1, per: size?.value ?? articleSize };
}

/** A number of servers and the GPUs each holds, both said. */
function serversAndSizeSaid(s: Slots): { servers: number; per: number } | undefined {
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
  needs: (s, ctx) =>
    serversAndSize(s, articleServer(ctx.kb)?.perServer) !== undefined &&
    (GPUS_ASKED.test(s.reading.text) || WORTH_ASKED.test(s.reading.text)),
  // (One server's GPUs priced outweighs a valuation of the count a price would otherwise suggest.)
  fit: (s) => (oneServerPriced(s.reading.text) ? 4 : 3),
  run: (ctx, s) => {
    // (At the article's own eight to a server, the fact it is from stands beside the count.)
    const server = articleServer(ctx.kb);
    const said = serversAndSize(s, server?.perServer);
    if (said === undefined) return undefined;
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
        // (One server priced: its GPUs are the size the fact or the question gives, nothing to work out.)
        ...(said.servers === 1 && priced !== undefined ? [] : [held]),
        ...(priced === undefined ? [] : [valueAtPrice(held.result.value, priced.value, 'demand-cost')]),
      ],
      ...(priced === undefined ? {} : { price: { value: priced.value, fromUser: priced.fromUser } }),
    });
  },
  examples: {
    en: ['we have 3 HGX boxes with 8 GPUs each, how many H100s is that?', "what's the gpu cost of one box?"],
    zh: ['我们机房有两台8卡HGX H100, 一共多少张卡?', '一台的GPU钱是多少'],
  },
} as const satisfies Intent;
