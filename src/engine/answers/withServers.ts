import type { Calculation } from '../../calculator/calculation.js';
import { remainder } from '../../calculator/compareAmounts.js';
import { gpusInServers } from '../../calculator/gpusInServers.js';
import { serversFor } from '../../calculator/serversFor.js';
import { valueAtPrice } from '../../calculator/valueAtPrice.js';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { Fact } from '../../knowledge/schema.js';
import type { Answer } from '../answer.js';
import type { AskContext } from '../context.js';
import { statedCount, workedCount } from '../workedCount.js';
import { quantityOf } from './factQueries.js';

/** Servers counted in Chinese: "几台", "幾多部", "多少台". */
const SERVERS_COUNTED_ZH = String.raw`几台|几多台|多少台|几部|几多部|多少部`;

/**
 * What follows a server's size, so the number is no count of GPUs: "-GPU HGX box", "卡服务器", "卡机",
 * "卡一台HGX", "卡一部", "per node", "gpus per server".
 */
export const SERVER_SIZE_AFTER =
  /^\s*(?:卡|张|張)\s*(?:一|每)\s*(?:台|部)(?!分)|^\s*-?\s*(?:(?:gpus?\b|卡|张|張|cards?\b)\s*(?:的|嘅)?\s*)?(?:(?:一|每)\s*(?:台|部|个|個)\s*|\bper\s+|\beach\s+|\ba\s+|\bto\s+(?:an?|each|one)\s+|\bin\s+(?:an?\s+|each\s+)?)?(?:nvidia\s*)?(?:hgx|dgx)?\s*(?:h100\s*)?(?:sxm\d?\s*)?(?:servers?\b|boxes\b|box\b|nodes?\b|machines?\b|服务器|伺服器|机器|機器|整机|机(?!构|会|制)|機(?!構|會|制)|hgx|dgx|台|部)/iu;

/** What one server holds, said before its count: "each HGX box holds 8", "一台服务器装 8 张". */
export const SERVER_HOLDS_BEFORE =
  /\b(?:box|boxes|server|servers|node|nodes|machine|machines)\s+(?:holds?|has|have|contains?|fits?|takes?|with)\s*$|(?:台|部|个节点)\s*(?:服务器|伺服器|机器|機器)?\s*(?:装|裝|放|有|插)\s*$/u;

/** Servers asked for: "how many 8-GPU HGX boxes", "几台服务器", "how many nodes". */
export const SERVERS_ASKED = new RegExp(
  String.raw`\b(?:hgx )?(?:servers?|boxes|box|nodes?)\b|\b(?:8|eight)[- ]?(?:gpu|card)\s+(?:sets?|rigs?|machines?|systems?|units?|bundles?|groups?)\b|\b(?:sets|groups|bundles) of (?:8|eight)\b|服务器|伺服器|${SERVERS_COUNTED_ZH}|节点|整机|(?:8|八)\s*(?:卡|张|張)\s*一\s*(?:组|組|套)|[几幾多]\s*(?:组|組|套)`,
  'u',
);

/** Servers counted: "how many … boxes", "几台", "多少部" (not "how many kilowatts does an 8-GPU server draw"). */
export const SERVERS_COUNTED = new RegExp(
  String.raw`\bhow many\b[^?]{0,40}\b(?:servers|boxes|nodes|machines)\b|\b(?:servers|boxes|nodes) (?:is that|would|does|do|will)\b|${SERVERS_COUNTED_ZH}|装满几|裝滿幾`,
  'u',
);

/** The GPUs to a server the article gives (its "8-GPU HGX H100 SXM"), with the fact that gives them. */
export function articleServer(kb: KnowledgeBase): { fact: Fact; perServer: number } | undefined {
  const fact = kb.facts.find((f) => f.metric === 'gpus-per-server');
  const perServer = fact === undefined ? undefined : quantityOf(fact);
  return fact === undefined || perServer === undefined ? undefined : { fact, perServer };
}

/**
 * The GPUs to a server the question gives, "8 卡一台", "in 4-GPU boxes", "8 卡的 HGX 服务器": the first
 * number that could be a server's size with a server's words after it.
 */
export function serverSizeSaid(
  text: string,
  numbers: readonly { readonly value: number; readonly end: number }[],
): number | undefined {
  return numbers.find((n) => isServerSize(n.value) && SERVER_SIZE_AFTER.test(text.slice(n.end)))?.value;
}

/** Whether a number could be the GPUs of one server, as a user gives it: a whole 2 to 16. */
export function isServerSize(value: number): boolean {
  return Number.isInteger(value) && value > 1 && value <= 16;
}

/**
 * The servers a count of H100s fills (`'down'`: whole servers, what a budget buys) or needs (`'up'`:
 * the last one part full), at the GPUs per server the article's "8-GPU HGX H100 SXM" gives, with the
 * fact that gives them; undefined when the knowledge gives no GPUs per server.
 */
export function serversOf(
  ctx: AskContext,
  gpus: number,
  round: 'down' | 'up',
): { fact: Fact; calculation: Calculation } | undefined {
  const server = articleServer(ctx.kb);
  if (server === undefined) return undefined;
  const { fact, perServer } = server;
  const calculation =
    round === 'up'
      ? serversFor(Math.ceil(gpus), perServer, fact.id, 'up')
      : serversFor(Math.floor(gpus), perServer, fact.id);
  return { fact, calculation };
}

/**
 * The answer with how many whole servers its last count of H100s fills, at the GPUs per server the
 * article's "8-GPU HGX H100 SXM" gives; of a range it states, at the `bound` asked (a range with no
 * bound asked is left as it is). The answer as it was when it counts no H100s.
 */
export function withServers(
  ctx: AskContext,
  answer: Answer,
  bound?: 'low' | 'high',
  /** A server's size the user gives ("如果是8卡一台"), and whether every GPU must fit ("至少要几台"). */
  said: { readonly size?: number; readonly allFit?: boolean; readonly bought?: boolean } = {},
): Answer {
  // (A count of H100s: worked out here, the H100s a budget buys or a sum, or the one figure stated; of a
  // range stated, the end asked: "GPT-5 要多少张? 按上限算相当于多少台8卡HGX?".)
  const stated: { value: number; high?: number; gpu: 'H100' | 'A100' } | undefined =
    workedCount(answer) ?? statedCount(answer, bound !== undefined) ?? pricedCount(answer);
  const high = stated?.high;
  const counted =
    stated === undefined
      ? undefined
      : { gpu: stated.gpu, value: bound === 'high' ? (high ?? stated.value) : stated.value };
  // (A100s fill servers only at a size the user gives: the article's eight to a server is the HGX H100's.)
  if (counted === undefined || (counted.gpu !== 'H100' && said.size === undefined) || counted.value < 1)
    return answer;
  if (answer.calculations.some((c) => c.kind === 'servers')) return answer;
  // H100s a conversion says are needed ("120 A100s' training work takes 52.2 H100s") need whole servers,
  // the last part full, as does a count every one of which must fit; a count bought or stated fills whole ones.
  const needed = answer.calculations.at(-1)?.kind === 'h100-equivalents' || said.allFit === true;
  const round = needed ? 'up' : 'down';
  const article = articleServer(ctx.kb);
  if (said.size !== undefined && (said.size !== article?.perServer || counted.gpu !== 'H100')) {
    const gpu = counted.gpu === 'H100' ? undefined : counted.gpu.toLowerCase();
    return {
      ...answer,
      calculations: [
        ...answer.calculations,
        serversFor(Math.ceil(counted.value), said.size, undefined, round, gpu),
      ],
    };
  }
  const servers = serversOf(ctx, counted.value, round);
  if (servers === undefined) return answer;
  const calculations = [...answer.calculations, servers.calculation];
  return {
    ...answer,
    facts: [...answer.facts, servers.fact],
    calculations: said.bought === true ? leftAfterServers(calculations, servers) : calculations,
  };
}

/**
 * A budget's money left when whole servers are what it buys: the GPUs those servers hold, what they
 * cost, and what that leaves of the budget, in place of what the whole GPUs left.
 */
function leftAfterServers(
  calculations: readonly Calculation[],
  servers: { fact: Fact; calculation: Calculation },
): Calculation[] {
  const left = calculations.find((c) => c.kind === 'remainder' && c.result.unit === 'usd');
  const spent = calculations.find((c) => c.kind === 'demand-cost');
  const budget = left?.steps[0]?.operands[0];
  const price = spent?.steps[0]?.operands.find((o) => o.unit === 'usd-per-gpu');
  const [, perServer] = servers.calculation.steps[0]?.operands ?? [];
  const whole = servers.calculation.result.value;
  if (
    left === undefined ||
    spent === undefined ||
    budget === undefined ||
    price === undefined ||
    perServer === undefined ||
    whole < 1
  )
    return [...calculations];
  const held = gpusInServers(whole, perServer.value, servers.fact.id);
  const cost = valueAtPrice(held.result.value, price.value, 'demand-cost');
  return [
    ...calculations.filter((c) => c !== left && c !== spent),
    held,
    cost,
    remainder({ value: budget.value, unit: 'usd' }, cost.result),
  ];
}

/** The H100s a valuation priced ("10,000 H100s at $35,000 each come to $350M"): the count it took. */
function pricedCount(answer: Answer): { value: number; gpu: 'H100' } | undefined {
  const priced = answer.calculations.filter((c) => c.kind === 'demand-cost');
  const [only] = priced;
  const count = only?.steps[0]?.operands.find((o) => o.unit === 'gpus');
  return priced.length === 1 && count !== undefined ? { value: count.value, gpu: 'H100' } : undefined;
}
