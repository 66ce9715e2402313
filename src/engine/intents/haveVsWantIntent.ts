import { share } from '../../calculator/compareAmounts.js';
import type { Entity } from '../../knowledge/schema.js';
import { buildAnswer } from '../answers/buildAnswer.js';
import { compareQuoted } from '../answers/compareQuoted.js';
import { notFound } from '../answers/notFound.js';
import { overview } from '../answers/overview.js';
import { SERVERS_ASKED } from '../answers/withServers.js';
import { NOT_DEMAND, type Slots } from '../slots.js';
import { atBound, demandUnder, figureOf, hasOwnModelFigure } from './figures.js';
import type { Intent } from './intent.js';
import { namesCloudUsers } from './signals.js';

/** Asks by how much or how many times, not just for the two figures. */
const HOW_MUCH =
  /几倍|多少倍|\btimes\b|差多少|差几|多多少|少多少|多几|少几|多出|超出|相差|还差|还缺|缺多少|缺几|\bgap\b|\bdiff(?:erence)?\b|\bhow many more\b|\bshort\b|\bratio between\b|\bthe ratio\b|\b(?:bigger|larger|more|smaller|fewer|less)\b[^?]{0,20}\bthan\b|(?<!占)比(?!例|重|率).{0,16}(?:多|少|大|小)|哪个多|哪个大|谁多|哪个比较多|\bwhich (?:one )?(?:is )?(?:more|bigger|larger|higher)\b/u;

/** Words of having, in the sentences that ask. */
const HAS_WORDS =
  /\b(?:has|have|had|holds?|holdings?|owns?|got|fleet)\b|\bsitting on\b|\b(?:in|on) hand\b|(?<!文章|原文|没|沒)有|\bstash\b|\bstockpile\b|\bhoard\b|\binventory\b|手上|手里|手头|手頭|囤|所用|训练用|訓練用|用来训练|用來訓練|\btrained\b|\bused\b|\b(?:did|do|does) (?:they|it|he|she|\w+) (?:actually )?use\b|用了|用的|用卡|用量|这个数|那个数|\b(?:this|that) (?:number|figure)\b/u;

/** Both GPUs named where the message asks: a raw count of cards set against another, asked for. */
// ("how many more cards is the ask than the A100 stash?": cards counted as cards, whatever the GPU.)
const BOTH_GPUS_NAMED = (s: Slots) =>
  (/h100/u.test(s.asking.text) && /a100/u.test(s.asking.text)) ||
  /\bmore cards\b|\bfewer cards\b|多几张卡|多幾張卡|多多少张卡/u.test(s.asking.text);

/** A share asked of the name's own want: "它需求量的百分之几", "what % of its ask", "佢需求量嘅百分之幾". */
function ownShareAsked(s: Slots): boolean {
  return (
    // ("if openai only got 60% of what it wants": a share given, not asked.)
    !s.amounts.some((a) => a.role === 'percent') &&
    /百分之几|百分之幾|%|\bpercent|几成|幾成|多少成|\bshare\b|\bfraction\b/u.test(s.asking.text) &&
    /(?:它|佢|其|\bits|\btheir)(?:的|嘅)?\s*(?:需求|\bdemand|\bask|\bwish ?list|要的|想要的)|需求量(?:的|嘅)|\bof (?:what|how many) (?:it|they) (?:wants?|needs?)\b/u.test(
      s.asking.text,
    )
  );
}

/** What one has, asked: "手上有多少张", "有几张卡", "how many does it have". */
const HOLDING_ASKED =
  /(?:手上|手里|手頭|手头|现在|現在|自己)?有(?:多少|几|幾)|\bhow many\b[^?]{0,30}\b(?:has|have|hold|holds|own|owns|got)\b/u;

/** Falling short asked: "how many short is google", "还差多少", "缺多少". */
const SHORT_OF =
  /\bhow (?:many|far|much) short\b|\bshort by\b|\bshort of (?:what|its)\b|还差多少|还差几|还缺多少|缺多少|缺几/u;

/**
 * The companies, clouds and groups named, but not a group named for a member's figure ("Google Cloud 手上的,
 * 跟文章说每家大云想要的数量比": each big cloud's want is Google Cloud's own).
 */
function ownersOf(s: Slots): Entity[] {
  // ("CoreWeave 嗰啲唔計，GCP 手頭上嘅卡…": one set aside is no owner asked of.)
  const all = s.ofKind('company', 'cloud', 'group').filter((e) => !s.excluded.includes(e));
  return all.filter((e) => !(e.kind === 'group' && all.some((o) => o !== e && e.members.includes(o.id))));
}

/** A comparative put up as a claim: "bigger than", "more than", "比…多". */
const MORE_THAN = /\b(?:bigger|larger|more|greater|higher)\b[^?]{0,20}\bthan\b|比.{0,16}(?:多|大|高)/u;
const LESS_THAN = /\b(?:smaller|fewer|less|lower)\b[^?]{0,20}\bthan\b|比.{0,16}(?:少|小|低)/u;
/** Words of wanting, to tell which side a comparison puts first. */
const WANT_WORDS = /\b(?:needs?|wants?|wanted|demand|ask|estimated to need)\b|需要|想要|需求|要的|要多少/u;

/**
 * Which figure a yes/no question claims is the larger: "Is Google Cloud's H100 fleet bigger than what GCP
 * is estimated to need?" claims the holding; undefined when no comparison is claimed.
 */
function claimedLarger(s: Slots): 'holdings' | 'demand' | undefined {
  if (!s.yesNo) return undefined;
  const text = s.reading.text;
  const more = MORE_THAN.test(text);
  if (!more && !LESS_THAN.test(text)) return undefined;
  const hasAt = HAS_WORDS.exec(text)?.index;
  const wantAt = WANT_WORDS.exec(text)?.index;
  if (hasAt === undefined || wantAt === undefined) return undefined;
  const first = hasAt < wantAt ? 'holdings' : 'demand';
  const second = first === 'holdings' ? 'demand' : 'holdings';
  return more ? first : second;
}

/** "Google Cloud has how many vs how many it wants?": both of one entity's figures, side by side. */
export const haveVsWantIntent = {
  id: 'have-vs-want',
  cues: { demand: 1, holdings: 1 },
  patterns: [
    { re: /\bvs\.?\b|\bversus\b|\bcompared\b|\band\b|对比|相比|比|差|和|跟/u, weight: 1 },
    // "not want, own": demand named only to be set aside.
    { re: NOT_DEMAND, weight: -2 },
    // ("if each HGX box holds 8 GPUs, how many boxes…": what a server holds, not what anyone has.)
    { re: SERVERS_ASKED, weight: -2 },
    // ("…already has 21k A100s — what's the H100 ask worth at 35k": what one figure is worth.)
    { re: /\bworth\b|\bcosts?\b|值多少|价值|價值|多少钱|多少錢/u, weight: -2 },
  ],
  // Only for an entity with a figure to show ("the article has a section on AMD" is not about holdings).
  // ("how many short is google?": by how much what it has falls short of what it wants, when the
  // article gives both.)
  needs: (s, ctx) =>
    ownersOf(s).length === 1 &&
    // ("…for those Azure customers": the cloud's customers, not the cloud.)
    !namesCloudUsers(s) &&
    // ("GPT-5 要的 H100 上限比 GCP 手上的多多少": a model with its own figure is another side.)
    !s.named.some((e) => hasOwnModelFigure(ctx, e)) &&
    ((SHORT_OF.test(s.asking.text) &&
      s.counts.length === 0 &&
      s.named.some(
        (e) => figureOf(ctx, e, 'demand') !== undefined && figureOf(ctx, e, 'holdings') !== undefined,
      )) ||
      // (Wanting said where the message asks: "…have? want to compare with meta's" wants nothing of it.)
      (((s.reading.cueWords.get('demand') ?? []).some((w) => s.asking.says(w)) ||
        /需求/u.test(s.asking.text)) &&
        s.named.some(
          (e) => figureOf(ctx, e, 'demand') !== undefined || figureOf(ctx, e, 'holdings') !== undefined,
        ) &&
        HAS_WORDS.test(
          // (In the sentences that ask: "claude has been rate limiting me" is chatter.)
          s.asking.text,
        ))),
  // "By how much", "几倍": the two figures set against each other, which no plain look-up does.
  // (Counts the question quotes itself are compared as quoted.)
  // ("Azure 手上的上限跟它要的三万张比": with a range's end named, the count quoted is its own figure.)
  fit: (s) =>
    0.6 +
    (ownShareAsked(s) ? 4 : 0) +
    (SHORT_OF.test(s.asking.text) && s.counts.length === 0 ? 1 : 0) +
    (HOW_MUCH.test(s.reading.text) && (s.counts.length === 0 || s.bound !== undefined) ? 1.5 : 0) +
    // ("Is Google Cloud sitting on more H100s than it wants?": one figure claimed larger than the other.)
    (claimedLarger(s) === undefined ? 0 : 0.5),
  run: (ctx, s) => {
    const [entity] = ownersOf(s);
    if (entity === undefined) return undefined;
    // "它的总需求是它用的 H100 的几倍", "how far short of what it wants": the two figures compared,
    // when both count the same GPU and neither is a range.
    const want = demandUnder(ctx, entity, s.scenario);
    // "Azure 的 H100 上限": the end of its range the question names.
    const holding = figureOf(ctx, entity, 'holdings');
    const have = holding === undefined ? undefined : atBound(holding, s.bound);
    const [wanted] = want?.facts ?? [];
    const [held] = have?.facts ?? [];
    // ("Google Cloud 手上的 H100 相当于它需求量的百分之几?"): what it has, as a share of what it wants.
    if (
      ownShareAsked(s) &&
      want !== undefined &&
      have !== undefined &&
      wanted !== undefined &&
      held !== undefined &&
      have.gpu === want.gpu &&
      !have.range &&
      want.value > 0
    )
      return buildAnswer(ctx, {
        kind: 'share',
        found: true,
        topic: 'holdings',
        subject: entity,
        related: [entity, entity],
        facts: [held, wanted],
        calculations: [
          share(
            { value: have.value, unit: 'gpus', label: entity.id },
            { value: want.value, unit: 'gpus', label: entity.id },
          ),
        ],
      });
    if (
      HOW_MUCH.test(s.reading.text) &&
      want !== undefined &&
      have !== undefined &&
      wanted !== undefined &&
      held !== undefined &&
      // (Of two GPUs only when the question names both: "Meta 要的 H100 数量减去它现有的 A100 数量".)
      (have.gpu === want.gpu || BOTH_GPUS_NAMED(s)) &&
      !have.range
    ) {
      const compared = compareQuoted(
        ctx,
        { value: want.value, fact: wanted },
        { value: have.value, fact: held },
      );
      const claimed = claimedLarger(s);
      if (claimed === undefined) return compared;
      const larger = claimed === 'holdings' ? have.value > want.value : want.value > have.value;
      return { ...compared, verdict: larger ? 'yes' : 'no' };
    }
    // ("AWS 手上的卡跟它要的比还差多少": the article gives no holding to set against the want.)
    // (Nor when what it has is asked outright: "文章说他们想要1万张, 但他们现在手上有多少张卡?".)
    if (
      (HOW_MUCH.test(s.reading.text) || HOLDING_ASKED.test(s.asking.text)) &&
      want !== undefined &&
      have === undefined
    )
      return notFound(ctx, { what: 'holdings', entity }, [entity]);
    return overview(ctx, entity);
  },
  examples: {
    en: ['goog cloud has how many H100s vs how many it wants?'],
    zh: ['谷歌云手上有多少 H100 跟想要的比呢'],
  },
} as const satisfies Intent;
