import type { Entity } from '../../knowledge/schema.js';
import type { Slots } from '../slots.js';

/**
 * The kinds of entity a ranking or a bar is drawn over, as the question names them: clouds, companies,
 * single line items ("需求单里单家最多的是谁": a cloud's 30k among them, but no group's sum), or all.
 */
export function kindsRanked(said: string): Entity['kind'][] {
  // ("top 3 non-cloud buyers", "excluding the clouds": clouds said only to be left out rank no clouds.)
  if (NOT_CLOUDS.test(said)) return ['company'];
  const text = said;
  if (/\bclouds?\b|云/u.test(text) && !/\bcompan(?:y|ies)\b|公司/u.test(text)) return ['cloud'];
  if (/\bcompan(?:y|ies)\b|公司|startups?|创业/u.test(text)) return ['company'];
  if (/单家|单个|个别|\bsingle\b|\bindividual\b/u.test(text)) return ['company', 'cloud'];
  return ['company', 'cloud', 'group'];
}

/** The GPU ranked: A100s when named, any GPU for holdings named without one, else H100s. */
export function gpuRanked(s: Slots, measure: 'demand' | 'holdings'): 'A100' | 'H100' | undefined {
  if (s.gpus.some((g) => g.id === 'a100')) return 'A100';
  return measure === 'holdings' && s.gpus.length === 0 ? undefined : 'H100';
}

/** Clouds said only to be left out: "non-cloud", "excluding the clouds", "不算云厂商". */
const NOT_CLOUDS =
  /\bnon-?cloud\b|\b(?:excluding|except(?: for)?|not counting|without|other than|leaving out|minus|besides|ignoring|apart from)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:big|major|public|private|\w+)\s+)?clouds?\b|(?:不算|除了|除去|去掉|排除|不含|不包括)\s*(?:所有|全部)?(?:的)?\s*(?:大|公有|私有)?云(?:厂商|服务商|公司)?|非云/u;
