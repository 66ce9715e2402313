import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatAmount, formatCount, formatList, formatUsd } from './formatNumber.js';

type Operation = Extract<Answer['kind'], 'comparison' | 'ranking' | 'share' | 'what-if'>;

/** Title and summary for answers that operate on figures: comparisons, rankings, shares, what-ifs. */
export function summarizeOperation(
  answer: Answer & { kind: Operation },
  lang: Lang,
  kb: KnowledgeBase,
): { title: string; summary: string } {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const nameOf = (id: string | undefined) => (id === undefined ? '' : (kb.entityById.get(id)?.name[lang] ?? id));
  const gpuWord = answer.facts[0]?.gpu === 'A100' ? 'A100' : 'H100';
  const verb = answer.topic === 'holdings' ? t('has', '有') : t('may want', '可能需要');
  switch (answer.kind) {
    case 'comparison': {
      const [a, b] = answer.related;
      const diff = answer.calculations.find((c) => c.kind === 'difference');
      const times = answer.calculations.find((c) => c.kind === 'ratio');
      const [big, small] = diff?.steps[0]?.operands ?? [];
      const lines = answer.facts.map((f) => f.text[lang]);
      const title = t(`${nameOf(a?.id)} vs ${nameOf(b?.id)}`, `${nameOf(a?.id)} 对比 ${nameOf(b?.id)}`);
      if (diff === undefined || big === undefined || small === undefined)
        return { title, summary: lines.join(' ') };
      // "5 times as many" in words: the × sign reads as a multiplication in a sentence.
      const x =
        times === undefined
          ? ''
          : lang === 'en'
            ? `${formatCount(times.result.value, lang)} times`
            : formatAmount(times.result.value, 'times', lang);
      const unit = t(`${gpuWord}s`, `张 ${gpuWord}`);
      return {
        title,
        summary:
          diff.result.value === 0
            ? t(
                `${nameOf(big.label)} and ${nameOf(small.label)} are level: ${formatCount(big.value, lang)} ${unit} each.`,
                `${nameOf(big.label)} 与 ${nameOf(small.label)} 持平：各 ${formatCount(big.value, lang)}${unit}。`,
              )
            : t(
                `${nameOf(big.label)} (${formatCount(big.value, lang)}) ${verb} ${formatCount(diff.result.value, lang)} more ${unit} than ${nameOf(small.label)} (${formatCount(small.value, lang)}), about ${x} as many.`,
                `${nameOf(big.label)}（${formatCount(big.value, lang)}张）比 ${nameOf(small.label)}（${formatCount(small.value, lang)}张）多 ${formatCount(diff.result.value, lang)}${unit}，约为其 ${x}。`,
              ),
      };
    }
    case 'ranking': {
      const order = answer.related.map((e, i) => {
        const fact = answer.facts.find((f) => f.subject === e.id);
        const q = fact?.quantity;
        const figure = q === undefined ? '' : 'value' in q ? formatCount(q.value, lang) : `${formatCount(q.min, lang)}–${formatCount(q.max, lang)}`;
        return `${i + 1}. ${e.name[lang]} ${figure}`;
      });
      const top = answer.related[0];
      return {
        title: t(`Ranked by ${answer.topic === 'holdings' ? 'GPUs held' : 'H100s wanted'}`, answer.topic === 'holdings' ? '按持有量排序' : '按 H100 需求排序'),
        summary: t(
          `Per the article, ${top?.name[lang] ?? ''} comes first. ${order.join('; ')}.`,
          `据文章，${top?.name[lang] ?? ''} 排第一。${order.join('；')}。`,
        ),
      };
    }
    case 'share': {
      const calc = answer.calculations.find((c) => c.kind === 'share');
      const [part, whole] = calc?.steps[0]?.operands ?? [];
      const pct = calc === undefined ? '' : formatAmount(calc.result.value, 'percent', lang);
      const who = formatList(answer.related.map((e) => e.name[lang]), lang);
      return {
        title: t(`${who}: share of the total`, `${who} 占总需求的比例`),
        summary: t(
          `${who}: ${formatCount(part?.value ?? 0, lang)} H100s, ${pct} of the article's ${formatCount(whole?.value ?? 0, lang)}.`,
          `${who}：${formatCount(part?.value ?? 0, lang)}张 H100，占文章 ${formatCount(whole?.value ?? 0, lang)}张 的 ${pct}。`,
        ),
      };
    }
    case 'what-if': {
      const [total, value] = answer.calculations;
      const price = answer.price === undefined ? '' : formatUsd(answer.price.value, lang);
      // Each changed line item: its new count, and the figure the article's total counts instead.
      const changes = answer.related.map((e) => {
        const now = total?.steps[0]?.operands.find((o) => o.label === e.id)?.value ?? 0;
        const was = answer.facts.find((f) => f.subject === e.id)?.quantity;
        const wasText = was === undefined || !('value' in was) ? '' : formatCount(was.value, lang);
        return t(
          `${e.name[lang]} at ${formatCount(now, lang)} (the article's total counts ${wasText})`,
          `${e.name[lang]} 按 ${formatCount(now, lang)}张计（文章总数按 ${wasText}张计）`,
        );
      });
      return {
        title: t('What if', '假设'),
        summary: t(
          `With ${changes.join(', ')}, §02's line items add up to ${formatCount(total?.result.value ?? 0, lang)} H100s; at ${price} each that is ${formatUsd(value?.result.value ?? 0, lang)}.`,
          `若 ${changes.join('、')}，§02 各项合计 ${formatCount(total?.result.value ?? 0, lang)}张 H100；按每张 ${price} 计算，价值 ${formatUsd(value?.result.value ?? 0, lang)}。`,
        ),
      };
    }
  }
}
