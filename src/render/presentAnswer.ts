import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatList } from './formatNumber.js';
import { formatStep } from './formatStep.js';
import type { Presentation } from './presentation.js';
import { summarize } from './summarize.js';

/**
 * Lays an answer out in one language: summary, supporting facts, shown arithmetic, caveats, the
 * article's words, and a footer naming the source, the sections and the date.
 */
export function presentAnswer(answer: Answer, lang: Lang, kb: KnowledgeBase): Presentation {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const opener =
    answer.verdict === undefined ? '' : answer.verdict === 'yes' ? t('Yes. ', '是的。') : t('No. ', '不是。');
  if (answer.parts !== undefined && answer.parts.length > 1) {
    const parts = presentParts(answer.parts, lang, kb);
    return { ...parts, summary: `${opener}${parts.summary}` };
  }
  const summarized = summarize(answer, lang, kb);
  const { title } = summarized;
  const unusedNote =
    answer.unused === undefined || answer.unused.length === 0
      ? ''
      : t(
          ` (I did not use ${answer.unused.map((u) => `“${u}”`).join(', ')} from your question: the article's figures above answer it.)`,
          `（问题中的 ${answer.unused.map((u) => `「${u}」`).join('、')} 未用于计算：上面的文章数据已回答。）`,
        );
  const summary = `${opener}${summarized.summary}${unusedNote}`;
  const sectionTitles = answer.sections.map(
    (id) => kb.source.sections.find((s) => s.id === id)?.title[lang] ?? `§${id}`,
  );
  const sectionOf = (id: string) => kb.source.sections.find((s) => s.id === id)?.title[lang] ?? `§${id}`;
  const source = t(
    `Source: ${kb.source.author}, “${kb.source.title.en}” (${kb.source.url}), via ${kb.source.via.en}`,
    `来源：${kb.source.author}《${kb.source.title.en}》（${kb.source.url}），经${kb.source.via.zh}`,
  );
  const footer = [source, sectionTitles.join(lang === 'en' ? ', ' : '、'), kb.source.asOf[lang]]
    .filter((part) => part !== '')
    .join(' · ');
  const names = formatList(
    answer.suggestions.map((e) => e.name[lang]),
    lang,
  );
  const suggestions =
    answer.suggestions.length === 0
      ? undefined
      : answer.kind === 'not-found'
        ? t(
            `Did you mean, or the article covers instead: ${names}?`,
            `你是不是想问，或文章涉及的有：${names}？`,
          )
        : undefined;
  // The summary already states the first fact for single-topic answers; don't say it twice.
  const facts = answer.facts.map((f) => f.text[lang]).filter((text) => text !== summarized.summary);

  return {
    title,
    summary,
    facts: answer.kind === 'not-found' || answer.kind === 'error' ? [] : facts,
    steps: answer.calculations.flatMap((c) => c.steps.map((s) => formatStep(s, lang, kb))),
    caveats: answer.caveats.map((c) => c.text[lang]),
    quotes: distinctQuotes(answer.facts.map((f) => ({ text: f.quote, section: sectionOf(f.section) }))),
    ...(suggestions === undefined ? {} : { suggestions }),
    footer,
    found: answer.found,
    isError: answer.kind === 'error',
  };
}

/** A multi-part answer: each part's summary in order, and the facts, steps, caveats and quotes of all. */
function presentParts(parts: readonly Answer[], lang: Lang, kb: KnowledgeBase): Presentation {
  const shown = parts.map((p) => presentAnswer(p, lang, kb));
  const unique = <T,>(items: readonly T[], key: (t: T) => string = String) => {
    const seen = new Set<string>();
    return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  };
  const first = shown[0] as Presentation;
  return {
    ...first,
    title: shown.map((p) => p.title).join(' · '),
    summary: shown.map((p) => p.summary).join(lang === 'en' ? ' ' : ''),
    facts: unique(shown.flatMap((p) => p.facts)),
    steps: unique(shown.flatMap((p) => p.steps)),
    caveats: unique(shown.flatMap((p) => p.caveats)),
    quotes: unique(shown.flatMap((p) => p.quotes), (q) => q.text),
  };
}

/**
 * Each passage of the article once: facts from one sentence share its quote (ByteDance, Baidu and Tencent),
 * and §01's list is quoted in growing prefixes; a quote another shown quote already contains is dropped.
 */
function distinctQuotes<Q extends { readonly text: string }>(quotes: readonly Q[]): Q[] {
  const flat = quotes.map((q) => q.text.replace(/\s+/g, ' ').trim());
  return quotes.filter((_, i) =>
    flat.every((other, j) => j === i || !other.includes(flat[i] ?? '') || (other === flat[i] && j > i)),
  );
}
