import type { Answer } from '../engine/answer.js';
import type { ReplyLang } from '../i18n/langs.js';
import { localize } from '../i18n/localize.js';
import { t } from '../i18n/t.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { formatAmount, formatCount, formatDecimal, formatList, formatMoney } from './formatNumber.js';
import { joinSentences } from './joinSentences.js';

type Operation = Extract<Answer['kind'], 'comparison' | 'ranking' | 'share' | 'what-if'>;

/** Title and summary for answers that operate on figures: comparisons, rankings, shares, what-ifs. */
export function summarizeOperation(
  answer: Answer & { kind: Operation },
  lang: ReplyLang,
  kb: KnowledgeBase,
): { title: string; summary: string } {
  const money = (n: number) => formatMoney(n, answer.price, lang);
  const nameOf = (id: string | undefined): string => {
    // A side of several entities ("anthropic+helsing+mistral") is named as a list.
    if (id?.includes('+'))
      return formatList(
        id.split('+').map((one) => nameOf(one)),
        lang,
      );
    const entity = id === undefined ? undefined : kb.entityById.get(id);
    return entity === undefined ? (id ?? '') : localize(entity.name, lang);
  };
  const count = (n: number) => formatCount(n, lang);
  const gpu = answer.facts[0]?.gpu === 'A100' ? 'A100' : 'H100';
  switch (answer.kind) {
    case 'comparison': {
      // (A count as a share of the gap, "2857张占43万张的百分之几", is said as the share below.)
      if (answer.topic === 'gap' && answer.calculations[0]?.kind !== 'share')
        return summarizeGap(answer, lang);
      const [a, b] = answer.related;
      // Two counts the question gives, one as a share of the other ("what % of 432k is 312k").
      const [only, ...others] = answer.calculations;
      if (a === undefined && only?.kind === 'share' && others.every((c) => c.kind === 'difference')) {
        const [part, whole] = only.steps[0]?.operands ?? [];
        const [short] = others;
        const shareLine = t(lang, 'op.countShare', {
          part: count(part?.value ?? 0),
          whole: count(whole?.value ?? 0),
          pct: formatAmount(only.result.value, 'percent', lang),
          gpu,
        });
        return {
          title: t(lang, 'op.vs', { a: count(part?.value ?? 0), b: count(whole?.value ?? 0) }),
          // ("…and how many are missing?": the shortfall after the share.)
          summary:
            short === undefined
              ? shareLine
              : `${shareLine}${lang === 'en' ? ' ' : ''}${t(lang, 'compare.short', {
                  target: count(whole?.value ?? 0),
                  diff: count(short.result.value),
                })}`,
        };
      }
      const diff = answer.calculations.find((c) => c.kind === 'difference');
      const times = answer.calculations.find((c) => c.kind === 'ratio');
      const [big, small] = diff?.steps[0]?.operands ?? [];
      // Counts of different GPUs: so many cards apart, each side with its GPU.
      if (
        answer.caveats.some((c) => c.id === 'different-gpus-compared') &&
        big !== undefined &&
        small !== undefined
      ) {
        const side = (o: typeof big) => {
          const gpuOf =
            answer.facts.find(
              (f) =>
                (o.label === undefined || f.subject === o.label) &&
                f.quantity !== undefined &&
                ('value' in f.quantity
                  ? f.quantity.value === o.value
                  : f.quantity.min === o.value || f.quantity.max === o.value),
            )?.gpu ?? gpu;
          const counted = t(lang, 'op.cardsCount', { count: count(o.value), gpu: gpuOf });
          return o.label === undefined ? counted : t(lang, 'op.cardsOf', { name: nameOf(o.label), counted });
        };
        return {
          title:
            big.label === small.label
              ? t(lang, 'op.vs', { a: count(big.value), b: count(small.value) })
              : t(lang, 'op.vs', {
                  a: nameOf(big.label) || count(big.value),
                  b: nameOf(small.label) || count(small.value),
                }),
          summary: joinSentences(
            [
              t(lang, times === undefined ? 'op.cards' : 'op.cardsTimes', {
                big: side(big),
                small: side(small),
                diff: count(diff?.result.value ?? 0),
                times: times === undefined ? '' : formatAmount(times.result.value, 'times', lang),
              }),
              // ("张数差多少? 多了百分之几?": the cards apart as a share of the fewer, when asked.)
              ...answer.calculations
                .filter((c) => c.kind === 'share' && c.result.unit === 'percent')
                .slice(0, 1)
                .map((c) =>
                  t(lang, 'op.percentMore', {
                    small: side(small),
                    pct: formatAmount(c.result.value, 'percent', lang),
                  }),
                ),
            ],
            lang,
          ),
        };
      }
      // The two speed-ups set against each other: factors, not GPUs.
      if (a === undefined && diff !== undefined && big?.unit === 'times' && small !== undefined)
        return {
          title: t(lang, 'op.vs', {
            a: formatAmount(big.value, 'times', lang),
            b: formatAmount(small.value, 'times', lang),
          }),
          summary: t(lang, 'op.factors', {
            big: formatAmount(big.value, 'times', lang),
            small: formatAmount(small.value, 'times', lang),
            diff: formatDecimal(diff.result.value),
            times: times === undefined ? '' : formatAmount(times.result.value, 'times', lang),
          }),
        };
      // Counts the question quotes, of no two entities ("the 22k it wants vs the 3,500 it used").
      if (a === undefined && diff !== undefined && big !== undefined && small !== undefined) {
        // (A range quoted against one count, "25k vs 35-40k", is worked at both ends: "10,000–15,000 more".)
        const [, upper] = answer.calculations.filter((c) => c.kind === 'difference');
        const [, upperTimes] = answer.calculations.filter((c) => c.kind === 'ratio');
        const upperBig = upper?.steps[0]?.operands[0];
        const spanOf = (low: string, high: string | undefined) =>
          high === undefined || high === low ? low : `${low}–${high}`;
        const timesText = (c: typeof times) =>
          c === undefined ? undefined : formatAmount(c.result.value, 'times', lang);
        const bigSpan = spanOf(count(big.value), upperBig === undefined ? undefined : count(upperBig.value));
        return {
          title: t(lang, 'op.vs', { a: bigSpan, b: count(small.value) }),
          summary:
            diff.result.value === 0 && upper === undefined
              ? t(lang, 'op.amountsLevel', { count: count(big.value), gpu })
              : t(lang, 'op.amounts', {
                  big: bigSpan,
                  small: count(small.value),
                  diff: spanOf(
                    count(diff.result.value),
                    upper === undefined ? undefined : count(upper.result.value),
                  ),
                  times: spanOf(timesText(times) ?? '', timesText(upperTimes)),
                  gpu,
                }),
        };
      }
      // Sides of several entities are titled by their labels, not by the first two entities.
      const sided = big?.label?.includes('+') === true || small?.label?.includes('+') === true;
      const title = sided
        ? t(lang, 'op.vs', { a: nameOf(big?.label), b: nameOf(small?.label) })
        : t(lang, 'op.vs', { a: nameOf(a?.id), b: nameOf(b?.id) });
      // Worked at both ends of a range: "10,000–15,000 more".
      const diffs = answer.calculations.filter((c) => c.kind === 'difference');
      const [least, most] = diffs;
      const leastOps = least?.steps[0]?.operands ?? [];
      const mostOps = most?.steps[0]?.operands ?? [];
      if (
        least !== undefined &&
        most !== undefined &&
        leastOps[0] !== undefined &&
        mostOps[0] !== undefined &&
        leastOps[1] !== undefined &&
        mostOps[1] !== undefined
      ) {
        const span = (x: number, y: number) => (x === y ? count(x) : `${count(x)}–${count(y)}`);
        // What one holds set against what another wants: covered with so many to spare, or short by so many.
        if (answer.covers === true) {
          const holderBig = leastOps[0].label === a?.id;
          const heldCount = holderBig
            ? span(leastOps[0].value, mostOps[0].value)
            : span(mostOps[1].value, leastOps[1].value);
          const wantedCount = holderBig
            ? span(mostOps[1].value, leastOps[1].value)
            : span(leastOps[0].value, mostOps[0].value);
          return {
            title,
            summary: t(lang, holderBig ? 'op.covers' : 'op.short', {
              holder: nameOf(a?.id),
              wanter: nameOf(b?.id),
              held: heldCount,
              wanted: wantedCount,
              diff: span(least.result.value, most.result.value),
              gpu,
            }),
          };
        }
        // (Differences that run opposite ways: a range that takes in the other figure, either side ahead.)
        if (leastOps[0].label !== mostOps[0].label)
          return {
            title,
            summary: t(lang, 'op.eitherMore', {
              a: nameOf(leastOps[0].label),
              aCount: span(mostOps[1].value, leastOps[0].value),
              b: nameOf(leastOps[1].label),
              bCount: span(leastOps[1].value, mostOps[0].value),
              ahead: count(least.result.value),
              behind: count(most.result.value),
              gpu,
            }),
          };
        const more = t(lang, answer.topic === 'holdings' ? 'op.moreRangeHoldings' : 'op.moreRangeDemand', {
          big: nameOf(leastOps[0].label),
          bigCount: span(leastOps[0].value, mostOps[0].value),
          small: nameOf(leastOps[1].label),
          smallCount: span(mostOps[1].value, leastOps[1].value),
          diff: span(least.result.value, most.result.value),
          gpu,
        });
        // ("how many times more…? low and high end": the ratio worked at both ends too.)
        const [lowRatio, highRatio] = answer.calculations.filter((c) => c.kind === 'ratio');
        const times =
          lowRatio === undefined || highRatio === undefined
            ? undefined
            : t(lang, 'op.timesRange', {
                // (One figure when both ends come to the same: "65.1", not "65.1–65.1".)
                times: [
                  ...new Set(
                    [lowRatio, highRatio].map((c) => formatDecimal(Math.round(c.result.value * 10) / 10)),
                  ),
                ].join('–'),
              });
        return { title, summary: times === undefined ? more : joinSentences([more, times], lang) };
      }
      if (diff === undefined || big === undefined || small === undefined)
        return {
          title,
          summary: joinSentences(
            answer.facts.map((f) => localize(f.text, lang)),
            lang,
          ),
        };
      if (diff.result.value === 0)
        return {
          title,
          summary: t(lang, 'op.level', {
            a: nameOf(big.label),
            b: nameOf(small.label),
            count: count(big.value),
            gpu,
          }),
        };
      const holdings = answer.topic === 'holdings';
      const moreKey = holdings ? 'op.moreHoldings' : 'op.moreDemand';
      const fewerKey = holdings ? 'op.fewerHoldings' : 'op.fewerDemand';
      const firstIsSmaller = a?.id === small.label && a?.id !== big.label;
      // "5 times as many" in words in English: the × sign reads as a multiplication in a sentence.
      const factor =
        times === undefined
          ? ''
          : lang === 'en'
            ? count(times.result.value)
            : formatAmount(times.result.value, 'times', lang);
      const compared = t(lang, firstIsSmaller ? fewerKey : moreKey, {
        big: nameOf(big.label),
        bigCount: count(big.value),
        small: nameOf(small.label),
        smallCount: count(small.value),
        diff: count(diff.result.value),
        times: factor,
        gpu,
      });
      // ("多百分之几?": the difference as a share of the smaller, when it was worked.)
      const inPercent = answer.calculations.find((c) => c.kind === 'share' && c.result.unit === 'percent');
      return {
        title,
        // In the asker's order: "does Inflection want more than Meta?" is answered about Inflection first.
        summary:
          inPercent === undefined
            ? compared
            : joinSentences(
                [
                  compared,
                  t(lang, 'op.percentMore', {
                    big: nameOf(big.label),
                    small: nameOf(small.label),
                    pct: formatAmount(inPercent.result.value, 'percent', lang),
                  }),
                ],
                lang,
              ),
      };
    }
    case 'ranking': {
      // A group's figure is the sum of its members' line items, worked in the answer's calculations.
      const summed = (e: (typeof answer.related)[number]) =>
        answer.calculations.find(
          (c) =>
            c.kind === 'sum' && (c.steps[0]?.operands ?? []).every((o) => e.members.includes(o.label ?? '')),
        )?.result.value;
      const order = answer.related.map((e, i) => {
        const q = answer.facts.find((f) => f.subject === e.id)?.quantity;
        const sum = q === undefined ? summed(e) : undefined;
        const figure =
          sum !== undefined
            ? count(sum)
            : q === undefined
              ? ''
              : 'value' in q
                ? count(q.value)
                : `${count(q.min)}–${count(q.max)}`;
        return `${i + 1}. ${localize(e.name, lang)} ${figure}`;
      });
      const top = answer.related[0];
      // Several level at the top ("Anthropic, Helsing, Mistral, Character: 10,000 each") share first place.
      const figureValue = (id: string) => {
        const q = answer.facts.find((f) => f.subject === id)?.quantity;
        return q !== undefined && 'value' in q ? q.value : undefined;
      };
      const topValue = top === undefined ? undefined : figureValue(top.id);
      const level = answer.related.filter((e) => topValue !== undefined && figureValue(e.id) === topValue);
      // ("which companies want more than 20k?": those past the bar the user drew, or none.)
      if (answer.bar !== undefined) {
        const { side, inclusive } = answer.bar;
        const barText = t(
          lang,
          side === 'above'
            ? inclusive
              ? 'op.barAtLeast'
              : 'op.barMoreThan'
            : inclusive
              ? 'op.barAtMost'
              : 'op.barFewerThan',
          {
            bar: count(answer.bar.value),
            gpu: answer.facts.find((f) => f.gpu !== undefined)?.gpu ?? 'H100',
          },
        );
        const held = answer.topic === 'holdings';
        return {
          title: t(lang, held ? 'op.barTitleHoldings' : 'op.barTitleDemand', { barText }),
          summary:
            order.length === 0
              ? t(lang, held ? 'op.barNoneHoldings' : 'op.barNoneDemand', { barText })
              : t(lang, held ? 'op.barHoldings' : 'op.barDemand', {
                  barText,
                  order: order.join(t(lang, 'op.rankSep')),
                }),
        };
      }
      const title = t(lang, answer.topic === 'holdings' ? 'op.rankTitleHoldings' : 'op.rankTitleDemand');
      // Ranked from the fewest ("which has the smallest ask"): those level first have the least.
      const lastValue = figureValue(answer.related.at(-1)?.id ?? '');
      const ascending = topValue !== undefined && lastValue !== undefined && topValue < lastValue;
      if (level.length > 1 && topValue !== undefined)
        return {
          title,
          summary: t(lang, ascending ? 'op.rankTieLow' : 'op.rankTie', {
            top: formatList(
              level.map((e) => localize(e.name, lang)),
              lang,
            ),
            count: count(topValue),
            order: order.join(t(lang, 'op.rankSep')),
          }),
        };
      return {
        title,
        // (A group at the top is plural: "the large cloud vendors come first".)
        summary: joinSentences(
          [
            t(lang, top?.kind === 'group' ? 'op.rankGroup' : 'op.rank', {
              top: top === undefined ? '' : localize(top.name, lang),
              order: order.join(t(lang, 'op.rankSep')),
            }),
            ...leadLine(answer, lang),
          ],
          lang,
        ),
      };
    }
    case 'share': {
      const calc = answer.calculations.find((c) => c.kind === 'share');
      const [part, whole] = calc?.steps[0]?.operands ?? [];
      // One entity's figure as a share of another's ("Tesla's A100s, of Meta's").
      const [first, second] = answer.related;
      // …or of several added up ("of the three together"), named as a list.
      const of = whole?.label?.includes('+') === true ? whole.label : second?.id;
      // What one has, of what it wants ("Google Cloud has 25,000, 83.3% of the 30,000 it may want").
      if (first !== undefined && first.id === second?.id && part !== undefined && whole !== undefined)
        return {
          title: t(lang, 'op.ownShareTitle', { a: nameOf(first.id) }),
          summary: t(lang, 'op.ownShare', {
            a: nameOf(first.id),
            part: count(part.value),
            whole: count(whole.value),
            pct: formatAmount(calc?.result.value ?? 0, 'percent', lang),
            gpu,
          }),
        };
      if (first !== undefined && of !== undefined && whole?.label === of && part?.label === first.id)
        return {
          title: t(lang, 'op.vs', { a: nameOf(first.id), b: nameOf(of) }),
          // (A count of the user's, owned by no one, is said as the count alone: "57 H100s are 0.3% of…".)
          summary: t(lang, first.kind === 'gpu' ? 'op.shareOfCount' : 'op.shareOf', {
            a: nameOf(first.id),
            b: nameOf(of),
            part: count(part.value),
            whole: count(whole.value),
            pct: formatAmount(calc?.result.value ?? 0, 'percent', lang),
            gpu,
          }),
        };
      const who = formatList(
        answer.related.map((e) => localize(e.name, lang)),
        lang,
      );
      // ("Inflection 要的占 43万缺口的百分之几": the whole is the article's gap, not its total.)
      const ofGap = whole?.label === 'h100-gap';
      return {
        title: t(lang, ofGap ? 'op.shareOfGapTitle' : 'op.shareTitle', { who }),
        summary: t(
          lang,
          ofGap ? 'op.shareOfGap' : whole?.label === 'meta-25k' ? 'op.shareOfMain' : 'op.share',
          {
            who,
            part: count(part?.value ?? 0),
            whole: count(whole?.value ?? 0),
            pct: calc === undefined ? '' : formatAmount(calc.result.value, 'percent', lang),
          },
        ),
      };
    }
    case 'what-if': {
      // (A change said as an increase or a cut is worked first: "50,000 (OpenAI) + 20,000 = 70,000".)
      const total = answer.calculations.find((c) => c.kind === 'gap-total');
      const value = answer.calculations.find((c) => c.kind === 'gap-value');
      if (total === undefined && answer.topic === 'gap')
        return answer.calculations[0]?.kind === 'scaled'
          ? summarizeScaledGap(answer, lang)
          : summarizeFilled(answer, lang);
      if (total === undefined && answer.topic === 'holdings') return summarizeShortfall(answer, lang);
      if (total === undefined) return summarizeItem(answer, lang);
      // The line items the user's own figures set apart from the new total: "Meta at 25,000".
      const baselineChanges = (from: (typeof answer.calculations)[number] | undefined) =>
        (from?.steps[0]?.operands ?? []).flatMap((o) => {
          const now = total.steps[0]?.operands.find((n) => n.label === o.label);
          const entity = answer.related.find((e) => e.id === o.label);
          return now === undefined || now.value === o.value || entity === undefined
            ? []
            : [t(lang, 'op.whatIfAt', { name: localize(entity.name, lang), count: count(o.value) })];
        });
      // Each change: the new count and the figure the article's total counts instead, with the line
      // items changed alike named together ("Azure, AWS and Oracle at 40,000").
      const alike = new Map<string, { names: string[]; now: number; was: string }>();
      for (const e of answer.related) {
        const now = total?.steps[0]?.operands.find((o) => o.label === e.id)?.value ?? 0;
        const q = answer.facts.find((f) => f.subject === e.id)?.quantity;
        const was = q === undefined || !('value' in q) ? '' : count(q.value);
        const key = `${now}|${was}`;
        const group = alike.get(key) ?? { names: [], now, was };
        group.names.push(localize(e.name, lang));
        alike.set(key, group);
      }
      const changes = [...alike.values()].map((g) =>
        // A company the article's total does not list is added, not changed.
        // (Set at the figure the total already counts, "with Meta at 100k", nothing is changed from.)
        t(
          lang,
          g.was === '' ? 'op.whatIfAdd' : g.was === count(g.now) ? 'op.whatIfKept' : 'op.whatIfChange',
          {
            name: formatList(g.names, lang),
            now: count(g.now),
            was: g.was,
          },
        ),
      );
      const line = t(lang, 'op.whatIf', {
        changes: changes.join(t(lang, 'list.sep')),
        total: count(total?.result.value ?? 0),
        price: answer.price === undefined ? '' : money(answer.price.value),
        value: money(value?.result.value ?? 0),
      });
      // "…总价值会少多少钱?": what the change does to the value of the article's own total.
      const moved = answer.calculations.find((c) => c.kind === 'difference' && c.result.unit !== 'gpus');
      const was = moved?.steps[0]?.operands[1]?.value;
      // (From the total with the figures the user says it had: "Meta 要10万而不是2.5万, 多花多少钱".)
      const fromBaseline = moved?.steps[0]?.operands[1]?.label === 'baseline-total';
      const valueChanges = baselineChanges(answer.calculations.find((c) => c.kind === 'sum'));
      const valueLine =
        moved === undefined || was === undefined
          ? ''
          : fromBaseline && valueChanges.length > 0
            ? t(lang, moved.result.value < 0 ? 'op.whatIfValueLessFrom' : 'op.whatIfValueMoreFrom', {
                was: money(was),
                diff: money(Math.abs(moved.result.value)),
                changes: formatList(valueChanges, lang),
              })
            : t(lang, moved.result.value < 0 ? 'op.whatIfValueLess' : 'op.whatIfValueMore', {
                was: money(was),
                diff: money(Math.abs(moved.result.value)),
              });
      // "…总需求增加多少张?": what the change does to the article's own total.
      // (Not one set against the part before, "…同按 2.5 萬計差幾多", which has a line of its own.)
      // (Only the new total's difference, not a change's own working: "100,000 − 20,000 = 80,000".)
      const totals = new Set(
        answer.calculations
          .filter((c) => c.kind === 'sum' || c.kind === 'gap-total')
          .map((c) => c.result.value),
      );
      const added = answer.calculations.find(
        (c) =>
          c.kind === 'difference' &&
          c.result.unit === 'gpus' &&
          totals.has(c.steps[0]?.operands[0]?.value ?? Number.NaN) &&
          !c.steps[0]?.operands.some((o) => o.label === 'earlier-value' || o.label === 'this-value'),
      );
      const before = added?.steps[0]?.operands[1]?.value;
      // (Against the total with the figures the user says it had: "Meta at 100k instead of 25k".)
      const from = answer.calculations.find(
        (c) => c.kind === 'sum' && added?.steps[0]?.operands[1]?.label === 'baseline-total',
      );
      const fromChanges = baselineChanges(from);
      const countLine =
        added === undefined || before === undefined
          ? ''
          : from !== undefined && fromChanges.length > 0
            ? t(lang, added.result.value < 0 ? 'op.whatIfCountLessFrom' : 'op.whatIfCountMoreFrom', {
                was: count(before),
                diff: count(Math.abs(added.result.value)),
                changes: formatList(fromChanges, lang),
              })
            : t(
                lang,
                added.result.value < 0
                  ? 'op.whatIfCountLess'
                  : added.result.value === 0
                    ? 'op.whatIfCountSame'
                    : 'op.whatIfCountMore',
                {
                  was: count(before),
                  diff: count(Math.abs(added.result.value)),
                },
              );
      // ("…总需求变多少? OpenAI占比多少": the changed one's share of the new total.)
      const portion = answer.calculations.find((c) => c.kind === 'share');
      const part = portion?.steps[0]?.operands[0]?.label;
      const partName = part === undefined ? undefined : answer.related.find((e) => e.id === part)?.name;
      const shareLine =
        portion === undefined || partName === undefined
          ? ''
          : t(lang, 'op.whatIfShare', {
              name: localize(partName, lang),
              pct: formatAmount(portion.result.value, 'percent', lang),
            });
      return {
        title: t(lang, 'op.whatIfTitle'),
        summary: joinSentences(
          [line, countLine, valueLine, shareLine].filter((l) => l !== ''),
          lang,
        ),
      };
    }
  }
}

/** "…and how far ahead of #2?": the first's lead over the second, when the ranking worked it out. */
function leadLine(answer: Answer, lang: ReplyLang): string[] {
  const lead = answer.calculations.find((c) => c.kind === 'difference');
  const [first, second] = lead?.steps[0]?.operands ?? [];
  const name = (id: string | undefined) => answer.related.find((e) => e.id === id)?.name;
  const top = name(first?.label);
  const next = name(second?.label);
  if (lead === undefined || top === undefined || next === undefined) return [];
  return [
    t(lang, 'op.rankLead', {
      top: localize(top, lang),
      second: localize(next, lang),
      diff: formatAmount(lead.result.value, 'gpus', lang),
    }),
  ];
}

/** One entity's own figure under a what-if: the new count, what it adds, and what it costs, as asked. */
function summarizeItem(answer: Answer, lang: ReplyLang): { title: string; summary: string } {
  const money = (n: number) => formatMoney(n, answer.price, lang);
  const name = answer.subject === undefined ? '' : localize(answer.subject.name, lang);
  const q = answer.facts.find((f) => f.subject === answer.subject?.id)?.quantity;
  const was = q === undefined ? 0 : 'value' in q ? q.value : q.max;
  const priced = answer.calculations.find((c) => c.kind === 'demand-cost');
  // The new count: the one priced, else the entity's side of its difference from the article's figure,
  // else the result of the change's working.
  const id = answer.subject?.id;
  const compared = answer.calculations
    .filter((c) => c.kind === 'difference')
    .flatMap((c) => c.steps[0]?.operands ?? [])
    .find((o, _, all) => o.label === id && all.every((x) => x.label !== undefined));
  const pricedCount = priced?.steps[0]?.operands[0]?.value;
  // ("多出来的那部分值多少钱": what is priced is the change, not the new count.)
  const changePriced = compared !== undefined && pricedCount !== undefined && pricedCount !== compared.value;
  const now =
    (changePriced ? compared?.value : pricedCount) ??
    compared?.value ??
    answer.calculations[0]?.result.value ??
    was;
  const key = now > was ? 'op.whatIfItemMore' : now < was ? 'op.whatIfItemFewer' : 'op.whatIfItem';
  const vars = {
    name,
    now: formatCount(now, lang),
    was: formatCount(was, lang),
    diff: formatCount(Math.abs(now - was), lang),
    price: answer.price === undefined ? '' : money(answer.price.value),
    value: priced === undefined ? '' : money(priced.result.value),
  };
  const line = t(lang, key, vars);
  return {
    title: t(lang, 'op.whatIfTitle'),
    summary:
      priced === undefined
        ? line
        : `${line}${t(lang, changePriced ? (now >= was ? 'op.whatIfItemExtraValue' : 'op.whatIfItemFewerValue') : 'op.whatIfItemValue', vars)}`,
  };
}

/** The headline shortage against another figure: how many times it is, and the difference. */
function summarizeGap(answer: Answer, lang: ReplyLang): { title: string; summary: string } {
  const times = answer.calculations.find((c) => c.kind === 'ratio');
  const diff = answer.calculations.find((c) => c.kind === 'difference');
  const gapId = answer.facts[0]?.id;
  const operands = diff?.steps[0]?.operands ?? [];
  const gap = operands.find((o) => o.label === gapId)?.value ?? 0;
  const other = operands.find((o) => o.label !== gapId)?.value ?? 0;
  const otherName =
    answer.subject === undefined ? t(lang, 'op.gapTotal') : localize(answer.subject.name, lang);
  const vars = {
    gap: formatCount(gap, lang),
    other: otherName,
    count: formatCount(other, lang),
    gpu: answer.facts[1]?.gpu ?? 'H100',
    times: formatAmount(times?.result.value ?? 0, 'times', lang),
    diff: formatCount(diff?.result.value ?? 0, lang),
  };
  const key = times === undefined ? (gap >= other ? 'op.gapMore' : 'op.gapFewer') : 'op.gapTimes';
  return { title: t(lang, 'op.vs', { a: t(lang, 'topic.gap'), b: otherName }), summary: t(lang, key, vars) };
}

/** What an entity has or gets against what it wants: the count short, and the share it has. */
function summarizeShortfall(answer: Answer, lang: ReplyLang): { title: string; summary: string } {
  const money = (n: number) => formatMoney(n, answer.price, lang);
  const short = answer.calculations.find((c) => c.kind === 'difference');
  const part = answer.calculations.find((c) => c.kind === 'share');
  const [wanted, had] = short?.steps[0]?.operands ?? [];
  const vars = {
    name: answer.subject === undefined ? '' : localize(answer.subject.name, lang),
    had: formatCount(had?.value ?? 0, lang),
    wanted: formatCount(wanted?.value ?? 0, lang),
    left: formatCount(short?.result.value ?? 0, lang),
    pct: part === undefined ? '0%' : formatAmount(part.result.value, 'percent', lang),
  };
  const priced = answer.calculations.find((c) => c.kind === 'demand-cost');
  const line = t(lang, 'op.shortfall', vars);
  return {
    title: t(lang, 'op.whatIfTitle'),
    summary:
      priced === undefined || answer.price === undefined
        ? line
        : `${line}${t(lang, 'op.shortfallValue', { price: money(answer.price.value), value: money(priced.result.value) })}`,
  };
}

/** The headline's shortage among the answer's facts; 0 when it is not there. */
function headlineGap(answer: Answer): number {
  const q = answer.facts.find((f) => f.metric === 'h100-gap')?.quantity;
  return q !== undefined && 'value' in q ? q.value : 0;
}

/** The shortage scaled by a factor ("缺口减半"). */
function summarizeScaledGap(answer: Answer, lang: ReplyLang): { title: string; summary: string } {
  const scaled = answer.calculations[0];
  const [gap, factor] = scaled?.steps[0]?.operands ?? [];
  const vars = {
    gap: formatCount(gap?.value ?? 0, lang),
    factor: formatDecimal(factor?.value ?? 0),
    left: formatCount(scaled?.result.value ?? 0, lang),
    headline: formatCount(headlineGap(answer), lang),
  };
  // ("…剩下这部分值多少钱?": what is left, valued.)
  const value = answer.calculations.find((c) => c.kind === 'gap-value');
  const valued =
    value === undefined || answer.price === undefined
      ? ''
      : t(lang, 'op.gapScaledValue', {
          price: formatMoney(answer.price.value, answer.price, lang),
          value: formatMoney(value.result.value, answer.price, lang),
        });
  return {
    title: t(lang, 'op.whatIfTitle'),
    summary:
      t(lang, answer.facts[0]?.metric === 'h100-demand-total' ? 'op.gapScaledTotal' : 'op.gapScaled', vars) +
      (valued === '' ? '' : `${lang === 'en' ? ' ' : ''}${valued}`),
  };
}

/** What would remain of the shortage after some GPUs were delivered. */
function summarizeFilled(answer: Answer, lang: ReplyLang): { title: string; summary: string } {
  const left = answer.calculations[0];
  const [gap, supplied] = left?.steps[0]?.operands ?? [];
  const vars = {
    gap: formatCount(gap?.value ?? 0, lang),
    supplied: formatCount(supplied?.value ?? 0, lang),
    left: formatCount(left?.result.value ?? 0, lang),
    name: answer.subject === undefined ? '' : localize(answer.subject.name, lang),
    headline: formatCount(headlineGap(answer), lang),
  };
  return {
    title: t(lang, 'op.whatIfTitle'),
    summary: t(
      lang,
      // (Off §02's total, which the user called the shortage, the reply says which figure it is.)
      answer.facts[0]?.metric === 'h100-demand-total'
        ? answer.subject === undefined
          ? 'op.gapFilledTotal'
          : 'op.gapFilledTotalFor'
        : answer.subject === undefined
          ? 'op.gapFilled'
          : 'op.gapFilledFor',
      vars,
    ),
  };
}
