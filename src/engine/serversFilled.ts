import { gpusInServers } from '../calculator/gpusInServers.js';
import type { Answer } from './answer.js';
import { articleServer, serverSizeSaid } from './answers/withServers.js';
import type { AskContext } from './context.js';
import type { Reading } from './readQuestion.js';

/** Whether enough, asked: "够唔够", "够不够", "enough for", "can that fill". */
const ENOUGH_FOR =
  /够不够|夠不夠|够唔够|夠唔夠|够吗|夠嗎|够冇|夠冇|\benough (?:for|to)\b|\bcan (?:that|it|those) (?:fill|cover|stock)\b/u;

/** One server said in words: "一部", "一台", "a single box", "one server". */
const ONE_SERVER_SAID =
  /(?<![\d一二三四五六七八九十])(?:一|单|單)\s*(?:台|部|臺)|\b(?:one|a|an|a single)\s+(?:(?:8|eight)[- ]?gpu\s+)?(?:(?:hgx|dgx)\s+)?(?:server|box|node)\b/u;

/**
 * "…最多买到几多张 H100? 够唔够砌三台 8 卡机?": the servers asked for, in GPUs (3 × 8 = 24), set against the
 * GPUs a budget just bought, with yes or no; undefined when the follow-up asks no such thing.
 */
export function serversFilled(ctx: AskContext, answer: Answer, reading: Reading): Answer | undefined {
  const bought = answer.calculations.find((c) => c.kind === 'budget-gpus')?.result.value;
  if (
    bought === undefined ||
    !ENOUGH_FOR.test(reading.text) ||
    reading.entities.some((m) => m.entity.kind !== 'gpu')
  )
    return undefined;
  const servers = reading.numbers.find(
    (n) =>
      Number.isInteger(n.value) &&
      n.value > 0 &&
      /^\s*(?:\d+\s*-?\s*(?:gpus?|卡|cards?)\s*)?(?:台|部|臺|(?:(?:hgx|dgx)\s+)?(?:servers?|boxes|box|nodes?)\b)/u.test(
        reading.text.slice(n.end),
      ),
  );
  const size =
    serverSizeSaid(
      reading.text,
      reading.numbers.filter((n) => n !== servers),
    ) ?? articleServer(ctx.kb)?.perServer;
  // ("够唔够装满一部 8 卡机", "enough for a single box": one server, said in words.)
  const count = servers?.value ?? (ONE_SERVER_SAID.test(reading.text) ? 1 : undefined);
  if (count === undefined || size === undefined) return undefined;
  const needed = gpusInServers(count, size);
  return {
    ...answer,
    calculations: [...answer.calculations, needed],
    verdict: bought >= needed.result.value ? 'yes' : 'no',
  };
}
