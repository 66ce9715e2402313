import type { Answer } from '../engine/answer.js';
import type { Lang } from '../engine/lang.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatAmount, formatCount, formatList, formatUsd } from './formatNumber.js';
import { describeMissing } from './describeMissing.js';
import { summarizeOperation } from './summarizeOperation.js';
import { TOPIC_TITLES } from './topicTitles.js';

/** The title and the sentence that answers the question, per kind of answer. */
export function summarize(answer: Answer, lang: Lang, kb: KnowledgeBase): { title: string; summary: string } {
  const t = (en: string, zh: string) => (lang === 'en' ? en : zh);
  const name = (e: { name: { en: string; zh: string } }) => e.name[lang];
  const names = formatList(answer.related.map(name), lang);
  const topicTitle = answer.topic === undefined ? '' : TOPIC_TITLES[answer.topic][lang];
  const firstFact = answer.facts[0]?.text[lang] ?? '';
  const subject = answer.subject === undefined ? '' : name(answer.subject);

  switch (answer.kind) {
    case 'cloud-users': {
      if (answer.subject === undefined)
        return { title: topicTitle, summary: t('Per the article:', '据文章：') };
      const title = t(`Who uses ${subject}`, `谁在用 ${subject}`);
      if (answer.check !== undefined) {
        const who = name(answer.check.entity);
        return {
          title,
          summary: answer.check.holds
            ? t(`Yes: the article lists ${who} on ${subject}.`, `是的：文章列出 ${who} 使用 ${subject}。`)
            : t(
                `The article does not list ${who} on ${subject}; it names ${names}.`,
                `文章没有说 ${who} 使用 ${subject}；它列出的是 ${names}。`,
              ),
        };
      }
      return {
        title,
        summary: t(
          `Per the article, ${subject} is used by ${names}.`,
          `据文章，使用 ${subject} 的有：${names}。`,
        ),
      };
    }
    case 'cloud-of': {
      const title = t(`Which cloud ${subject} uses`, `${subject} 用哪家云`);
      if (answer.check !== undefined) {
        const cloud = name(answer.check.entity);
        return {
          title,
          summary: answer.check.holds
            ? t(`Yes: per the article, ${subject} uses ${names}.`, `是的：据文章，${subject} 使用 ${names}。`)
            : t(
                `Not per the article: it lists ${subject} on ${names}, not ${cloud}.`,
                `文章并未这样说：它列出 ${subject} 使用 ${names}，而不是 ${cloud}。`,
              ),
        };
      }
      return {
        title,
        summary: t(`Per the article, ${subject} uses ${names}.`, `据文章，${subject} 使用 ${names}。`),
      };
    }
    case 'gap': {
      const [total, value] = answer.calculations;
      const price = answer.price === undefined ? '' : formatUsd(answer.price.value, lang);
      const scenario =
        answer.scenario === 'meta-25k'
          ? t('counting Meta at 25,000', 'Meta 按 2.5万张计')
          : t(
              'counting Meta at 100,000, as the article’s 432,000 does',
              'Meta 按 10万张计，与文章的 43.2万一致',
            );
      const totalText = total === undefined ? '' : formatCount(total.result.value, lang);
      const valueText = value === undefined ? '' : formatUsd(value.result.value, lang);
      return {
        title: answer.topic === 'demand-total' ? TOPIC_TITLES['demand-total'][lang] : TOPIC_TITLES.gap[lang],
        summary: t(
          `§02's demand line items add up to ${totalText} H100s (${scenario}); at ${price} each that is ${valueText}. The headline calls the conservative supply gap about 430,000.`,
          `§02 各项需求合计 ${totalText}张 H100（${scenario}）；按每张 ${price} 计算，价值 ${valueText}。标题称保守估计供给缺口约 43万张。`,
        ),
      };
    }
    case 'cost': {
      const calc = answer.calculations.find((c) => c.kind === 'demand-cost') ?? answer.calculations[0];
      const gpus = calc?.steps[0]?.operands[0]?.value ?? 0;
      const price = answer.price === undefined ? '' : formatUsd(answer.price.value, lang);
      const value = calc === undefined ? '' : formatAmount(calc.result.value, calc.result.unit, lang);
      if (answer.subject?.kind === 'gpu') {
        // A count the user gave, priced: "What would 100,000 H100s cost at $30k?"
        const count = formatCount(gpus, lang);
        return {
          title: t(`What ${count} ${subject}s cost`, `${count}张 ${subject} 值多少钱`),
          summary: t(
            `${count} ${subject}s at ${price} each come to ${value}.`,
            `${count}张 ${subject}，按每张 ${price} 计算，共 ${value}。`,
          ),
        };
      }
      if (answer.subject === undefined) {
        // Several companies' demand added up, then priced.
        return {
          title: t(`What ${names} want costs`, `${names} 的 H100 值多少钱`),
          summary: t(
            `${names} may want ${formatCount(gpus, lang)} H100s together; at ${price} each that comes to ${value}.`,
            `${names} 合计可能需要 ${formatCount(gpus, lang)}张 H100，按每张 ${price} 计算，共 ${value}。`,
          ),
        };
      }
      const owner = subject.endsWith('s') ? `${subject}'` : `${subject}'s`;
      return {
        title: t(`What ${owner} H100s cost`, `${subject} 的 H100 值多少钱`),
        summary: t(
          `${owner} ${formatCount(gpus, lang)} H100s at ${price} each come to ${value}.`,
          `${subject} 的 ${formatCount(gpus, lang)}张 H100，按每张 ${price} 计算，共 ${value}。`,
        ),
      };
    }
    case 'compare': {
      const lines = answer.calculations.map((c) => {
        const [h100s, factor] = c.steps[0]?.operands ?? [];
        const fact = factor?.label === undefined ? undefined : kb.factById.get(factor.label);
        const work =
          fact?.metric === 'speedup-16bit-training' ? t('training', '训练') : t('inference', '推理');
        const x = formatAmount(factor?.value ?? 0, 'times', lang);
        const h = formatCount(h100s?.value ?? 0, lang);
        const a = formatCount(c.result.value, lang);
        if (c.kind === 'h100-equivalents')
          return t(
            `For 16-bit ${work}, ${h} A100s do the work of about ${a} H100s (${h} ÷ ${x}).`,
            `16-bit ${work}：${h}张 A100 约相当于 ${a}张 H100（${h} ÷ ${x}）。`,
          );
        return t(
          `For 16-bit ${work}, ${h} H100s do the work of about ${a} A100s (${x}).`,
          `16-bit ${work}：${h}张 H100 约相当于 ${a}张 A100（${x}）。`,
        );
      });
      return { title: topicTitle, summary: [firstFact, ...lines].join(' ') };
    }
    case 'demand': {
      const sum = answer.calculations.find((c) => c.kind === 'sum');
      if (sum !== undefined && answer.subject === undefined) {
        // Several companies added up: "OpenAI and Inflection may want 72,000 H100s together."
        const total = formatCount(sum.result.value, lang);
        return {
          title: t(`${names}: H100 demand`, `${names} 的 H100 需求`),
          summary: t(
            `Per §02, ${names} may want ${total} H100s together.`,
            `据第02节，${names} 合计可能需要 ${total}张 H100。`,
          ),
        };
      }
      return { title: t(`${subject}: H100 demand`, `${subject} 的 H100 需求`), summary: firstFact };
    }
    case 'holdings':
      return {
        title: answer.subject === undefined ? topicTitle : t(`${subject}: GPUs`, `${subject} 的 GPU`),
        summary:
          answer.subject === undefined ? t('Per §03 of the article:', '据文章第 03 部分：') : firstFact,
      };
    case 'overview':
      return {
        title: subject,
        summary: t(`What the article says about ${subject}:`, `文章关于 ${subject} 的内容：`),
      };
    case 'topic':
      // The article's date answers "how old is this?" as much as its title does.
      return {
        title: topicTitle,
        summary: answer.topic === 'source' ? `${kb.source.asOf[lang].replace(/^a/, 'A')}: ${firstFact}` : firstFact,
      };
    case 'help':
      return {
        title: t('What I can answer', '我能回答什么'),
        summary: t(
          `I answer from one article, ${kb.source.author}'s “${kb.source.title.en}” (${kb.source.asOf.en}): who needs H100s and how many, who has them, which cloud each AI company uses, who makes them, H100 vs A100, and the size and value of the shortage. Try: /who-uses azure · /cloud company:openai · /gap price:30000 · /demand company:meta · /holdings company:tesla · /compare · /supply · /source · “which cloud does Anthropic use?” · “按每张3万美元算，缺口价值多少？”`,
          `我只依据一篇文章作答：${kb.source.author}《${kb.source.title.zh}》（${kb.source.asOf.zh}）：谁需要 H100、要多少、已有多少、各 AI 公司用哪家云、谁制造、H100 与 A100 对比、缺口有多大及价值多少。试试：/who-uses azure · /cloud company:openai · /gap price:30000 · /demand company:meta · /holdings company:tesla · /compare · /supply · /source ·「OpenAI 用的是哪家云？」·「按每张3万美元算，缺口价值多少？」`,
        ),
      };
    case 'not-found': {
      const missing = answer.missing === undefined ? undefined : describeMissing(answer.missing, lang);
      return {
        title: t('The article does not say', '文章没有提到'),
        summary:
          missing === undefined
            ? t(
                'The article does not answer that. It covers who needs H100s and how many, who has them, which cloud AI companies use, who makes them, H100 vs A100, and the shortage. Try /topics.',
                '文章没有回答这个问题。它涉及：谁需要 H100、要多少、已有多少、AI 公司用哪家云、谁制造、H100 对比 A100 以及缺口。可以试试 /topics。',
              )
            : t(
                `The article does not say anything about “${missing}” here, so I won't guess. Try /topics for what it covers.`,
                `文章没有提到「${missing}」的相关内容，我不作猜测。可用 /topics 查看文章涵盖的内容。`,
              ),
      };
    }
    case 'error':
      return { title: t('Check your input', '请检查输入'), summary: answer.error?.text[lang] ?? '' };
    case 'comparison':
    case 'ranking':
    case 'share':
    case 'what-if':
      return summarizeOperation({ ...answer, kind: answer.kind }, lang, kb);
  }
}
