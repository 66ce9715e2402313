import { difference, share } from '../../calculator/compareAmounts.js';
import { sumGpus } from '../../calculator/sumGpus.js';
import type { Answer } from '../answer.js';
import { convertGpus } from '../answers/convertGpus.js';
import { SERVERS_COUNTED } from '../answers/withServers.js';
import type { AskContext } from '../context.js';
import type { Slots } from '../slots.js';
import { endsOf, figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { measureBeside } from './measureOf.js';
import { countsToWork, cueAsked, heard, ONE_FOR_ONE } from './signals.js';

// "how many H100s …" asks for H100s, so the count given is of A100s (and the other way round).
const ASKS_FOR =
  /(?:how many|多少张?|几张|多少块|多少个|换成|换算成|折合|折成|折算成|\bin|\binto|\bas|\bto)\s*(?:nvidia\s*)?(h100|a100)/u;
// "用 A100 训练要多少张", "if they'd used A100s, how many": the GPU to be used, then the count asked.
const ASKS_WITH =
  /(?:用|换|换做|换作|换用|改用|改成|\bused?|\busing|\bwith|\b(?:bought|buy|buying|got|get|went with|go with|picked|chose)|\bswap(?:ped)? (?:to|for)|\bswitch(?:ed)? to|\bstuck (?:on|with)|\b(?:re-?did|redo|re-?ran|rerun|re-?run|did|do|ran|run) (?:that|it|this|the same(?: run)?) on)\s*(?:nvidia\s*)?(h100|a100)s?\b[^?？。.]{0,30}(?:多少|几|幾|how many)/u;

/** The context just given set aside as not what is asked. */
const NOT_THE_ASK =
  /\bthat'?s not (?:the|my) (?:ask|question)\b|\bnot what i'?m asking\b|\bnot what i am asking\b|不是我要问的|我不是问这个|不是问这个/u;

/** The GPU a conversion asks for, or undefined. */
function askedModel(text: string): string | undefined {
  return ASKS_FOR.exec(text)?.[1] ?? ASKS_WITH.exec(text)?.[1] ?? EQUIVALENT_ASKED.exec(text)?.[1];
}

/** "total A100 training-equivalent of the 432k", "h100-equiv": the GPU an equivalent is asked in. */
const EQUIVALENT_ASKED = /\b(h100|a100)s?[- ](?:(?:training|inference)[- ])?equiv(?:alent|alents|s)?\b/u;
/** GPUs used in the past asked: "did openai use", "trained gpt-4 on", "用了多少张", "训练了". */
const PAST_USE =
  /\bdid\b[^?.]{0,30}\b(?:use|train|run)\b|\btrained\b|\bwas [^?.]{0,20}\btrained\b|用了|训练了|訓練了|训练用的|訓練用的/u;

/** A100s named, not set aside ("how many H100s (not A100s) does Tesla have?"). */
const A100_NAMED = /(?<!\bnot (?:the )?|\bnot counting |不是|不要|不算|非)a100/u;
/** The other GPU asked for by a conversion word, not by "how many". */
const CONVERT_TO = /(?:换成|换算成|折合|折成|折算成|\bin|\binto|\bas)\s*(?:nvidia\s*)?(?:h100|a100)/u;
const MODEL_WORD = /\b(h100|a100)s?\b/gu;
/** One GPU to the other: "a100→h100", "a100 -> h100", "a100s to h100s". */
const ARROW = /\b(a100|h100)s?\s*(?:→|->|=>|\bto\b|换成|換成)\s*(?:h100|a100)s?\b/u;

/** The GPU a count is of: named right after it, implied by what is asked for, or the nearest GPU before it. */
function sourceModel(s: Slots, at: number): 'a100' | 'h100' | undefined {
  const count = s.counts.find((c) => c.start === at);
  if (count?.model === 'a100' || count?.model === 'h100') return count.model;
  // "a100→h100 train 10k", "a100 to h100: 10k": from the first, to the second.
  const arrow = ARROW.exec(s.reading.text)?.[1];
  if (arrow === 'a100' || arrow === 'h100') return arrow;
  const asked = askedModel(s.reading.text);
  if (asked !== undefined) return asked === 'h100' ? 'a100' : 'h100';
  let before: 'a100' | 'h100' | undefined;
  for (const m of s.reading.text.matchAll(MODEL_WORD)) if (m.index < at) before = m[1] as 'a100' | 'h100';
  return before;
}

const TOGETHER =
  /加起来|加上|加埋|合计|一共|总共|\btogether\b|\bcombined\b|\bin total\b|\bsum\b|\bplus\b|\badd(?:ed)? up\b|\baltogether\b|\bpool(?:ed|ing|s)?\b|\bmerged?\b|\bcombine\b|合并|合起来|凑在一起|全部|全都|通通|统统|\ball (?:of )?(?:their|them|those)\b|\+/u;

/** Words of converting one GPU's count into the other's: "in terms of", "equivalent", "换算", "折合". */
const CONVERSION_WORDS =
  /\bexpressed in\b|\bin terms of\b|\bequals?\b|(?<!gpt[\w.-]*\s?)\bequivalen(?:ts?|ce)\b|\bequivs?\b|→|->|\bworth of\b|\bis that worth\b|\bin (?:h100|a100) terms\b|\bconvert|\bmatch(?:es)?\b|\breplace\b|\bdo the work of\b|\b(?:do|does|doing) the same (?:\w+ )?work\b|\b(?:give|gives|match|deliver|get)s? the same (?:16-bit )?(?:training |inference )?(?:throughput|performance|compute|speed)\b|\b(?:trained|run|ran|done) on (?:h100|a100)s? instead\b|\bhow many (?:h100|a100)s?\b.{0,40}\b(?:a100|h100)|\bhow many (?:h100|a100)s? (?:would|will|is|are|does|do) (?:that|those|these|they|it)(?: be| make| equal)?\b|相当于|等于|(?<!gpt[\w.-]*\s*)等效(?!模型)|换算|折合|折成|折算|顶|抵|换成/u;

/** A factor supposed for the speed-up: "if H100 training were only 2x instead of 2.3x", "只比A100快2倍". */
const SPEEDUP_SUPPOSED =
  /\b(?:if|say|suppose|supposing|assume|assuming|what if)\b[^?.]{0,60}\b(?:speed ?-?up|faster)\b|\b(?:speed ?-?up|faster)\b[^?.]{0,30}\b(?:only|just|instead of|rather than)\b|(?:如果|假如|假设|要是)[^?？。]{0,30}(?:快|加速|提速)|只(?:比\s*a100)?快|而不是\s*[\d.]+\s*倍/u;

/** The speed-up the user supposes instead of the article's, if any. */
function supposedSpeedup(s: Slots): number | undefined {
  if (!SPEEDUP_SUPPOSED.test(s.reading.text)) return undefined;
  // (The first factor said is the supposed one; one after "instead of"/"而不是" is the article's.)
  return s.amounts.find((a) => a.role === 'ratio' && a.value > 1 && a.value < 20)?.value;
}

/** Servers counted of GPUs of one kind: "5万张H100…相当于多少台服务器", "8 卡一部, 即係幾多部機". */
const ONE_GPU_IN_SERVERS = new RegExp(
  String.raw`^(?![\s\S]*h100[\s\S]*a100)(?![\s\S]*a100[\s\S]*h100)[\s\S]*(?:${SERVERS_COUNTED.source})`,
  'u',
);

/** A number of A100s in H100s, or H100s in A100s, at the article's speed-ups. */
export const convertIntent = {
  id: 'convert',
  cues: { compare: 1, training: 0.5, inference: 0.5 },
  patterns: [
    // "一换一全换成 H100 要多少钱": card for card, a purchase, not a conversion by speed.
    { re: ONE_FOR_ONE, weight: -3 },
    // ("raw gpu count, ignore that one is A100 and one is H100": the counts as they are, unconverted.)
    {
      re: /\braw (?:gpu |card )?(?:counts?|numbers?)\b|\bignor(?:e|ing) (?:that |the )?(?:one is (?:an? )?|gpu |which )?(?:a100|h100|types?|models?|kinds?)\b|不(?:管|分|论|論|考虑|考慮)(?:型号|型號|卡型|哪种卡|哪種卡)|只(?:看|比|算)(?:张数|張數|数量|數量)/u,
      weight: -3,
    },
    { re: CONVERSION_WORDS, weight: 1.8 },
    // ("那5万张H100, 如果都是8卡HGX, 相当于多少台服务器?": servers asked, of one GPU, convert nothing.)
    { re: ONE_GPU_IN_SERVERS, weight: -3 },
    // ("GPT-5要3万到5万张H100, 相当于GCP现有约2.5万张的几倍?": how many times one count is another.)
    { re: /(?:相当于|相當於|等于|等於)[^?？]{0,30}的(?:几|幾|多少)倍/u, weight: -3 },
  ],
  // A100s named, or an entity whose figures are A100s ("Falcon-40B … how many H100s would that be?").
  // (Where the message asks: "How many H100s does Meta hold? I only know its A100 count" converts nothing.)
  // (A count said in the context around the question converts, "we have 460 A100s. how many H100s is
  // that?", unless the message sets it aside: "meta HAS 21k a100s, thats not the ask. what does meta
  // actually want".)
  needs: (s) =>
    s.counts.some((c) => c.model === 'a100' && (s.asking.at(c.start) || !NOT_THE_ASK.test(s.reading.text))) ||
    (A100_NAMED.test(s.reading.text) && A100_NAMED.test(s.asking.text)) ||
    // ("thinking of moving our training off lambda. coreweave has like 40k h100s … right?": a workload
    // in the chatter around a claim converts nothing.)
    // (…and only with the other GPU to convert to said: "2.2万张是它训练模型所用 3500 张的多少倍" compares H100s.)
    (s.named.length > 0 &&
      s.gpus.some((g) => g.id === 'h100') &&
      (s.gpus.some((g) => g.id === 'a100') || CONVERSION_WORDS.test(s.reading.text)) &&
      (['compare', 'training', 'inference'] as const).some((c) => cueAsked(s, c))),
  // A count of one GPU ("21k A100s") and a question for the other ("how many H100s?") make a conversion.
  fit: (s) => {
    const asked = askedModel(s.reading.text);
    // (A count heard somewhere, "someone told me it's sitting on 20k a100s", is a claim, not one to convert.)
    const given = s.counts.find((c) => c.model !== undefined && (asked !== undefined || !heard(s, c)))?.model;
    // "Stability's A100 fleet in H100s": an entity's own figure, asked for in the other GPU.
    // ("how many A100s does Inflection have" asks what it has, not a conversion.)
    const owned =
      given === undefined && s.counts.length === 0 && s.named.length > 0 && CONVERT_TO.test(s.reading.text);
    // ("OpenAI的5万张需求全部用A100来满足训练, 需要多少张A100?": a count met with the other GPU.)
    // ("if openai got a100s instead, how many would it need for inference?": its own want, met so.)
    const metWith =
      given === undefined && (s.counts.length > 0 || s.named.length > 0) && ASKS_WITH.test(s.reading.text);
    return (
      (given !== undefined ? 1 : 0) +
      (asked !== undefined && given !== asked ? 1.5 : 0) +
      (owned ? 1 : 0) +
      (metWith ? 0.8 : 0)
    );
  },
  run: (ctx, s) => {
    // ("how many A100s did openai use to train gpt-3.5?": GPUs used in the past are asked, not a want
    // converted; with no count or conversion word, that is a look-up's to answer or to say it lacks.)
    if (
      PAST_USE.test(s.reading.text) &&
      s.counts.length === 0 &&
      !CONVERSION_WORDS.test(s.reading.text) &&
      !CONVERT_TO.test(s.reading.text)
    )
      return undefined;
    // "特斯拉的 A100 换算成 H100, 离 1 万张还差多少?": the count is what the entity's converted figure
    // falls short of, not a count to convert.
    const [owner] = s.named;
    if (owner !== undefined && s.counts.length === 1 && SHORT.test(s.reading.text)) {
      const held = figureOf(ctx, owner, s.measure ?? 'holdings');
      if (held !== undefined && !held.range && held.value !== s.counts[0]?.value)
        return shortOf(
          ctx,
          s,
          convertGpus(ctx, held.gpu === 'A100' ? 'a100' : 'h100', held.value, s.workload, held.facts),
        );
    }
    // "How many A100s did they train Falcon-40B on? someone said like 4k": the entity's own GPUs are
    // asked for; a count beside them is a guess to check, not one to convert.
    const askedFor = askedModel(s.reading.text);
    const own = owner === undefined ? undefined : figureOf(ctx, owner, 'holdings');
    // ("Meta 可能想要10萬張 H100, 如果佢用 A100 做訓練, 要幾多張?" gives H100s of its own to convert.)
    if (
      own !== undefined &&
      askedFor !== undefined &&
      own.gpu.toLowerCase() === askedFor &&
      !CONVERT_TO.test(s.reading.text) &&
      !s.counts.some((c) => c.model !== undefined && c.model !== askedFor && !heard(s, c)) &&
      // ("Meta 的 2.5 万张需求全部用 A100 来满足": its want met with the other GPU is converted.)
      !(s.counts.length > 0 && ASKS_WITH.test(s.reading.text)) &&
      // ("Meta 想要的 H100 訓練算力等於多少張 A100": its want, said as one, in the other GPU.)
      !(s.measure === 'demand' && CONVERSION_WORDS.test(s.reading.text))
    )
      return undefined;
    // ("how many A100s does anthropic have?": what it holds is asked, and the article gives none: no
    // conversion of what it wants stands in for it.)
    if (
      owner !== undefined &&
      own === undefined &&
      askedFor !== undefined &&
      s.measure === 'holdings' &&
      !CONVERT_TO.test(s.reading.text) &&
      !CONVERSION_WORDS.test(s.reading.text) &&
      !s.counts.some((c) => c.model !== undefined) &&
      !(['training', 'inference'] as const).some((c) => s.has(c))
    )
      return undefined;
    // "Meta 想要两万五, 手上有 2.1 万张 A100, 换成 H100 还差多少": the count of the GPU converted from, when
    // one names it, else the first.
    const asking = askedModel(s.reading.text);
    const counts = countsToWork(s);
    const count = counts.find((c) => c.model !== undefined && c.model !== asking) ?? counts[0];
    // "Tesla 七千张 A100 加上 Stability 五千张, 换成 H100": the counts added up first, then converted.
    const [, second] = s.counts;
    if (
      count !== undefined &&
      second !== undefined &&
      count.range === undefined &&
      TOGETHER.test(s.reading.text)
    ) {
      const from = sourceModel(s, count.start);
      const owners = s.named.length === s.counts.length ? s.named : [];
      const sum = sumGpus(s.counts.map((c, i) => ({ label: owners[i]?.id ?? '', gpus: c.value })));
      if (from !== undefined) {
        const converted = convertGpus(ctx, from, sum.result.value, s.workload);
        return { ...converted, calculations: [sum, ...converted.calculations] };
      }
    }
    if (count !== undefined) {
      const from = sourceModel(s, count.start);
      const high = count.range === 'low' ? s.counts[1] : undefined;
      const values = high?.range === 'high' ? [count.value, high.value] : count.value;
      if (from !== undefined)
        return shortOf(ctx, s, convertGpus(ctx, from, values, s.workload, [], supposedSpeedup(s)));
    }
    // "Tesla's A100s in H100s", "that demand in A100s": the count is the entity's own figure, held
    // (A100s or H100s) or wanted (H100s), as the question says.
    const [entity] = s.named;
    if (entity === undefined) return undefined;
    // ("GCP's H100 count — how many A100s would you need to match it?": the measure said of the name,
    // whatever the rest of the message needs.)
    const measure = measureBeside(s, entity) ?? s.measure ?? (s.has('demand') ? 'demand' : 'holdings');
    // "Meta、Tesla、Stability 的 A100 加起来换算成 H100": the figures added up first, then converted.
    if (s.named.length > 1 && TOGETHER.test(s.reading.text)) {
      const figures = s.named.flatMap((e) => figureOf(ctx, e, measure) ?? []);
      const gpu = figures[0]?.gpu;
      if (figures.length > 1 && figures.every((f) => !f.range && f.gpu === gpu)) {
        const sum = sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })));
        const converted = convertGpus(
          ctx,
          gpu === 'A100' ? 'a100' : 'h100',
          sum.result.value,
          s.workload,
          figures.flatMap((f) => f.facts),
        );
        return { ...converted, calculations: [sum, ...converted.calculations] };
      }
    }
    const figure =
      figureOf(ctx, entity, measure) ?? figureOf(ctx, entity, measure === 'demand' ? 'holdings' : 'demand');
    if (figure === undefined) return undefined;
    const from = figure.gpu === 'A100' ? 'a100' : 'h100';
    const asked = askedModel(s.reading.text);
    if (asked !== undefined && asked === from) return undefined;
    // A range ("GPT-4's 10k–25k A100s") is converted at both ends.
    return shortOf(
      ctx,
      s,
      convertGpus(
        ctx,
        from,
        figure.range ? endsOf(figure) : figure.value,
        s.workload,
        figure.facts,
        supposedSpeedup(s),
      ),
    );
  },
  examples: {
    en: ['How many H100s do 23,000 A100s equal for training?', '10k H100s is how many A100s for inference'],
    zh: ['3万张A100做推理大约相当于多少张H100？', '1万张H100训练相当于多少张A100'],
  },
} as const satisfies Intent;

/** How far a converted count falls short of another: "离它想要的 2.5 万张还差多少", "how far short of". */
const SHORT =
  /还差|還差|差多少|差幾|差几|够不够|夠不夠|[够夠].{0,14}[吗嗎]|\bshort of\b|\bhow far\b|\benough\b|\bgap to\b/u;

/**
 * A conversion set against a count of the converted-to GPU: one the question gives ("2.5万张 H100"), or
 * else the named entity's demand ("离它想要的还差多少"): the shortfall, worked as a difference.
 */
function shortOf(ctx: AskContext, s: Slots, converted: Answer): Answer {
  const [result] = converted.calculations;
  const short = SHORT.test(s.reading.text);
  const shareAsked = COVERED_SHARE.test(s.reading.text);
  if ((!short && !shareAsked) || converted.calculations.length !== 1 || result === undefined)
    return converted;
  const to = result.kind === 'h100-equivalents' ? 'h100' : 'a100';
  const given = s.counts.find(
    (c) => (c.model === to || c.model === undefined) && c.value !== result.steps[0]?.operands[0]?.value,
  );
  const [entity] = s.named;
  const wanted = to === 'h100' && entity !== undefined ? figureOf(ctx, entity, 'demand') : undefined;
  const target = given?.value ?? wanted?.value;
  if (target === undefined) return converted;
  const targetAmount = {
    value: target,
    unit: 'gpus' as const,
    ...(wanted === undefined || given !== undefined ? {} : { label: wanted.entity.id }),
  };
  const converted_ = { value: result.result.value, unit: result.result.unit };
  const gap = short && target > result.result.value ? [difference(targetAmount, converted_)] : [];
  // ("…折算成 H100, 能覆盖 2.5 万张需求的百分之几?": the converted count as a share of the other.)
  const covered = shareAsked ? [share(converted_, targetAmount)] : [];
  if (gap.length + covered.length === 0) return converted;
  return {
    ...converted,
    facts: [...converted.facts, ...(wanted?.facts ?? [])],
    calculations: [result, ...gap, ...covered],
  };
}

/** The converted count as a share of another asked: "能覆盖…的百分之几", "what % of its ask would that cover". */
const COVERED_SHARE =
  /(?:覆盖|覆蓋|满足|滿足|够|夠|占|佔)[^?？]{0,30}(?:百分之几|百分之幾|百分比|几成|幾成|多少%|多少成)|\bwhat (?:%|percent(?:age)?|share|fraction) of\b|\bhow much of (?:its|their|the)\b[^?]{0,30}\b(?:cover|meet|fill)/u;
