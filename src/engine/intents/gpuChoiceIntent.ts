import { topic } from '../answers/topic.js';
import type { Intent } from './intent.js';
import { topicScore, unknownOnlyInContext } from './signals.js';

// "what h100 do ppl actually want, the pcie one?": which form is wanted, whatever form the user guesses
// (the article names only the one wanted, so a guess it lacks is no name to abstain on).
const WHICH_FORM =
  /\b(?:which|what)(?:'s| is)?(?: the)?(?: exact| specific| particular)?(?: h100| gpu)? (?:version|h100|model|form|kind|variant|flavou?r|config|sku|type|setup)\b[^?]{0,40}\b(?:want|wants|wanted|buy|buying|after|popular|getting|chasing|fighting)|\b(?:which|what)(?:'s| is)?(?: the)?(?: exact| specific| particular)?(?: h100)? (?:flavou?r|config|sku|variant|version|setup)\b|(?:哪个|什么|哪一)版本|哪个版|抢的.{0,8}(?:哪|什么)|\bthe (?:one|h100|gpu|version|model|sku) (?:everyone|everybody|people|ppl|buyers)(?:'s| is| are)? (?:after|wants?|buying|chasing|fighting (?:over|for))\b|大家(?:都)?最?(?:想要|在抢|抢)的(?:是|就是)?|\b(?:people|ppl|everyone|everybody|folks|buyers|most)\b[^?]{0,16}\b(?:want|wants|buy|buying|after|prefer|prefers|chasing|fighting|scrambling|obsessed|going)\b[^?]{0,20}\b(?:pcie|sxm\d?|hgx|dgx|nvl)\b/u;

/** "Most popular", said outright: "为什么H100最受欢迎". */
const MOST_POPULAR =
  /最受欢迎|最受歡迎|最抢手|最搶手|最火|首选|首選|\bfirst choice\b|\bgo-to\b|\bmost popular\b|\bmost (?:in demand|wanted)\b/u;

/** Why, asked. */
const WHY = /\bwhy\b|为什么|为啥|為什麼|點解|为何/u;

/** A form of the GPU named: checked against the one the article says is wanted. */
const FORMS = /\b(?:pcie|sxm\d?|hgx|dgx|nvl|[48]-gpu)\b/gu;

/** "Which GPU do buyers want most?", "why is the H100 so popular?": the article's GPU choice. */
export const gpuChoiceIntent = {
  id: 'gpu-choice',
  cues: { popular: topicScore(9), factors: -3 },
  // "What exact GPU config does everyone want?": which model and form, not how many.
  patterns: [
    { re: /\bconfig(?:uration)?s?\b|配置|\bsku\b|\bform factor\b|\bsetup\b/u, weight: 1 },
    { re: WHICH_FORM, weight: 3 },
    // (A price asked of a form, "pcie vs sxm price gap", is no question of which form is wanted.)
    { re: /\bprices?\b|\bcosts?\b|\bworth\b|多少钱|价格|价钱|差价/u, weight: -3 },
    // (Nor servers counted: "how many full 8-GPU HGX boxes does $5M buy".)
    { re: /\bhow many\b[^?]{0,30}\b(?:boxes|servers|nodes)\b|几台|多少台/u, weight: -3 },
    // (Nor is a speed-up asked of it: "what H100 vs A100 speedup does the article give".)
    { re: /\bspeed ?ups?\b|\bfaster\b|快多少|快几倍|提速/u, weight: -3 },
  ],
  needs: (s) =>
    s.named.length === 0 &&
    (s.has('popular') ||
      WHICH_FORM.test(s.reading.text) ||
      (s.gpus.some((g) => g.id === 'h100') && unknownOnlyInContext(s))),
  // The H100 alone ("tell me about the H100") falls back to why it is the GPU everyone wants.
  // (A form put up for checking, "大家抢的是PCIe版吗", "the most-wanted SKU is the PCIe H100 right?", is
  // answered with the one wanted, however unknown.)
  // ("why is everyone obsessed with the HGX H100 SXM specifically": why that form, which the article says.)
  fit: (s) =>
    (s.has('popular') ? 0 : 0.9) +
    (WHY.test(s.reading.text) &&
    ((s.reading.text.match(FORMS)?.length ?? 0) > 0 || MOST_POPULAR.test(s.reading.text))
      ? 2
      : 0) +
    // (Above a form the article does not name taken as an unknown name: "最受欢迎的是 PCIe 版吧?" is
    // answered No, with the form it names.)
    (s.yesNo &&
    (WHICH_FORM.test(s.reading.text) || s.has('popular')) &&
    (s.reading.text.match(FORMS)?.length ?? 0) > 0
      ? 2.5
      : 0),
  // "is the 8-GPU HGX H100 SXM the one everyone's after?": yes when every form named is the article's.
  run: (ctx, s) => {
    const answer = topic(ctx, ['gpu-choice']);
    const forms = [...new Set(s.reading.text.match(FORMS) ?? [])];
    // "A100比H100更受歡迎,係咪?", "the H100 is the one everyone wants, right?": the GPU named first is
    // the one claimed, checked against the one the article says is most wanted.
    const [claimed] = s.reading.entities.filter((m) => m.entity.kind === 'gpu' && m.start >= 0);
    if (
      s.yesNo &&
      forms.length === 0 &&
      claimed !== undefined &&
      (s.has('popular') || WHICH_FORM.test(s.reading.text))
    ) {
      const wanted = answer.facts.some(
        (f) => f.metric === 'most-popular-gpu' && f.subject === claimed.entity.id,
      );
      return { ...answer, verdict: wanted ? 'yes' : 'no' };
    }
    if (!s.yesNo || forms.length === 0) return answer;
    const said = answer.facts.map((f) => f.text.en.toLowerCase()).join(' ');
    return { ...answer, verdict: forms.every((f) => said.includes(f)) ? 'yes' : 'no' };
  },
  examples: {
    en: ['Which GPU do buyers want most?', 'which gpu is the most popular rn'],
    zh: ['现在最受欢迎的GPU是哪款', '大家最想要哪款显卡'],
  },
} as const satisfies Intent;
