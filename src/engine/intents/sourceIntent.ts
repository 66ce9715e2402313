import { notFound } from '../answers/notFound.js';
import { topic } from '../answers/topic.js';
import type { Slots } from '../slots.js';
import type { Intent } from './intent.js';
import { cueAsked, topicScore } from './signals.js';

/** Source words that name the article as where something is said, not ask about it. */
// ("which H100 product does the author say is the most popular": the author only says it.)
const ATTRIBUTION: ReadonlySet<string> = new Set(['article', '文章', 'author', '作者']);
/** Cue groups of a question about what the article says. */
const OTHER_TOPICS = [
  'compare',
  'training',
  'inference',
  'foundry',
  'supply',
  'gap',
  'amd',
  'factors',
  'popular',
] as const;

function attributionOnly(s: Slots): boolean {
  return (s.reading.cueWords.get('source') ?? []).every((w) => ATTRIBUTION.has(w));
}

/** "Where is this data from?", "这篇文章的出处": the article, its author and its date. */
/** A person's name asked of whoever wrote it: "the name of the guy who wrote", "作者叫什么名字". */
const PERSON_NAME_ASKED =
  /\bname of (?:the )?(?:guy|person|author|writer|dude|man|woman|analyst)\b|\b(?:author|writer|guy|person)(?:'s|’s)? (?:full |real )?name\b|\bwhat(?:'s| is) (?:his|her|their) name\b|(?:作者|写的人|寫的人|寫嘅人)[^?？]{0,6}(?:叫什么|叫什麼|叫咩|叫乜|名字|姓名|是谁|是誰|係邊個)/u;

/** Who wrote or published it, put up to check: "written by TechCrunch?", "是 36 氪写的吗". */
const BY_CLAIMED =
  /\b(?:written|published|posted|put out|reported|authored|done|made) by\b|\bis (?:this|it|that) (?:a |an )?[\w.-]+ (?:article|piece|post|report)\b|(?:是|系|係)[^?？]{1,20}(?:写|寫|发|發|出|做)(?:的|嘅)|(?:出自|来自|來自)[^?？]{1,20}(?:吗|嗎|吧|嘛)/u;

/** A writer or publisher the article does not name, claimed for it: the article's own source, and no. */
function otherSourceClaimed(s: Slots): boolean {
  return (
    s.yesNo &&
    s.ofKind('company', 'cloud', 'group', 'model').length === 0 &&
    s.reading.unknown.length > 0 &&
    BY_CLAIMED.test(s.reading.text)
  );
}

/** Writing or publishing said: the claim is about who wrote it, not what it says. */
const WRITTEN =
  /\b(?:written|published|authored|posted)\b|\barticle\b|写的|寫的|寫嘅|写嘅|发的|發的|出品|发布|發佈|文章|这篇|這篇|呢篇/u;

export const sourceIntent = {
  id: 'source',
  cues: { source: topicScore(12), whereFrom: topicScore(12) },
  // ("中文摘要嘅標題係咩": the title is the source's, not a summary's to give.)
  patterns: [
    { re: /标题|標題|\btitle\b|题目|題目|\bheadline of (?:the )?(?:post|article|piece)\b/u, weight: 1 },
  ],
  // "Where does OpenAI get its GPUs?" asks for a cloud; "where is this from?" for the source. A question
  // about a figure ("does the article give Meta's demand?") is about the figure.
  // ("the training speedup the article gives": "article" only says where another answer comes from.)
  needs: (s) =>
    // (Whose name it is, asked of the writer, whatever the title it names: "…who wrote the supply and
    // demand post?".)
    (s.named.length === 0 && s.has('source') && PERSON_NAME_ASKED.test(s.reading.text)) ||
    // (Whatever the article is about: "这篇 H100 供需的文章是 36 氪写的吗?".)
    (otherSourceClaimed(s) && (s.has('source') || s.has('whereFrom') || WRITTEN.test(s.reading.text))) ||
    (s.named.length === 0 &&
      // (A source word of its own counts them only where the message asks: "想引用這篇,不過要找原文。出處是
      // 哪裡?" — the 要 of the context wants nothing; "the article mentions chinese companies needing H800s.
      // which ones?" names the article only as where it is said.)
      !(['demand', 'holdings', 'value', 'howMany', 'cloud'] as const).some((c) =>
        attributionOnly(s) ? s.has(c) : cueAsked(s, c),
      ) &&
      !(attributionOnly(s) && s.has(...OTHER_TOPICS)) &&
      (s.has('source') || s.has('whereFrom'))),
  // ("這篇中文摘要是哪裡來的": where the summary comes from, not a summary, is asked.)
  // (A name the article lacks, claimed as its writer, is answered no, not as a name the article lacks.)
  fit: (s) =>
    (cueAsked(s, 'whereFrom') && s.gpus.length === 0 ? 0.5 : 0) +
    (PERSON_NAME_ASKED.test(s.reading.text) ? 2 : 0) +
    (otherSourceClaimed(s) ? 5 : 0),
  run: (ctx, s) => {
    // ("what's the name of the guy who wrote the GPU Utils post?": the article credits GPU Utils, no person.)
    const publisher = ctx.kb.entityById.get('gpu-utils');
    if (publisher !== undefined && PERSON_NAME_ASKED.test(s.reading.text))
      return notFound(ctx, { what: 'author', entity: publisher }, [publisher]);
    const source = topic(ctx, ['source']);
    return otherSourceClaimed(s) ? { ...source, verdict: 'no' } : source;
  },
  examples: {
    en: ['Where is this data from?', 'who wrote this article?'],
    zh: ['这篇文章的出处是哪里', '数据来源是什么'],
  },
} as const satisfies Intent;
