import { DURATION_WORDS, type DurationUnit } from '../engine/amounts.js';
import type { Answer, Missing } from '../engine/answer.js';
import { endsOfQuantity } from '../engine/answers/factQueries.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Bilingual } from '../knowledge/schema.js';
import { describeMissing } from './describeMissing.js';
import { formatAmount, formatCount, formatList, formatMoney } from './formatNumber.js';
import { joinSentences } from './joinSentences.js';
import { sourceName } from './sourceLine.js';
import { summarizeOperation } from './summarizeOperation.js';

/** The title and the sentence that answers the question, per kind of answer. */
export function summarize(
  answer: Answer,
  lang: ReplyLang,
  kb: KnowledgeBase,
): { title: string; summary: string } {
  const kind = summarizeKind(answer, lang, kb);
  // Worked on after the answer's own sentence: dollar sums exchanged, what is left of §02's total.
  const after = [
    ...differenceValueLines(answer, lang),
    ...againstEarlierLines(answer, lang),
    ...exchangeLines(answer, lang),
    ...serverLines(answer, lang),
    ...periodLines(answer, lang),
    ...restLines(answer, lang),
    ...moneyLeftLines(answer, lang),
    ...movedPriceLines(answer, lang),
    ...timeUnitLines(answer, lang),
  ];
  const said =
    after.length === 0 ? kind : { ...kind, summary: joinSentences([kind.summary, ...after], lang) };
  // A mean asked of the figures added up ("平均每家几张") follows the sum it divides.
  const means = answer.calculations.filter((c) => c.kind === 'average');
  if (means.length === 0) return said;
  const mean = means.map((c) => formatCount(c.result.value, lang)).join('–');
  const over = formatCount(means[0]?.steps[0]?.operands[1]?.value ?? 0, lang);
  // ("取区间中值": the middle of one range, not a mean over several names.)
  const key = means[0]?.result.label === 'midpoint' ? 'op.midpoint' : 'op.average';
  return { ...said, summary: `${said.summary}${t(lang, key, { mean, over })}` };
}

/** Two sums of the same names that differ in one addend's figure: that addend, and both sums. */
function bothFiguresSummed(
  answer: Answer,
): { label: string; low: number; high: number; oneLow: number; oneHigh: number } | undefined {
  const [a, b, ...more] = answer.calculations;
  if (a?.kind !== 'sum' || b?.kind !== 'sum' || more.length > 0) return undefined;
  const left = a.steps[0]?.operands ?? [];
  const right = b.steps[0]?.operands ?? [];
  if (left.length !== right.length) return undefined;
  const differ = left.flatMap((o, i) => {
    const other = right[i];
    return other !== undefined && other.label === o.label && other.value !== o.value
      ? [[o, other] as const]
      : [];
  });
  const [pair, ...others] = differ;
  if (pair === undefined || others.length > 0 || pair[0].label === undefined) return undefined;
  const [lowSum, highSum] = a.result.value <= b.result.value ? [a, b] : [b, a];
  return {
    label: pair[0].label,
    low: lowSum.result.value,
    high: highSum.result.value,
    oneLow: Math.min(pair[0].value, pair[1].value),
    oneHigh: Math.max(pair[0].value, pair[1].value),
  };
}

/** A difference between two counts, priced: "meta at 100k vs 25k — what's the $ difference?". */
function differenceValueLines(answer: Answer, lang: ReplyLang): string[] {
  if (answer.kind !== 'comparison') return [];
  return answer.calculations
    .filter((c) => c.kind === 'demand-cost')
    .slice(0, 1)
    .map((c) =>
      t(lang, 'op.differenceValue', {
        price: formatMoney(c.steps[0]?.operands[1]?.value ?? 0, answer.price, lang),
        value: formatMoney(c.result.value, answer.price, lang),
      }),
    );
}

/** A value set against the one the part before worked out ("比2.5万张那个估计多花多少"). */
function againstEarlierLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'difference' && (c.result.unit === 'usd' || c.result.unit === 'gpus'))
    .flatMap((c) => {
      const [big, small] = c.steps[0]?.operands ?? [];
      if (big === undefined || small === undefined) return [];
      const thisIsMore = big.label === 'this-value';
      if (!thisIsMore && big.label !== 'earlier-value') return [];
      const was = thisIsMore ? small.value : big.value;
      if (c.result.unit === 'gpus')
        return [
          t(lang, thisIsMore ? 'count.moreThanEarlier' : 'count.lessThanEarlier', {
            diff: formatCount(c.result.value, lang),
            was: formatCount(was, lang),
          }),
        ];
      return [
        t(lang, thisIsMore ? 'cost.moreThanEarlier' : 'cost.lessThanEarlier', {
          diff: formatMoney(c.result.value, answer.price, lang),
          was: formatMoney(was, answer.price, lang),
        }),
      ];
    });
}

/** What is left of §02's total once the sum is taken out ("…vs everybody else"). */
function restLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'remainder' && c.result.unit !== 'usd')
    .slice(0, 1)
    .map((rest) =>
      t(lang, 'op.rest', {
        whole: formatCount(rest.steps[0]?.operands[0]?.value ?? 0, lang),
        rest: formatCount(rest.result.value, lang),
      }),
    );
}

/** What a budget has to spare once the GPUs are paid for: "That leaves $150M of the $500M." */
function moneyLeftLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'remainder' && c.result.unit === 'usd')
    .slice(0, 1)
    .map((left) =>
      t(lang, 'op.moneyLeft', {
        budget: formatMoney(left.steps[0]?.operands[0]?.value ?? 0, answer.price, lang),
        left: formatMoney(left.result.value, answer.price, lang),
      }),
    );
}

/** Periods a rate of GPUs takes: "At 100,000 H100s a quarter, 432,000 H100s take 4.32 quarters." */
function periodLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'periods')
    .map((c) => {
      const [needed, rate] = c.steps[0]?.operands ?? [];
      const period = c.result.label ?? 'month';
      const n = c.result.value;
      return t(lang, 'op.periods', {
        rate: formatCount(rate?.value ?? 0, lang),
        target: formatCount(needed?.value ?? 0, lang),
        n: formatAmount(n, 'duration', lang),
        period: t(lang, `period.${period}` as 'period.month'),
        periods: t(
          lang,
          n === 1 ? (`period.${period}` as 'period.month') : (`periods.${period}` as 'periods.month'),
        ),
      });
    });
}

/** Whether a sum adds a figure no fact of the answer states: one the question set. */
function notStated(answer: Answer, sum: Answer['calculations'][number]): boolean {
  const stated = new Set(
    answer.facts.flatMap((f) => (f.quantity === undefined ? [] : endsOfQuantity(f.quantity))),
  );
  return (sum.steps[0]?.operands ?? []).some((o) => !stated.has(o.value));
}

/** A price moved by a percentage and nothing worked at it: "Cut by 20%, that is $28,000 per H100." */
function movedPriceLines(answer: Answer, lang: ReplyLang): string[] {
  const [moved, ...more] = answer.calculations;
  if (moved?.kind !== 'price-change' || more.length > 0) return [];
  const [change] = moved.steps;
  const percent = change?.operands[1]?.value ?? 0;
  const cut = moved.steps[1]?.op === 'subtract';
  return [
    t(lang, cut ? 'op.priceCut' : 'op.priceRaised', {
      percent: formatAmount(percent, 'percent', lang),
      price: formatMoney(moved.result.value, answer.price, lang),
    }),
  ];
}

/** Whole servers a count of GPUs fills: "That fills 17 whole 8-GPU HGX servers." */
function serverLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'servers')
    .map((c) => {
      const [gpus, per] = c.steps[0]?.operands ?? [];
      // ("两台8卡HGX, 一共多少张卡": the GPUs so many servers hold.)
      if (c.steps[0]?.op === 'multiply')
        return t(lang, 'op.gpusInServers', {
          servers: formatAmount(gpus?.value ?? 0, 'servers', lang),
          per: formatAmount(per?.value ?? 0, 'gpus-per-server', lang),
          gpus: formatCount(c.result.value, lang),
        });
      // (A100s in servers of the size the user gave: no HGX H100 of the article's.)
      if (gpus?.label === 'a100')
        return t(lang, c.result.label === 'needed' ? 'op.serversOfNeeded' : 'op.serversOf', {
          gpus: formatCount(gpus.value, lang),
          gpu: 'A100',
          per: formatAmount(per?.value ?? 0, 'gpus-per-server', lang),
          servers: formatAmount(c.result.value, 'servers', lang),
        });
      return t(lang, c.result.label === 'needed' ? 'op.serversNeeded' : 'op.servers', {
        gpus: formatCount(gpus?.value ?? 0, lang),
        per: formatAmount(per?.value ?? 0, 'gpus-per-server', lang),
        servers: formatAmount(c.result.value, 'servers', lang),
      });
    });
}

/** Dollar sums exchanged at the user's rate, one sentence each. */
function exchangeLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'exchange')
    .map((c) => {
      const [usd, rate] = c.steps[0]?.operands ?? [];
      // (A sum in the user's currency, in dollars: "¥50,000,000 at 7.2 to the dollar is $6.94M".)
      if (c.result.unit === 'usd' && usd !== undefined)
        return t(lang, 'op.exchangeToUsd', {
          sum: formatAmount(usd.value, usd.unit, lang),
          rate: formatAmount(rate?.value ?? 0, 'foreign-per-usd', lang),
          usd: formatAmount(c.result.value, 'usd', lang),
        });
      return t(lang, 'op.exchange', {
        rate: formatAmount(rate?.value ?? 0, 'cny-per-usd', lang),
        usd: formatAmount(usd?.value ?? 0, 'usd', lang),
        yuan: formatAmount(c.result.value, 'cny', lang),
      });
    });
}

function summarizeKind(
  answer: Answer,
  lang: ReplyLang,
  kb: KnowledgeBase,
): { title: string; summary: string } {
  const name = (e: { name: Bilingual }) => localize(e.name, lang);
  const names = formatList(answer.related.map(name), lang);
  const topicTitle = answer.topic === undefined ? '' : t(lang, `topic.${answer.topic}`);
  const firstFact = answer.facts[0] === undefined ? '' : localize(answer.facts[0].text, lang);
  const subject = answer.subject === undefined ? '' : name(answer.subject);
  const money = (n: number) => formatMoney(n, answer.price, lang);

  switch (answer.kind) {
    case 'cloud-users': {
      // Clouds by how many companies the list names on each: each count is the names beside it.
      if (answer.subject === undefined && answer.related.length > 0) {
        const usersOf = (id: string) =>
          answer.facts
            .filter((f) => f.objects.includes(id))
            .flatMap((f) => kb.entityById.get(f.subject ?? '') ?? []);
        const order = answer.related.map((cloud) => {
          const users = [...new Map(usersOf(cloud.id).map((e) => [e.id, e])).values()];
          return t(lang, 'cloudTally.item', {
            cloud: name(cloud),
            count: formatCount(users.length, lang),
            names: formatList(users.map(name), lang),
          });
        });
        return {
          title: topicTitle,
          summary: t(lang, 'cloudTally.summary', {
            top: answer.related[0] === undefined ? '' : name(answer.related[0]),
            order: order.join(t(lang, 'op.rankSep')),
            // The companies the list names, each once (Anthropic is on two clouds).
            companies: formatCount(new Set(answer.facts.flatMap((f) => f.subject ?? [])).size, lang),
          }),
        };
      }
      if (answer.subject === undefined) return { title: topicTitle, summary: t(lang, 'answer.perArticle') };
      const title = t(lang, 'cloudUsers.title', { cloud: subject });
      if (answer.check !== undefined) {
        const vars = { who: name(answer.check.entity), cloud: subject, names };
        const key = answer.check.holds
          ? answer.check.only === true
            ? 'cloudUsers.onlyYes'
            : 'cloudUsers.yes'
          : answer.check.only === true && answer.related.includes(answer.check.entity)
            ? 'cloudUsers.notOnly'
            : 'cloudUsers.no';
        return { title, summary: t(lang, key, vars) };
      }
      // The count said outright: "how many of them are on AWS?" is asked as often as who.
      const count = t(lang, answer.related.length === 1 ? 'cloudUsers.countOne' : 'cloudUsers.count', {
        count: formatCount(answer.related.length, lang),
      });
      return { title, summary: t(lang, 'cloudUsers.list', { cloud: subject, count, names }) };
    }
    case 'cloud-of': {
      const title = t(lang, 'cloudOf.title', { company: subject });
      if (answer.check !== undefined) {
        const vars = { company: subject, names, cloud: name(answer.check.entity) };
        const key = answer.check.holds
          ? 'cloudOf.yes'
          : answer.check.only === true && answer.related.includes(answer.check.entity)
            ? 'cloudOf.notOnly'
            : 'cloudOf.no';
        return { title, summary: t(lang, key, vars) };
      }
      return { title, summary: t(lang, 'cloudOf.list', { company: subject, names }) };
    }
    case 'gap': {
      const total = answer.calculations.find((c) => c.kind === 'gap-total');
      const gapValues = answer.calculations.filter((c) => c.kind === 'gap-value');
      // §02's line items priced carry no label; the headline's count priced carries its fact's.
      const value = gapValues.find((c) => c.steps[0]?.operands[0]?.label === undefined);
      const headline = gapValues.find((c) => c.steps[0]?.operands[0]?.label !== undefined);
      const gapFact = answer.facts.find((f) => f.metric === 'h100-gap');
      const gapCount =
        gapFact?.quantity !== undefined && 'value' in gapFact.quantity ? gapFact.quantity.value : undefined;
      const said =
        gapCount === undefined
          ? ''
          : t(lang, headline === undefined ? 'gap.headline' : 'gap.headlineValue', {
              gap: formatCount(gapCount, lang),
              gapValue: headline === undefined ? '' : money(headline.result.value),
            });
      const title = t(lang, answer.topic === 'demand-total' ? 'topic.demand-total' : 'topic.gap');
      const scenario = t(lang, answer.scenario === 'meta-25k' ? 'gap.meta25k' : 'gap.meta100k');
      // Asked of the gap at no price of the user's, the reply opens on the gap's size; its worth follows.
      // (At a price the user gave, "/gap price:30000", the worth at that price is what was asked.)
      if (
        answer.topic === 'gap' &&
        answer.price?.fromUser !== true &&
        gapCount !== undefined &&
        total !== undefined &&
        value !== undefined &&
        headline !== undefined &&
        answer.price !== undefined
      )
        return {
          title,
          summary: t(lang, 'gap.lead', {
            gap: formatCount(gapCount, lang),
            total: formatCount(total.result.value, lang),
            scenario,
            price: money(answer.price.value),
            gapValue: money(headline.result.value),
            value: money(value.result.value),
          }),
        };
      return {
        title,
        summary: `${t(lang, 'gap.summary', {
          total: total === undefined ? '' : formatCount(total.result.value, lang),
          scenario,
          price: answer.price === undefined ? '' : money(answer.price.value),
          value: value === undefined ? '' : money(value.result.value),
        })}${said}`,
      };
    }
    case 'cost': {
      const each = answer.calculations.find((c) => c.kind === 'unit-price');
      if (each !== undefined) return unitPriceSummary(answer, each, lang);
      const budget = answer.calculations.find((c) => c.kind === 'budget-gpus');
      if (budget !== undefined) {
        // A sum of money divided by a price: how many whole GPUs it buys.
        const [budgetAmount, each] = budget.steps[0]?.operands ?? [];
        const vars = {
          budget: money(budgetAmount?.value ?? 0),
          price: money(each?.value ?? 0),
          count: formatCount(budget.result.value, lang),
          gpu: subject,
        };
        // ("…and how much cash is left over?": what the whole GPUs leave of the budget.)
        return { title: t(lang, 'cost.budget.title', vars), summary: t(lang, 'cost.budget.summary', vars) };
      }
      const saved = answer.calculations.find((c) => c.kind === 'difference');
      const [dear, cheap] = answer.calculations.filter((c) => c.kind === 'demand-cost');
      if (saved !== undefined && dear !== undefined && cheap !== undefined) {
        // One count at two prices: both values, then what the lower price saves.
        const vars = {
          count: formatCount(dear.steps[0]?.operands[0]?.value ?? 0, lang),
          high: money(dear.steps[0]?.operands[1]?.value ?? 0),
          low: money(cheap.steps[0]?.operands[1]?.value ?? 0),
          highValue: money(dear.result.value),
          lowValue: money(cheap.result.value),
          diff: money(saved.result.value),
        };
        return { title: t(lang, 'cost.saving.title', vars), summary: t(lang, 'cost.saving.summary', vars) };
      }
      const priced = answer.calculations.filter((c) => c.kind === 'demand-cost');
      const [low, high] = priced;
      if (priced.length === 2 && low !== undefined && high !== undefined) {
        // A range priced at both ends: "CoreWeave's 35,000–40,000 H100s … $1.05B–$1.2B".
        const vars = {
          company: subject,
          low: formatCount(low.steps[0]?.operands[0]?.value ?? 0, lang),
          high: formatCount(high.steps[0]?.operands[0]?.value ?? 0, lang),
          price: answer.price === undefined ? '' : money(answer.price.value),
          lowValue: money(low.result.value),
          highValue: money(high.result.value),
        };
        if (answer.subject?.kind === 'gpu') {
          const gpuVars = { ...vars, gpu: subject, count: t(lang, 'cost.rangeCount', vars) };
          return {
            title: t(lang, 'cost.count.title', gpuVars),
            summary: t(lang, 'cost.countRange.summary', gpuVars),
          };
        }
        return { title: t(lang, 'cost.one.title', vars), summary: t(lang, 'cost.range.summary', vars) };
      }
      const calc = priced[0] ?? answer.calculations[0];
      const count = formatCount(calc?.steps[0]?.operands[0]?.value ?? 0, lang);
      const price = answer.price === undefined ? '' : money(answer.price.value);
      const value = calc === undefined ? '' : formatAmount(calc.result.value, calc.result.unit, lang);
      if (answer.subject?.kind === 'gpu') {
        // A count the user gave, priced: "What would 100,000 H100s cost at $30k?"
        const vars = { count, gpu: subject, price, value };
        // (One GPU is no plural: "What one H100 costs".)
        const one = calc?.steps[0]?.operands[0]?.value === 1;
        return {
          title: t(lang, one ? 'cost.single.title' : 'cost.count.title', vars),
          summary: t(lang, one ? 'cost.single.summary' : 'cost.count.summary', vars),
        };
      }
      if (answer.subject === undefined) {
        // Several companies' demand added up, then priced.
        const vars = { names, count, price, value };
        const summary = t(lang, 'cost.several.summary', vars);
        // Each one's value asked too ("一家要砸多少钱", "per cloud"): said, not left to the working.
        const each = priced.slice(1).map((c) => {
          const label = c.steps[0]?.operands[0]?.label;
          const entity = label === undefined ? undefined : kb.entityById.get(label);
          return {
            name: entity === undefined ? '' : name(entity),
            count: formatCount(c.steps[0]?.operands[0]?.value ?? 0, lang),
            value: formatAmount(c.result.value, c.result.unit, lang),
          };
        });
        const [one] = each;
        const eachLine =
          each.length < 2 || one === undefined
            ? []
            : each.every((e) => e.count === one.count && e.value === one.value)
              ? [t(lang, 'cost.several.eachAlike', one)]
              : [
                  t(lang, 'cost.several.eachList', {
                    items: formatList(
                      each.map((e) => t(lang, 'cost.several.eachItem', e)),
                      lang,
                    ),
                  }),
                ];
        return {
          title: t(lang, 'cost.several.title', vars),
          summary: joinSentences([summary, ...eachLine], lang),
        };
      }
      const vars = { company: subject, count, price, value };
      return { title: t(lang, 'cost.one.title', vars), summary: t(lang, 'cost.one.summary', vars) };
    }
    case 'compare': {
      // A sum converted ("their A100s together in H100s") states the conversions; the sum is working.
      // A conversion set against a count it falls short of: the shortfall after the conversion.
      const short = answer.calculations.find((c) => c.kind === 'difference');
      const shortLine =
        short === undefined
          ? []
          : [
              t(lang, 'compare.short', {
                target: formatCount(short.steps[0]?.operands[0]?.value ?? 0, lang),
                diff: formatCount(short.result.value, lang),
              }),
            ];
      // ("…能覆盖 2.5 万张需求的百分之几": the converted count as a share of the other.)
      const covered = answer.calculations.find((c) => c.kind === 'share');
      if (covered !== undefined)
        shortLine.push(
          t(lang, 'compare.covered', {
            target: formatCount(covered.steps[0]?.operands[1]?.value ?? 0, lang),
            share: formatAmount(covered.result.value, covered.result.unit, lang),
          }),
        );
      // (Only conversions: servers or yuan worked after them have lines of their own.)
      const lines = answer.calculations
        .filter(
          (c) =>
            c.kind === 'a100-equivalents' ||
            c.kind === 'h100-equivalents' ||
            c.kind === 'duration' ||
            c.kind === 'throughput',
        )
        .map((c) => {
          const [h100s, factor] = c.steps[0]?.operands ?? [];
          const fact = factor?.label === undefined ? undefined : kb.factById.get(factor.label);
          // A rate of work measured on one GPU: multiplied on A100 → H100, divided on H100 → A100.
          if (c.kind === 'throughput')
            return t(lang, c.steps[0]?.op === 'multiply' ? 'compare.rateToH100' : 'compare.rateToA100', {
              work: t(
                lang,
                fact?.metric === 'speedup-16bit-training' ? 'compare.training' : 'compare.inference',
              ),
              rate: formatAmount(h100s?.value ?? 0, 'duration', lang),
              result: formatAmount(c.result.value, 'duration', lang),
              factor: formatAmount(factor?.value ?? 0, 'duration', lang),
            });
          if (c.kind === 'duration') {
            // A job timed on one GPU: divided on A100 → H100, multiplied on H100 → A100.
            const fromA100 = c.steps[0]?.op === 'divide';
            return t(lang, fromA100 ? 'compare.durationToH100' : 'compare.durationToA100', {
              work: t(
                lang,
                fact?.metric === 'speedup-16bit-training' ? 'compare.training' : 'compare.inference',
              ),
              time: formatAmount(h100s?.value ?? 0, 'duration', lang),
              unit: durationUnit(h100s?.label, lang),
              result: formatAmount(c.result.value, 'duration', lang),
              factor: formatAmount(factor?.value ?? 0, 'duration', lang),
            });
          }
          const line = t(lang, c.kind === 'h100-equivalents' ? 'compare.lineReverse' : 'compare.line', {
            work: t(
              lang,
              fact?.metric === 'speedup-16bit-training' ? 'compare.training' : 'compare.inference',
            ),
            factor: formatAmount(factor?.value ?? 0, 'times', lang),
            // A100s → H100s divides: the count given is of A100s and the result of H100s.
            h100s: formatCount(c.kind === 'h100-equivalents' ? c.result.value : (h100s?.value ?? 0), lang),
            a100s: formatCount(c.kind === 'h100-equivalents' ? (h100s?.value ?? 0) : c.result.value, lang),
          });
          // ("if it were only 2x instead of 2.3x": worked at the user's factor, said beside the article's.)
          const q = fact?.quantity;
          const articles = q !== undefined && 'value' in q ? q.value : undefined;
          return articles === undefined || factor === undefined || articles === factor.value
            ? line
            : `${line}${lang === 'en' ? ' ' : ''}${t(lang, 'compare.userFactor', {
                factor: formatAmount(factor.value, 'times', lang),
                article: formatAmount(articles, 'times', lang),
              })}`;
        });
      // ("what does it say for 16-bit training and for 16-bit inference?": both speed-ups asked, both said.)
      const speedups = answer.facts.filter(
        (f) => f.topic === 'performance' && f.metric?.startsWith('speedup-'),
      );
      const opening =
        lines.length === 0 && speedups.length > 1
          ? speedups
              // (Training first, as the article gives them.)
              .toSorted(
                (a, b) =>
                  Number(b.metric === 'speedup-16bit-training') -
                  Number(a.metric === 'speedup-16bit-training'),
              )
              .map((f) => localize(f.text, lang))
          : [firstFact];
      return {
        title: topicTitle,
        // (After a sum, the first fact is one of the figures added: the converted line says the sum.)
        summary: joinSentences(
          [...(answer.calculations.some((c) => c.kind === 'sum') ? [] : opening), ...lines, ...shortLine],
          lang,
        ),
      };
    }
    case 'demand': {
      const sum = answer.calculations.findLast((c) => c.kind === 'sum');
      if (sum !== undefined && answer.subject === undefined) {
        // Several companies added up: "OpenAI and Inflection may want 72,000 H100s together." After a
        // what-if's changes (worked before the sum), the total is the what-if's, not §02's.
        const vars = { names, total: formatCount(sum.result.value, lang) };
        // The same names added up once with each of one's two figures (Meta's 25k and 100k).
        const both = bothFiguresSummed(answer);
        if (both !== undefined) {
          const entity = kb.entityById.get(both.label);
          return {
            title: t(lang, 'demand.several.title', vars),
            summary: t(lang, 'demand.severalBoth.summary', {
              names,
              low: formatCount(both.low, lang),
              high: formatCount(both.high, lang),
              one: entity === undefined ? both.label : name(entity),
              oneLow: formatCount(both.oneLow, lang),
              oneHigh: formatCount(both.oneHigh, lang),
            }),
          };
        }
        // (A figure set outright, "假如 Azure 要5万张", changes the sum with no working of its own.)
        if (
          answer.calculations.filter((c) => c.kind !== 'average' && c.kind !== 'remainder').length > 1 ||
          notStated(answer, sum)
        )
          return {
            title: t(lang, 'demand.several.title', vars),
            summary: t(lang, 'demand.severalChanged.summary', vars),
          };
        return {
          title: t(lang, 'demand.several.title', vars),
          summary: t(lang, 'demand.several.summary', vars),
        };
      }
      return { title: t(lang, 'demand.title', { company: subject }), summary: firstFact };
    }
    case 'holdings': {
      // Holdings added up ("Tesla + Stability", "GCP + CoreWeave"): the sum, or its range, first.
      const sums = answer.calculations.filter((c) => c.kind === 'sum').map((c) => c.result.value);
      if (answer.subject === undefined && sums.length > 0) {
        const low = Math.min(...sums);
        const high = Math.max(...sums);
        return {
          title: topicTitle,
          summary: t(lang, 'holdings.sum', {
            who: formatList(
              answer.related.map((e) => localize(e.name, lang)),
              lang,
            ),
            count:
              low === high ? formatCount(low, lang) : `${formatCount(low, lang)}–${formatCount(high, lang)}`,
            gpu: answer.facts[0]?.gpu ?? 'GPU',
          }),
        };
      }
      return answer.subject === undefined
        ? { title: topicTitle, summary: t(lang, 'holdings.all') }
        : { title: t(lang, 'holdings.title', { company: subject }), summary: firstFact };
    }
    case 'arithmetic': {
      // The steps are shown below; the summary gives the result, and the user's where it differs.
      const worked = answer.calculations.at(-1)?.result;
      const vars = {
        result: worked === undefined ? '' : formatAmount(worked.value, worked.unit, lang),
        claimed: formatAmount(answer.claimed ?? 0, worked?.unit ?? 'gpus', lang),
      };
      return {
        title: t(lang, 'arithmetic.title'),
        summary: t(lang, answer.verdict === 'no' ? 'arithmetic.off' : 'arithmetic.holds', vars),
      };
    }
    case 'overview': {
      // "Is Lambda one of the big clouds?": the group's list checked, its members said.
      const { check } = answer;
      if (check !== undefined && answer.subject?.kind === 'group') {
        const vars = { entity: name(check.entity), group: subject, members: names };
        return {
          title: subject,
          summary: t(lang, check.holds ? 'membership.in' : 'membership.out', vars),
        };
      }
      return { title: subject, summary: t(lang, 'overview.summary', { subject }) };
    }
    case 'topic':
      // "Which chinese companies does the total leave out?": every one it names, not the first alone.
      if (answer.topic === 'not-counted' && answer.subject === undefined) {
        const left = answer.facts
          .filter((f) => f.topic === 'not-counted')
          .flatMap((f) => kb.entityById.get(f.subject ?? '') ?? []);
        if (left.length > 1)
          return {
            title: topicTitle,
            summary: t(lang, 'notCounted.list', { names: formatList(left.map(name), lang) }),
          };
      }
      // "Who wants 10k?": every name the figure is said of, not the first one's line alone.
      if ((answer.topic === 'demand' || answer.topic === 'holdings') && answer.related.length > 1) {
        const values = new Set(
          answer.facts.map((f) =>
            f.quantity !== undefined && 'value' in f.quantity ? f.quantity.value : -1,
          ),
        );
        const [value] = values;
        const gpuName = answer.facts[0]?.gpu ?? 'H100';
        if (values.size === 1 && value !== undefined && value >= 0)
          return {
            title: topicTitle,
            summary: t(lang, answer.topic === 'demand' ? 'stated.eachWants' : 'stated.eachHas', {
              names: formatList(answer.related.map(name), lang),
              count: formatCount(value, lang),
              gpu: gpuName,
            }),
          };
      }
      // The article's date answers "how old is this?" as much as its title does.
      return {
        title: topicTitle,
        summary:
          answer.topic === 'source'
            ? t(lang, 'answer.asOf', { asOf: capitalise(localize(kb.source.asOf, lang)), fact: firstFact })
            : firstFact,
      };
    case 'help':
      return {
        title: t(lang, 'help.title'),
        summary: t(lang, 'help.summary', {
          source: sourceName(kb, lang),
          asOf: localize(kb.source.asOf, lang),
        }),
      };
    case 'not-found':
      return {
        title: t(lang, 'notFound.title'),
        summary:
          answer.missing === undefined
            ? t(lang, 'notFound.general')
            : t(lang, 'notFound.missing', {
                missing: echoInCornerBrackets(describeMissing(answer.missing, lang)),
              }),
      };
    case 'error':
      return {
        title: t(lang, 'error.title'),
        summary: answer.error === undefined ? '' : localize(answer.error.text, lang),
      };
    case 'comparison':
    case 'ranking':
    case 'share':
    case 'what-if':
      return summarizeOperation({ ...answer, kind: answer.kind }, lang, kb);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What several parts the article cannot answer miss, in one sentence: "…anything about “how many H100s
 * Tesla has” and “how many H100s Meta has” here…".
 */
export function missingSentence(missing: readonly Missing[], lang: ReplyLang): string {
  return t(lang, 'notFound.several', {
    list: formatList(
      missing.map((m) =>
        t(lang, 'notFound.item', { missing: echoInCornerBrackets(describeMissing(m, lang)) }),
      ),
      lang,
    ),
  });
}

/** What the user wrote, without brackets of its own, for quoting inside 「」 or “”. */
function echoInCornerBrackets(text: string): string {
  return text
    .replace(/[「」『』“”"《》]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A sum paid for a count, per GPU, against the article's price: "$2B for 50,000 H100s is $40,000 a GPU,
 * $5,000 (14.3%) more than the article's ~$35,000."
 */
function unitPriceSummary(
  answer: Answer,
  each: Answer['calculations'][number],
  lang: ReplyLang,
): { title: string; summary: string } {
  const money = (n: number) => formatMoney(n, answer.price, lang);
  const [paid, count] = each.steps[0]?.operands ?? [];
  const apart = answer.calculations.find((c) => c.kind === 'difference');
  const pct = answer.calculations.find((c) => c.kind === 'share');
  const [, article] = apart?.steps[0]?.operands ?? [];
  const gap = apart?.result.value ?? 0;
  const vars = {
    total: money(paid?.value ?? 0),
    count: formatCount(count?.value ?? 0, lang),
    each: money(each.result.value),
    price: money(article?.value ?? each.result.value),
    diff: money(Math.abs(gap)),
    pct: formatAmount(pct?.result.value ?? 0, 'percent', lang),
  };
  // (No difference worked: the sum paid comes to the article's own price.)
  const against =
    apart === undefined
      ? t(lang, 'cost.unitPrice.same', { ...vars, price: vars.each })
      : t(lang, gap > 0 ? 'cost.unitPrice.above' : 'cost.unitPrice.below', vars);
  return {
    title: t(lang, 'cost.unitPrice.title', vars),
    summary: `${t(lang, 'cost.unitPrice.summary', vars)}${against}`,
  };
}

/** A unit of time in the reader's language ("days", "天"); a label that is no unit, as it is. */
/** A time just worked out, said again in the unit asked: "That is about 52.17 hours." */
function timeUnitLines(answer: Answer, lang: ReplyLang): string[] {
  return answer.calculations
    .filter((c) => c.kind === 'time-unit')
    .map((c) =>
      t(lang, 'compare.inUnit', {
        result: formatAmount(c.result.value, 'duration', lang),
        unit: durationUnit(c.result.label, lang),
      }),
    );
}

function durationUnit(label: string | undefined, lang: ReplyLang): string {
  return label !== undefined && label in DURATION_WORDS
    ? t(lang, `duration.${label as DurationUnit}`)
    : (label ?? '');
}
