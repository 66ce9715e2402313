import type { Answer } from '../engine/answer.js';
import { editDistance, editRows } from '../engine/editDistance.js';
import { normalize } from '../engine/normalize.js';
import { spaceCjkLatin } from '../i18n/chineseText.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Entity, Fact } from '../knowledge/schema.js';
import { describeMissing } from './describeMissing.js';
import { formatAmount, formatList } from './formatNumber.js';
import { formatStep } from './formatStep.js';
import { joinSentences, sentenceSeparator } from './joinSentences.js';
import { openWithVerdict } from './openWithVerdict.js';
import type { Presentation, PresentedQuote } from './presentation.js';
import { sourceLine } from './sourceLine.js';
import { missingSentence, summarize } from './summarize.js';

/**
 * Lays an answer out in one language: summary, supporting facts, shown arithmetic, caveats, the
 * article's words, and a footer naming the source, the sections and the date.
 */
export function presentAnswer(answer: Answer, lang: ReplyLang, kb: KnowledgeBase): Presentation {
  if (answer.parts !== undefined && answer.parts.length > 1) {
    const parts = presentParts(answer.parts, lang, kb);
    // Parts with verdicts of their own open with them; a verdict over them all ("are they on the same
    // cloud?") opens the whole.
    // (Checks whose own sentences each say the verdict over them all, "是的：据文章，Inflection 使用…", need no
    // opener; one that differs, "do anthropic and openai both use aws?", leaves it to the opener.)
    const said = answer.parts.every(
      (p) => p.check !== undefined && p.check.holds === (answer.verdict === 'yes'),
    );
    const own = said || answer.parts.some((p) => p.verdict !== undefined);
    return own ? parts : { ...parts, summary: openWithVerdict(parts.summary, answer.verdict, lang) };
  }
  // A check's own sentence already says yes or no ("Yes: per the article…"); others open with it.
  const verdict = answer.check === undefined ? answer.verdict : undefined;
  const oneName = sameNames(answer, lang, kb);
  const summarized = summarize(answer, lang, kb);
  const title = lang === 'en' ? capitalized(summarized.title) : summarized.title;
  const unused =
    answer.unused === undefined || answer.unused.length === 0
      ? ''
      : t(lang, 'answer.unused', {
          amounts: answer.unused.map((text) => t(lang, 'answer.quoted', { text })).join(t(lang, 'list.sep')),
        });
  // ("other private clouds’ 100,000 H100s…": a name written in lower case still opens a sentence.)
  const said = oneName(summarized.summary);
  // (Not an error's: "meta must be one of…" names an option as it is typed.)
  const namedSummary = lang === 'en' && answer.found ? capitalized(said) : said;
  const summary = openWithVerdict(namedSummary, verdict, lang) + unused;
  const sectionOf = (id: string) => {
    const section = kb.source.sections.find((s) => s.id === id);
    return section === undefined ? `§${id}` : localize(section.title, lang);
  };
  const footer = [
    sourceLine(kb, lang),
    answer.sections.map(sectionOf).join(t(lang, 'list.sep')),
    localize(kb.source.asOf, lang),
  ]
    .filter((part) => part !== '')
    .join(' · ');
  // The summary already states the first fact for single-topic answers (both speed-ups, when both are
  // asked); don't say it twice.
  const facts = answer.facts
    .map((f) => oneName(localize(f.text, lang)))
    .filter((text) => text !== namedSummary && !namedSummary.includes(text));

  return {
    lang,
    title,
    summary,
    facts: answer.kind === 'not-found' || answer.kind === 'error' ? [] : facts,
    steps: stepsOf(answer, lang, kb),
    caveats: answer.caveats.map((c) => oneName(localize(c.text, lang))),
    quotes: quotesOf(answer.facts, lang, sectionOf),
    suggestions: answer.kind === 'not-found' ? offers(answer, lang) : [],
    footer,
    found: answer.found,
    isError: answer.kind === 'error',
  };
}

/** A multi-part answer: each part's summary in order, and the facts, steps, caveats and quotes of all. */
function presentParts(parts: readonly Answer[], lang: ReplyLang, kb: KnowledgeBase): Presentation {
  // Several parts the article cannot answer are said in one sentence, where the first of them stood.
  const missing = parts.flatMap((p) =>
    p.kind === 'not-found' && p.missing !== undefined ? [p.missing] : [],
  );
  const firstMissing = parts.findIndex((p) => p.kind === 'not-found' && p.missing !== undefined);
  const shown = parts
    .map((p) => presentAnswer(p, lang, kb))
    .map((p, i) =>
      missing.length < 2 || parts[i]?.kind !== 'not-found' || parts[i]?.missing === undefined
        ? p
        : { ...p, summary: i === firstMissing ? missingSentence(missing, lang) : '' },
    );
  const unique = <T>(items: readonly T[], key: (item: T) => string = String) => {
    const seen = new Set<string>();
    return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  };
  const [first] = shown;
  if (first === undefined) throw new Error('a multi-part answer has parts');
  return {
    ...first,
    title: unique(shown.map((p) => p.title)).join(' · '),
    // A part that opens by restating the part before ("Tesla has about 7,000 A100s. For training, 7,000
    // A100s…") goes on from it instead.
    summary: joinSentences(
      shown.flatMap((p, i) => {
        if (p.summary === '') return [];
        const before = shown[i - 1]?.summary;
        const sep = sentenceSeparator(lang);
        return before !== undefined && before !== '' && p.summary.startsWith(before + sep)
          ? p.summary.slice(before.length + sep.length)
          : p.summary;
      }),
      lang,
    ),
    facts: unique(shown.flatMap((p) => p.facts)),
    steps: unique(shown.flatMap((p) => p.steps)),
    // (One caveat once, however each part worded the names in it: "通过 Azure" and "通过微软 Azure".)
    caveats: unique(
      shown.flatMap((p, i) => p.caveats.map((text, j) => ({ text, id: parts[i]?.caveats[j]?.id ?? text }))),
      (c) => c.id,
    ).map((c) => c.text),
    quotes: unique(
      shown.flatMap((p) => p.quotes),
      (q) => q.text,
    ),
    suggestions: unique(shown.flatMap((p) => p.suggestions)),
    found: shown.some((p) => p.found),
  };
}

/**
 * One name per entity in a Chinese reply: the knowledge's Chinese texts sometimes keep an English
 * name ("xAI使用Oracle") where the reply calls it by its Chinese one (甲骨文); those become the
 * Chinese name. English replies use the English names throughout already.
 */
function sameNames(answer: Answer, lang: ReplyLang, kb: KnowledgeBase): (text: string) => string {
  if (lang === 'en') return (text) => text;
  // …and the usual spacing between Han and Latin text, as the catalogs' own sentences have it.
  // Every entity the reply names: asked about, listed, and labelled in the working.
  const ids = new Set(
    answer.calculations.flatMap((c) => c.steps.flatMap((s) => s.operands.flatMap((o) => o.label ?? []))),
  );
  const entities = [
    answer.subject,
    answer.check?.entity,
    ...answer.related,
    ...[...ids].map((id) => kb.entityById.get(id)),
  ].filter((e): e is Entity => e !== undefined);
  // Each entity once, its pattern compiled once for all the reply's texts.
  const renames = [...new Map(entities.map((e) => [e.id, e])).values()]
    .map((e) => ({ from: e.name.en, to: localize(e.name, lang) }))
    .filter(({ from, to }) => from !== to && /^[\w .-]+$/.test(from))
    .map(({ from, to }) => ({ to, pattern: new RegExp(`(?<![\\w.])${escapeRegExp(from)}(?![\\w])`, 'g') }));
  return (text) =>
    spaceCjkLatin(
      renames.reduce(
        // The Chinese name may contain the English one ("微软 Azure"): leave those occurrences alone.
        // (replace with a global pattern starts from the beginning each time.)
        (out, { to, pattern }) =>
          out
            .split(to)
            .map((part) => part.replace(pattern, to))
            .join(to),
        text,
      ),
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Two offers, each a sentence of its own: the names close to what was asked ("Did you mean Azure?")
 * and the article's entities the question also named ("The article covers instead: OpenAI.").
 */
function offers(answer: Answer, lang: ReplyLang): string[] {
  // What was asked, whole and word by word: "coreweeve cloud" is near CoreWeave through its first word.
  const missing = answer.missing === undefined ? '' : normalize(describeMissing(answer.missing, lang));
  const asked = missing === '' ? [] : [missing, ...missing.split(' ').filter((w) => w.length >= 3)];
  const work = editRows();
  const near = (e: Entity) =>
    [e.name.en, e.name.zh, ...e.aliases].some((n) => {
      const name = normalize(n);
      const budget = Math.max(1, Math.floor(name.length / 4));
      return asked.some((a) => editDistance(a, name, budget, work) <= budget);
    });
  const names = (list: readonly Entity[]) =>
    formatList(
      list.map((e) => localize(e.name, lang)),
      lang,
    );
  const close = answer.suggestions.filter(near);
  const instead = answer.suggestions.filter((e) => !near(e));
  return [
    ...(close.length === 0 ? [] : [t(lang, 'suggest.didYouMean', { names: names(close) })]),
    ...(instead.length === 0 ? [] : [t(lang, 'suggest.coveredInstead', { names: names(instead) })]),
  ];
}

/**
 * Each passage of the article once: facts from one sentence share its quote (ByteDance, Baidu and Tencent),
 * and §01's list is quoted in growing prefixes; a quote another shown quote already contains is dropped.
 * English readers get the facts' English wording beside the Chinese, marked as a translation.
 */
function quotesOf(
  facts: readonly Fact[],
  lang: ReplyLang,
  sectionOf: (id: string) => string,
): PresentedQuote[] {
  const flat = facts.map((f) => f.quote.replace(/\s+/g, ' ').trim());
  const kept = facts
    .map((fact, i) => ({ fact, text: flat[i] ?? '' }))
    .filter(({ text }, i) =>
      flat.every((other, j) => j === i || !other.includes(text) || (other === text && j > i)),
    );
  return kept.map(({ fact, text }) => {
    // Every fact resting on this passage, so a shared quote carries all of their English wordings.
    const wordings = [
      ...new Set(
        facts
          .filter((_, i) => (flat[i] ?? '').length > 0 && text.includes(flat[i] ?? ''))
          .map((f) => f.text.en),
      ),
    ];
    const chinese = /\p{Script=Han}/u.test(text);
    return {
      text,
      section: sectionOf(fact.section),
      ...(lang === 'en' && chinese && wordings.length > 0 ? { translation: wordings.join(' ') } : {}),
    };
  });
}

/** The answer's shown work, a line a step; products say whose count they take when there are several. */
function stepsOf(answer: Answer, lang: ReplyLang, kb: KnowledgeBase): string[] {
  const steps = answer.calculations.flatMap((c) => c.steps);
  const several =
    steps.filter((s) => s.op === 'multiply' && s.operands.some((o) => o.label !== undefined)).length > 1;
  return answer.calculations.flatMap((c) =>
    c.steps.map((s, i) => {
      const line = formatStep(s, lang, kb, several);
      // ("3,500 ÷ 8 = 437.5, so 437 whole": a result rounded to whole servers or GPUs says so.)
      if (
        (c.kind !== 'servers' && c.kind !== 'budget-gpus') ||
        i !== c.steps.length - 1 ||
        s.result.value === c.result.value
      )
        return line;
      return t(lang, c.result.label === 'needed' ? 'step.roundedUp' : 'step.roundedDown', {
        line,
        result: formatAmount(c.result.value, c.result.unit, lang),
      });
    }),
  );
}

/** English text opened with a capital: "other private clouds vs AWS" as a title or a sentence. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
