import { holdings } from '../answers/holdings.js';
import { GPU_CHOICE, type Slots } from '../slots.js';
import { figureOf } from './figures.js';
import type { Intent } from './intent.js';
import { heard, namedWhereAsked } from './signals.js';

const OTHER_GPU_ASKED = /(?:\bhow many|多少张?|几张)\s*(h100|a100)/u;
const otherGpu = (model: string) => (model === 'a100' ? 'h100' : model === 'h100' ? 'a100' : undefined);

/** Names asked one after another, a question mark between them: "how many does tesla have? stability ai?". */
function askedInTurn(s: Slots): boolean {
  const said = s.reading.entities
    .filter((m) => m.entity.kind !== 'gpu' && m.start >= 0)
    .sort((a, b) => a.start - b.start);
  const text = s.reading.text;
  return (
    said.length > 1 &&
    said.slice(1).every((m, i) => {
      const start = said[i]?.start ?? 0;
      const from = text.slice(start, m.start).search(/[?？][^?？]*$/u);
      if (from < 0) return false;
      // (Only the name, asked again: "want to compare with meta's 21k" is no question of meta.)
      const end = text.slice(m.start).search(/[?？]/u);
      const sentence = text.slice(start + from + 1, end < 0 ? undefined : m.start + end);
      return sentence.replace(m.text, '').replace(BARE_ASK, '').trim().length === 0;
    })
  );
}

/** What may stand around a name asked again on its own: "and", "what about", "呢". */
const BARE_ASK = /\b(?:and|also|then|what about|how about|plus)\b|呢|咧|又|和|跟|同|[\s,，.。!！]/gu;

/** Just before a GPU named only to be set aside: "(not A100s)", "不是 A100". */
const SET_ASIDE = /(?:\bnot (?:the )?|\bnot counting |不是|不要|不算|非)\s*$/u;

/** What one entity has or trained on (§03), when the question says "has", "trained on", "used". */
/** A count named by its noun alone, no verb of having or using: "oai h100 count?". */
const COUNT_NOUN = /^(?:count|counts|number|numbers|数量)$/u;

/** Whether they are there already, asked: "in hand", "in stock", "delivered", "现货", "到手". */
const IN_HAND_ASKED =
  /\bin (?:hand|stock)\b|\bon hand\b|\bdelivered\b|\bactually (?:have|has|got|own)\b|\bphysically\b|现货|現貨|到手|到货|到貨|交付了/u;

export const holdingsIntent = {
  id: 'holdings',
  // "Which clouds does Inflection train on?" asks for clouds, not for GPUs held.
  // "Who fabs it? Nvidia doesn't have fabs" asks about the maker, not about GPUs held.
  cues: { holdings: 0.3, value: -1.5, foundry: -1.5 },
  patterns: [
    { re: /\b(?:which|what) clouds?\b|哪家云|哪个云|什么云|哪些云/u, weight: -2 },
    // ("云厂商手里H100数量排前三的是谁", "bottom 2 in the A100 holdings list": holdings ranked.)
    {
      re: /排前|前[二两三四五\d](?:名|位|家|个)?(?:的)?是|排名|排序|排个序|\brank|\b(?:top|bottom) \d\b|\b(?:top|bottom) (?:two|three|four|five)\b/u,
      weight: -2,
    },
    // ("coreweave has 35-40k… who's actually using coreweave?": its users asked, not what it holds.)
    {
      re: /\bwhich (?:of the )?(?:ai )?(?:cos|companies|labs|startups|ones)\b[^?]{0,40}\b(?:are|is|runs?|sits?) on\b|\bwho(?:'s| is| are)? (?:actually |really )?(?:using|uses|use|on)\b|谁在用|誰在用|边个用|邊個用|边个在用|邊個在用/u,
      weight: -1.5,
    },
    // ("用 AWS 的公司一共有几家": companies counted, not GPUs.)
    { re: /几家|幾家|多少家|几间|幾間|\bhow many (?:ai )?(?:compan|labs|startups|firms)/u, weight: -2 },
    {
      re: /\btrained (?:on|with)\b|\bused\b|\bhas how many\b|\bhave how many\b|\bgot\b|\bsitting on\b|\bin hand\b|\bon hand\b|用了|训练.{0,6}(?:多少|几)(?!倍)|有多少|有几|手上|手里|囤/u,
      weight: 1,
    },
  ],
  // A count word with no demand word ("Google Cloud's H100 count") asks what is held too, and a model
  // ("GPT-5 需要多少张") is answered from what the article says it ran or will run on.
  // A count quoted as the entity's own figure ("Character.ai 要1萬張, 咁佢手上有幾多?") asks nothing new.
  needs: (s, ctx) =>
    // "384 A100s. How many H100s would do the same job?" asks a conversion of the count given.
    !s.counts.some(
      (c) => c.model !== undefined && OTHER_GPU_ASKED.exec(s.reading.text)?.[1] === otherGpu(c.model),
    ) &&
    // (A count said outside the sentences that ask is context: "someone said like 4k lol".)
    s.counts.every((a) => {
      const named = s.named[0];
      return (
        !s.asking.at(a.start) ||
        heard(s, a) ||
        // (Put up as what it holds, "Meta手里已经有两万五千张H100了对吧?", it is a claim to check.)
        (named !== undefined && !s.yesNo && figureOf(ctx, named, 'demand')?.value === a.value) ||
        // (Its own holding quoted to ask which GPU it counts: "特斯拉那七千张是 H100 还是 A100?")
        (named !== undefined &&
          GPU_CHOICE.test(s.reading.text) &&
          figureOf(ctx, named, 'holdings')?.value === a.value)
      );
    }) &&
    s.named.length > 0 &&
    (s.measure === 'holdings' ||
      (s.measure === undefined && s.has('howMany', 'holdings', 'training')) ||
      (s.measure === undefined && GPU_CHOICE.test(s.reading.text)) ||
      s.named[0]?.kind === 'model'),
  fit: (s) =>
    (s.measure === 'holdings' && s.ofKind('company', 'cloud', 'group', 'model').length <= 1 ? 2.1 : 1.2) +
    // ("特斯拉那七千张是 H100 还是 A100?": which GPU a holding counts.)
    (s.measure !== 'demand' && GPU_CHOICE.test(s.reading.text) ? 2.2 : 0),
  run: (ctx, s) => {
    // The one named in the clause that asks ("gcp and azure holdings are in there, but how many does
    // AWS have?" asks of AWS), else the first named.
    const owners = s.ofKind('company', 'cloud', 'group');
    // (Said again where it asks, in any case or alias: "we're on aws … how many H100s does AWS have?")
    const whereAsked = namedWhereAsked(s);
    const askedOf =
      owners.find((e) => s.reading.entities.some((m) => m.entity === e && s.asking.says(m.text, true))) ??
      (whereAsked.length === 1 ? owners.find((e) => whereAsked.includes(e)) : undefined);
    // (So of models: "…posted 'GPT-5 will need a million'… how many A100s was gpt-4 trained on" asks of GPT-4.)
    const models = s.ofKind('model');
    const modelAsked = models.find((e) =>
      s.reading.entities.some((m) => m.entity === e && s.asking.says(m.text, true)),
    );
    // ("how many A100s did openai train gpt-4 on?": the model's own figure, when its maker has none.)
    const [firstOwner] = owners;
    const ownerHolds = firstOwner !== undefined && figureOf(ctx, firstOwner, 'holdings') !== undefined;
    const modelHeld = models.filter((m) => figureOf(ctx, m, 'holdings') !== undefined);
    const named =
      (owners.length > 1 ? askedOf : undefined) ??
      (ownerHolds ? firstOwner : undefined) ??
      (modelHeld.length === 1 && owners.length === 1 ? modelHeld[0] : undefined) ??
      owners[0] ??
      (models.length > 1 ? modelAsked : undefined) ??
      s.named[0];
    if (named === undefined) return undefined;
    // ("他们那个 GPT-3.5 等级的模型用了几张 H100": a model counted only as what its maker ran it on is
    // answered from the maker's holding.)
    const maker =
      named.kind === 'model' && figureOf(ctx, named, 'holdings') === undefined
        ? ctx.kb.entityById.get(
            ctx.kb.facts.find((f) => f.topic === 'holdings' && f.objects.includes(named.id))?.subject ?? '',
          )
        : undefined;
    const entity = maker ?? named;
    // Asked firmly about what it has: when the article gives no holding, that is the answer. Others
    // named ("Does Azure have more than Google Cloud?") are shown beside it.
    // An entity the article gives no holding for is answered as such, not with the others beside it.
    const others = figureOf(ctx, entity, 'holdings') === undefined ? [] : s.named.filter((e) => e !== entity);
    // One GPU asked ("Tesla 有多少张 H100"): a figure of another GPU does not answer it.
    // (Named in the sentence that asks: "有人说 GPT-4 是用 H100 训的。它用了多少张卡?" asks of any card.)
    // (A yes/no question is answered No from the figure of the other GPU, by the premise check.)
    // ("how many H100s (not A100s)": the GPU set aside is not the one asked for.)
    const asked = s.reading.entities.filter(
      (m) =>
        m.entity.kind === 'gpu' &&
        s.asking.says(m.text) &&
        !SET_ASIDE.test(s.reading.text.slice(Math.max(0, m.start - 14), m.start)),
    );
    const gpu = !s.yesNo && asked.length === 1 ? asked[0]?.entity : undefined;
    // ("oai h100 count?": with no word for having, a name the article counts no GPUs of is asked what it
    // wants, which the next reading answers.)
    if (
      s.measure === undefined &&
      gpu !== undefined &&
      figureOf(ctx, entity, 'holdings') === undefined &&
      // (Only its own figure: Lambda's is the private clouds' together, no count of Lambda's.)
      figureOf(ctx, entity, 'demand')?.facts.every((f) => f.subject === entity.id) === true &&
      (s.reading.cueWords.get('holdings') ?? []).every((w) => COUNT_NOUN.test(w))
    )
      return undefined;
    // ("falcon-40b vs inflection's model: how many gpus did each use?": each with a figure answered in turn.)
    // ("how many does tesla have? stability ai?": a name asked again after the question is one more each.)
    // (Those names may sit after the sentence that asks, so they are taken as said, not as slots name them.)
    const inTurn = askedInTurn(s)
      ? s.reading.entities.map((m) => m.entity).filter((e) => e.kind !== 'gpu')
      : [];
    const each =
      s.has('each') || inTurn.length > 0
        ? [
            entity,
            ...[...others, ...inTurn].filter(
              (e, i, all) =>
                e !== entity &&
                e !== maker &&
                all.indexOf(e) === i &&
                figureOf(ctx, e, 'holdings') !== undefined,
            ),
          ]
        : [];
    if (each.length > 1) {
      const answers = each.map((e) => holdings(ctx, e, undefined, [], gpu));
      const [first] = answers;
      if (first !== undefined) return { ...first, parts: answers };
    }
    const held = holdings(ctx, entity, undefined, others, gpu);
    // ("is CoreWeave's number actually in hand?": no, when the article says it is booked, not delivered.)
    const booked = held?.facts.some((f) => f.subject === entity.id && f.hedge === 'booked-not-delivered');
    return held !== undefined && s.yesNo && booked === true && IN_HAND_ASKED.test(s.asking.text)
      ? { ...held, verdict: 'no' }
      : held;
  },
  examples: {
    en: ['Inflection trained their GPT-3.5 level model on how many GPUs?', 'how many A100s has Meta got'],
    zh: ['特斯拉手上有多少张 A100？', 'Meta 有几张 A100'],
  },
} as const satisfies Intent;
