// ../../tmp/perf/prof.mts
import { readFileSync as readFileSync3 } from "node:fs";

// src/commands/formatCommand.ts
function formatCommand(command) {
  const args = Object.entries(command.args).map(([name, value]) => `${name}:${String(value)}`);
  return [`/${command.name}`, ...args].join(" ");
}

// src/errors/UserInputError.ts
var UserInputError = class extends Error {
  constructor(code, text) {
    super(text.en);
    this.code = code;
    this.text = text;
  }
  code;
  text;
  name = "UserInputError";
};

// src/limits/inputLimits.ts
var INPUT_LIMITS = {
  /** `/ask question:` (its `max_length`), and free text from mentions, DMs and the context menu. */
  question: 500,
  /** Entity options such as `/cloud company:` (their `max_length`); the longest name is far shorter. */
  entityName: 100,
  /**
   * The focused value of an autocomplete request: the longest name or alias in the knowledge is 32
   * characters, and names that long or longer cost the fuzzy matcher more and match nothing more.
   */
  autocomplete: 32
};
function boundText(text, max) {
  let units2 = 0;
  for (let points = 0; points < max && units2 < text.length; points++) {
    units2 += (text.codePointAt(units2) ?? 0) > 65535 ? 2 : 1;
  }
  const cut = units2 < text.length;
  return { text: cut ? text.slice(0, units2) : text, cut };
}

// src/calculator/exchangeToYuan.ts
var MAX_YUAN_PER_USD = 100;
function exchangeToYuan(usd, rate, each = false) {
  if (!Number.isFinite(rate) || rate <= 0 || rate > MAX_YUAN_PER_USD) {
    throw new UserInputError("invalid-rate", {
      en: `The exchange rate must be a number of yuan to the dollar above 0 and at most ${MAX_YUAN_PER_USD}, e.g. 7.2.`,
      zh: `\u6C47\u7387\u987B\u4E3A\u6BCF\u7F8E\u5143\u5151\u5927\u4E8E 0\u3001\u4E0D\u8D85\u8FC7 ${MAX_YUAN_PER_USD} \u5143\u4EBA\u6C11\u5E01\u7684\u6570\u5B57\uFF0C\u4F8B\u5982 7.2\u3002`
    });
  }
  const result = { value: Math.round(usd * rate * 100) / 100, unit: each ? "cny-per-gpu" : "cny" };
  return {
    kind: "exchange",
    result,
    steps: [
      {
        op: "multiply",
        operands: [
          { value: usd, unit: each ? "usd-per-gpu" : "usd" },
          { value: rate, unit: "cny-per-usd" }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/inYuan.ts
var IN_YUAN = { usd: "cny", "usd-per-gpu": "cny-per-gpu" };
var IN_FOREIGN = {
  hkd: { usd: "hkd", "usd-per-gpu": "hkd-per-gpu" },
  twd: { usd: "twd", "usd-per-gpu": "twd-per-gpu" }
};
var MONEY_KINDS = /* @__PURE__ */ new Set(["gap-value", "demand-cost"]);
function inYuan(answer, slots) {
  const { rate } = slots;
  const userPriced = answer.price?.fromUser === true && answer.price.value === slots.price?.value;
  const foreign = slots.price?.foreign;
  if (userPriced && answer.price !== void 0 && foreign !== void 0)
    return relabelled({ ...answer, price: { ...answer.price, foreign } }, IN_FOREIGN[foreign]);
  if (userPriced && answer.price !== void 0 && slots.price?.yuan)
    return relabelled({ ...answer, price: { ...answer.price, yuan: true } }, IN_YUAN);
  if (rate === void 0 || answer.price?.yuan) return answer;
  const sums = answer.calculations.filter((c) => MONEY_KINDS.has(c.kind) && c.result.unit === "usd");
  const quoted = answer.facts.find((f) => f.unit === "usd-per-gpu")?.quantity;
  const price = answer.price?.value ?? (quoted !== void 0 && "value" in quoted ? quoted.value : void 0);
  const exchanged = sums.length > 0 ? sums.map((c) => exchangeToYuan(c.result.value, rate.value)) : price === void 0 ? [] : [exchangeToYuan(price, rate.value, true)];
  return exchanged.length === 0 ? answer : { ...answer, calculations: [...answer.calculations, ...exchanged] };
}
function relabelled(answer, to) {
  const relabel = (a) => ({ ...a, unit: to[a.unit] ?? a.unit });
  return {
    ...answer,
    calculations: answer.calculations.map((c) => ({
      ...c,
      result: relabel(c.result),
      steps: c.steps.map((s) => ({ ...s, operands: s.operands.map(relabel), result: relabel(s.result) }))
    }))
  };
}

// src/engine/answers/buildAnswer.ts
var OPTIONAL = [
  "topic",
  "subject",
  "check",
  "price",
  "scenario",
  "missing",
  "error",
  "verdict",
  "claimed",
  "parts",
  "unused",
  "trace"
];
function buildAnswer(ctx, parts) {
  const facts = parts.facts === void 0 ? [] : uniqueFacts(parts.facts);
  const caveats = caveatsOf(ctx, facts, parts.extraCaveats);
  const answer = {
    kind: parts.kind,
    found: parts.found,
    question: ctx.question,
    lang: ctx.lang,
    related: parts.related ?? [],
    facts,
    calculations: parts.calculations ?? [],
    caveats,
    sections: sectionsOf(facts),
    suggestions: parts.suggestions ?? []
  };
  for (const key of OPTIONAL) if (parts[key] !== void 0) copy(answer, parts, key);
  return answer;
}
function copy(to, from, key) {
  to[key] = from[key];
}
function caveatsOf(ctx, facts, extra = []) {
  if (facts.length === 0 && extra.length === 0) return [];
  const ids = /* @__PURE__ */ new Set();
  for (const fact of facts) for (const id of fact.caveats) ids.add(id);
  for (const id of extra) ids.add(id);
  const caveats = [];
  for (const id of ids) {
    const caveat = ctx.kb.caveatById.get(id);
    if (caveat !== void 0) caveats.push(caveat);
  }
  return caveats;
}
function sectionsOf(facts) {
  if (facts.length === 0) return [];
  return [...new Set(facts.map((f) => f.section))].sort();
}
function uniqueFacts(facts) {
  const seen = /* @__PURE__ */ new Set();
  return facts.filter((f) => !seen.has(f.id) && seen.add(f.id));
}

// src/engine/answers/notFound.ts
function notFound(ctx, missing, suggestions = []) {
  return buildAnswer(ctx, {
    kind: "not-found",
    found: false,
    ...missing === void 0 || missing === "" ? {} : { missing: typeof missing === "string" ? { what: "words", text: missing } : missing },
    suggestions: suggestions.slice(0, 5)
  });
}

// src/engine/answers/factQueries.ts
function factsOnTopics(kb2, topics) {
  return kb2.facts.filter((f) => topics.includes(f.topic));
}
function factsAbout(kb2, entity, topics) {
  const onTopic2 = (f) => topics === void 0 || topics.includes(f.topic);
  const subject = kb2.facts.filter((f) => onTopic2(f) && f.subject === entity.id);
  const involved = kb2.facts.filter(
    (f) => onTopic2(f) && f.subject !== entity.id && f.objects.includes(entity.id)
  );
  return [...subject, ...involved];
}
function subjectOf(kb2, fact) {
  return fact.subject === void 0 ? void 0 : kb2.entityById.get(fact.subject);
}
function endsOfQuantity(q) {
  return "value" in q ? [q.value, q.value] : [q.min, q.max];
}
function statesFigure(fact, value) {
  return fact.quantity !== void 0 && endsOfQuantity(fact.quantity).includes(value);
}
function statingCount(facts, value) {
  return facts.find((f) => f.unit === "gpus" && statesFigure(f, value));
}
function quantityOf(fact) {
  if (fact.quantity === void 0) return void 0;
  return "value" in fact.quantity ? fact.quantity.value : fact.quantity.max;
}

// src/engine/articleFigures.ts
var cache = /* @__PURE__ */ new WeakMap();
function articleFigures(kb2) {
  const known = cache.get(kb2);
  if (known !== void 0) return known;
  const single = (metric) => {
    const fact = kb2.facts.find((f) => f.metric === metric);
    return fact === void 0 ? void 0 : quantityOf(fact);
  };
  const high = kb2.facts.find((f) => f.metric === "h100-demand-high");
  const low = kb2.facts.find((f) => f.metric === "h100-demand" && f.subject === high?.subject);
  const lowValue = low === void 0 ? void 0 : quantityOf(low);
  const highValue = high === void 0 ? void 0 : quantityOf(high);
  const notCounted = new Set(
    kb2.facts.filter((f) => f.topic === "not-counted").flatMap((f) => [f.subject, f.gpu?.toLowerCase()].filter((id) => id !== void 0))
  );
  const total = single("h100-demand-total");
  const gap2 = single("h100-gap");
  const gpuCounts = new Set(
    kb2.facts.flatMap(
      (f) => f.unit === "gpus" && f.quantity !== void 0 ? endsOfQuantity(f.quantity) : []
    )
  );
  const sourceIds = new Set(
    kb2.facts.filter((f) => f.topic === "source").flatMap((f) => [f.subject ?? "", ...f.objects])
  );
  const countsBySubject = /* @__PURE__ */ new Map();
  for (const f of kb2.facts) {
    if (f.subject === void 0 || f.quantity === void 0) continue;
    countsBySubject.set(f.subject, [
      ...countsBySubject.get(f.subject) ?? [],
      ...endsOfQuantity(f.quantity)
    ]);
  }
  const figures = {
    ...total === void 0 ? {} : { totalDemand: total },
    ...gap2 === void 0 ? {} : { gap: gap2 },
    ...high?.subject === void 0 || lowValue === void 0 || highValue === void 0 ? {} : { scenario: { entityId: high.subject, low: lowValue, high: highValue } },
    notCounted,
    gpuCounts,
    sourceIds,
    countsBySubject
  };
  cache.set(kb2, figures);
  return figures;
}

// src/engine/amounts.ts
var BETWEEN_BEFORE = /\b(?:between|from)\s*$/iu;
var RANGE_BETWEEN = /^\s*(?:-|–|—|~|～|to|到|至)\s*$/u;
var MULTIPLIERS = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  \u5343: 1e3,
  w: 1e4,
  \u4E07: 1e4,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  mil: 1e6,
  mln: 1e6,
  b: 1e9,
  bil: 1e9,
  bln: 1e9,
  bn: 1e9,
  billion: 1e9,
  \u4EBF: 1e8
};
var NUMBER = new RegExp(
  [
    // Not the tail of a longer number ("30,000" is not read as 000); a comma after anything else is
    // punctuation, as when a Chinese "，" (NFKC ",") comes right before a number: "4万美元，43万张".
    // "10k-25k" is a range: the hyphen after a scale letter that follows a digit is not a name's ("GPT-4").
    String.raw`(?<![A-Za-z\d.])(?<!\d,)(?<!(?<!\d)[A-Za-z]-)`,
    // A minus sign right before the amount ("-5", "-$30k") is kept, so a negative price is rejected
    // rather than silently read as positive; a hyphen after a digit or letter is a range or a name.
    String.raw`(?<sign>[-−](?=(?:us\$|\$|usd ?)?\d))?`,
    String.raw`(?<cur>(?<hkd>hk\$|hkd ?)|(?<twd>nt\$|twd ?|ntd ?)|us\$|\$|usd ?|(?<yuan>¥|rmb ?|cny ?))?`,
    String.raw`(?<sign2>[-−](?=\d))?`,
    // "50,000", "50 000" (a space between thousands), "5e4", "2.5".
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?e\d{1,2}(?![\d.])|\d+(?:\.\d+)?)`,
    `(?: ?(?<word>thousand|grand|million|billion|mil|mln|bil|bln)|(?<mult>bn|mn|k|m|b|w|\u5343|\u4E07|\u4EBF)|(?<times>x|\xD7))?`,
    // ("3,500-H100 run", "100k-card scenario" count GPUs: a hyphen before a GPU's word joins a count to it.)
    String.raw`(?![A-Za-z\d])(?!-(?!(?:h100|a100|h800|gpu|card|chip)s?\b)[A-Za-z])(?!\.\d)`,
    // (元 alone is the yuan, as in "25万元"; 美元 and 港元 are read whole, so 元 never ends them here. 蚊 is
    // Cantonese slang for the dollar, as 块 is Mandarin's.)
    `(?: ?(?<cur2>(?<hkd2>\u6E2F\u5E01|\u6E2F\u5E63|\u6E2F\u5143|\u6E2F\u7EB8|\u6E2F\u7D19|hkd|hk dollars?)|(?<twd2>\u65B0\u53F0\u5E01|\u65B0\u53F0\u5E63|\u53F0\u5E01|\u53F0\u5E63|twd|ntd|nt dollars?)|\u7F8E\u5143|\u7F8E\u91D1|\u7F8E\u5200|\u5200|\u9541|\u9382|\u5757\u94B1|\u5757\u7F8E\u91D1|\u5757\u7F8E\u5143|\u584A\u7F8E\u91D1|\u868A|dollars?|usd|bucks|(?<yuan2>\u5143\u4EBA\u6C11\u5E01|\u5143\u4EBA\u6C11\u5E63|\u5757\u4EBA\u6C11\u5E01|\u584A\u4EBA\u6C11\u5E63|\u5757\u94B1\u4EBA\u6C11\u5E01|\u4EBA\u6C11\u5E01|\u4EBA\u6C11\u5E63|rmb|cny|yuan|\u5143)))?`
  ].join(""),
  "giu"
);
var GPU_AFTER = /^-?\s*(?:张|块|個|个|片|台)?\s*(?:nvidia\s*)?(?:(?:hgx |dgx )?(?<model>h100|a100|h800)|gpu|card|张|块|个|卡)/iu;
var PER_UNIT_AFTER = /^\s*(?:(?:usd|dollars?|bucks|美元|美金|刀)\s*)?(?:each|apiece|a piece|a pop|per (?:gpu|card|unit|h100|chip)|a (?:gpu|card|unit|h100)|an h100|\/ ?(?:gpu|card|unit|h100|ea)|一张|一块|一个|一片|每张|每块)/iu;
var PER_UNIT_BEFORE = /(?:每张|每块|每个|每片|单价|per (?:gpu|card|h100|unit)|unit price (?:of |is )?)\s*(?:约|大约|是|为|按)?\s*$/iu;
var YUAN_BLOCK = /^\s*块\s*(?:钱|一张|一块|一个|每张|每块)/u;
var YUAN_AFTER = /^\s*(?:块|塊|元)?\s*(?:(?:一|每)(?:张|块|个|片)\s*(?:算|计)?\s*)?[(（]?\s*(?:人民币|人民幣|(?:in\s+)?(?:rmb|cny|yuan)\b)/iu;
var DOLLAR_AFTER = /^\s*(?:块|塊)?\s*[(（]\s*(?:美元|美金|美刀|刀|usd|us\$|\$|dollars?)\s*[)）]/iu;
var DURATION_WORDS = {
  milliseconds: ["milliseconds", "millisecond", "ms", "\u6BEB\u79D2"],
  seconds: ["seconds", "second", "secs", "sec", "\u79D2"],
  minutes: ["minutes", "minute", "mins", "min", "\u5206\u949F"],
  hours: ["hours", "hour", "hrs", "hr", "h", "\u4E2A\u5C0F\u65F6", "\u5C0F\u65F6", "\u4E2A\u949F\u5934", "\u4E2A\u949F", "\u949F\u5934"],
  days: ["days", "day", "\u5929", "\u65E5"],
  weeks: ["weeks", "week", "\u4E2A\u661F\u671F", "\u4E2A\u793C\u62DC", "\u793C\u62DC", "\u661F\u671F", "\u5468"],
  months: ["months", "month", "\u4E2A\u6708"]
};
var UNIT_OF_WORD = new Map(
  Object.entries(DURATION_WORDS).flatMap(
    ([unit, words]) => words.map((w) => [w, unit])
  )
);
var DURATION_AFTER = new RegExp(
  `^\\s*(?<unit>${[...UNIT_OF_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => /^[a-z]/.test(w) ? `${w}\\b` : w === "\u65E5" ? "\u65E5(?![\u672C\u671F\u5143\u5E01])" : w).join("|")})`,
  "iu"
);
function durationOf(after) {
  const word = DURATION_AFTER.exec(after)?.groups?.unit?.toLowerCase();
  const unit = word === void 0 ? void 0 : UNIT_OF_WORD.get(word);
  return unit === void 0 ? {} : { duration: unit };
}
var COUNT_VERB_BEFORE = /(?:\bwants?|\bwanted|\bneeds?|\bneeded|需要|\bdoubles? (?:to|到)|翻倍到)\s*$/iu;
var PERCENT_AFTER = /^\s*(?:%|percent|per cent|pct)/iu;
var RATIO_AFTER = /^\s*(?:x\b|×|倍|times\b|fold\b)(?!\s*~?\s*(?:us)?\$?\d)/iu;
var YEAR_AFTER = /^(?:\s*年|-\d{1,2}-\d{1,2}|\/\d{1,2})/u;
var YEAR_BEFORE = /(?:\bit(?:'|’)?s\s+|\bit is\s+|(?:\b(?:in|by|since|until|till|from|of|early|late|mid|year|q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,?\s*)|(?:\d{1,2},?\s*))$/iu;
var DAY_AFTER = /^\s*(?:月|号|號)/u;
var MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$|月\s*$|(?:19|20)\d\d-(?:\d{1,2}-)?$/iu;
var MODEL_SIZE_AFTER = /^\s*(?:-?param|parameters?|models?|llms?|模型|参数|參數|大模型)/iu;
var BOX_OF = /^\s*(?:nvidia\s*)?(?:hgx|dgx)\b|^\s*(?:h100|a100|h800|gpu)s?\s*(?:\d+\s*gb\s*)?(?:box|node|server|machine|rig|system)s?\b/iu;
function isDate(digits, folded, start, end) {
  const after = folded.slice(end, end + 8);
  const before = folded.slice(Math.max(0, start - 10), start);
  if (/^(?:19|20)\d\d$/u.test(digits)) return YEAR_AFTER.test(after) || YEAR_BEFORE.test(before);
  if (/^\d{1,2}$/u.test(digits)) return DAY_AFTER.test(after) || MONTH_BEFORE.test(before);
  return false;
}
function findNumbers(text) {
  const mentions = [];
  const folded = text.normalize("NFKC");
  for (const match2 of folded.matchAll(NUMBER)) {
    const groups = match2.groups ?? {};
    const digits = groups.num;
    if (digits === void 0) continue;
    const scale = MULTIPLIERS[(groups.word ?? groups.mult ?? "").toLowerCase()] ?? 1;
    const negative = groups.sign !== void 0 || groups.sign2 !== void 0;
    const value = (negative ? -1 : 1) * Number(digits.replaceAll(",", "").replaceAll(" ", "")) * scale;
    if (!Number.isFinite(value)) continue;
    const start = match2.index;
    const end = start + match2[0].length;
    if (groups.word === void 0 && groups.mult === void 0 && groups.cur === void 0 && groups.cur2 === void 0 && isDate(digits, folded, start, end))
      continue;
    const bare = groups.cur === void 0 && groups.cur2 === void 0;
    if (bare && /^[bm]/iu.test(groups.mult ?? groups.word ?? "") && MODEL_SIZE_AFTER.test(folded.slice(end, end + 16)))
      continue;
    const after = folded.slice(end);
    const gpuAfter = GPU_AFTER.exec(after);
    const model = gpuAfter?.groups?.model?.toLowerCase();
    mentions.push({
      value: Math.round(value * 1e6) / 1e6,
      start,
      end,
      currency: groups.cur !== void 0 || // ("40 grand" is forty thousand dollars: the word says money.)
      groups.word?.toLowerCase() === "grand" || groups.cur2 !== void 0 || YUAN_BLOCK.test(after) || YUAN_AFTER.test(after) || DOLLAR_AFTER.test(after),
      ...groups.yuan !== void 0 || groups.yuan2 !== void 0 || YUAN_AFTER.test(after) ? { yuan: true } : {},
      ...groups.hkd !== void 0 || groups.hkd2 !== void 0 ? { foreign: "hkd" } : groups.twd !== void 0 || groups.twd2 !== void 0 ? { foreign: "twd" } : {},
      gpus: gpuAfter !== null && !YUAN_BLOCK.test(after),
      ...model === void 0 ? {} : { model },
      // "wanted 20k each", "double 到 20k each" say how many each wants, not a price.
      perUnit: PER_UNIT_AFTER.test(after.replace(/^\s*块(?=\s*(?:一|每))/u, "")) && (groups.cur !== void 0 || groups.cur2 !== void 0 || !COUNT_VERB_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) || PER_UNIT_BEFORE.test(folded.slice(Math.max(0, start - 16), start)),
      percent: PERCENT_AFTER.test(after),
      // "2.3×" is a factor; "432k × $35k" multiplies two amounts.
      // ("an 8x HGX H100 box", "8x A100" count the GPUs in a box: the x is "of them", not a factor.)
      ratio: (groups.times !== void 0 && !/^\s*~?\s*(?:us)?\$?\d/u.test(after) || RATIO_AFTER.test(after)) && !(groups.times !== void 0 && BOX_OF.test(after)),
      ...durationOf(after)
    });
  }
  return joinRanges(mentions, folded);
}
function joinRanges(mentions, text) {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    const between = next === void 0 ? "" : text.slice(m.end, next.start);
    const idiom = BETWEEN_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) && /^\s*and\s*$/iu.test(between);
    if (next !== void 0 && (RANGE_BETWEEN.test(between) || idiom)) {
      const scaled = m.value < next.value / 100 && m.value * 1e3 <= next.value ? m.value * (next.value >= 1e4 && /万|w/iu.test(text.slice(next.start, next.end)) ? 1e4 : 1e3) : m.value;
      const value = scaled > next.value ? m.value : scaled;
      return {
        ...m,
        value,
        gpus: m.gpus || next.gpus,
        currency: m.currency || next.currency,
        ...m.yuan || next.yuan ? { yuan: true } : {},
        perUnit: m.perUnit || next.perUnit,
        ...m.model ?? next.model ? { model: m.model ?? next.model } : {},
        range: "low"
      };
    }
    const after = prev !== void 0 && (RANGE_BETWEEN.test(text.slice(prev.end, m.start)) || /^\s*and\s*$/iu.test(text.slice(prev.end, m.start)) && BETWEEN_BEFORE.test(text.slice(Math.max(0, prev.start - 10), prev.start)));
    if (after) return { ...m, range: "high" };
    return m;
  });
}
function parseAmount(raw) {
  const text = raw.normalize("NFKC").trim();
  const [only, ...rest] = findNumbers(text);
  if (only === void 0 || rest.length > 0 || only.start !== 0 || only.end !== text.length) return void 0;
  return only.value;
}

// src/script/scriptConverter.ts
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/script/compileScriptTable.ts
import { createRequire } from "node:module";
var SOURCES = {
  t2cn: { module: "opencc-js/t2cn", config: "tw2sp" },
  // Converter({ from: 'twp', to: 'cn' })
  cn2t: { module: "opencc-js/cn2t", config: "s2twp" }
  // Converter({ from: 'cn', to: 'twp' })
};
function compileScriptTable(name) {
  const { module, config: configName } = SOURCES[name];
  const config = createRequire(import.meta.url)(module).Locale.configs[configName];
  if (config === void 0) throw new Error(`OpenCC has no ${configName} configuration`);
  const normalize2 = (config.normalizationChain ?? []).map(mergeGroup);
  const chainMaps = config.conversionChain.map(mergeEntries);
  let segmentation = null;
  if (config.segmentation !== void 0) {
    const group = typeof config.segmentation === "string" ? [config.segmentation] : config.segmentation;
    const keys = new Set(mergeEntries(group).keys());
    segmentation = chainMaps.findIndex((map) => sameKeys(keys, phraseKeys(map)));
    if (segmentation < 0)
      throw new Error(`OpenCC's ${configName} segmentation is not one dictionary's phrases`);
  }
  return { normalize: normalize2, segmentation, chain: chainMaps.map(serialize) };
}
function mergeEntries(group) {
  const merged = /* @__PURE__ */ new Map();
  for (const dict of [...group].reverse()) for (const [key, value] of entriesOf(dict)) merged.set(key, value);
  return merged;
}
function mergeGroup(group) {
  return serialize(mergeEntries(group));
}
function entriesOf(dict) {
  if (typeof dict !== "string") return [...dict];
  return dict.split("|").map((line) => {
    const [key = "", value] = line.split(" ");
    if (value === void 0) throw new Error(`OpenCC dictionary line without a value: ${line}`);
    return [key, value];
  });
}
function serialize(map) {
  for (const [key, value] of map)
    if (key.includes(" ") || key.includes("|") || value.includes(" ") || value.includes("|"))
      throw new Error(`OpenCC entry not writable as a table line: ${key} ${value}`);
  return [...map].map(([key, value]) => `${key} ${value}`).join("|");
}
function phraseKeys(map) {
  return new Set([...map.keys()].filter((key) => [...key].length > 1));
}
function sameKeys(a, b) {
  return a.size === b.size && [...a].every((key) => b.has(key));
}

// src/script/createScriptConverter.ts
var LONG_KEY_BIT = 31;
function createScriptConverter(table) {
  const normalize2 = table.normalize.map(readDict);
  const chain = table.chain.map(readDict);
  const segmentation = table.segmentation === null ? void 0 : chain[table.segmentation];
  return (text) => {
    let normalized = text;
    for (const dict of normalize2) normalized = convert(dict, normalized);
    if (segmentation === void 0)
      return chain.reduce((converted, dict) => convert(dict, converted), normalized);
    let out = "";
    for (const segment of segments(segmentation, normalized))
      out += chain.reduce((converted, dict) => convert(dict, converted), segment);
    return out;
  };
}
function readDict(serialized) {
  const entries = /* @__PURE__ */ new Map();
  const longest = new Uint8Array(65536);
  const lengths = new Uint32Array(65536);
  for (let start = 0; start < serialized.length; ) {
    const space = serialized.indexOf(" ", start);
    const bar = serialized.indexOf("|", space);
    const end = bar < 0 ? serialized.length : bar;
    const key = serialized.slice(start, space);
    entries.set(key, serialized.slice(space + 1, end));
    const first = key.charCodeAt(0);
    if (key !== "") {
      longest[first] = Math.max(longest[first] ?? 0, key.length);
      lengths[first] = (lengths[first] ?? 0) | 1 << Math.min(key.length, LONG_KEY_BIT);
    }
    start = end + 1;
  }
  return { entries, longest, lengths };
}
function match(dict, text, start, end, min) {
  const first = text.charCodeAt(start);
  const bits = dict.lengths[first] ?? 0;
  if (bits === 0) return void 0;
  for (let length = Math.min(dict.longest[first] ?? 0, end - start); length >= min; length--) {
    if (length < LONG_KEY_BIT && (bits & 1 << length) === 0) continue;
    const value = dict.entries.get(text.slice(start, start + length));
    if (value !== void 0) return [start + length, value];
  }
  return void 0;
}
function convert(dict, text) {
  let out = "";
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    const found = match(dict, text, i, text.length, 1);
    if (found === void 0) {
      i += unmatchedLength(text, i);
      continue;
    }
    out += text.slice(kept, i) + found[1];
    i = kept = found[0];
  }
  return kept === 0 ? text : out + text.slice(kept);
}
function segments(dict, text) {
  const pieces = [];
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    const single = codePointLength(text, i);
    const found = match(dict, text, i, text.length, single + 1);
    if (found === void 0) {
      i += unmatchedLength(text, i);
      continue;
    }
    if (kept < i) pieces.push(text.slice(kept, i));
    pieces.push(text.slice(i, found[0]));
    i = kept = found[0];
  }
  if (kept < text.length) pieces.push(text.slice(kept));
  return pieces;
}
function codePointLength(text, i) {
  return (text.codePointAt(i) ?? 0) > 65535 ? 2 : 1;
}
function unmatchedLength(text, i) {
  const end = descriptionSequenceEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}
function descriptionArity(code) {
  if (code >= 12272 && code <= 12273) return 2;
  if (code >= 12274 && code <= 12275) return 3;
  if (code >= 12276 && code <= 12287) return 2;
  return 0;
}
function descriptionSequenceEnd(text, i) {
  const arity = descriptionArity(text.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    const child = descriptionSequenceEnd(text, end);
    end = child || end + codePointLength(text, end);
  }
  return end;
}

// src/script/scriptConverter.ts
function scriptTableFile(name) {
  return fileURLToPath(new URL(`../../dist/script/${name}.json`, import.meta.url));
}
function loadScriptConverter(name) {
  const loaded = converters.get(name);
  if (loaded !== void 0) return loaded;
  const file = scriptTableFile(name);
  const table = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : compileScriptTable(name);
  const converter2 = createScriptConverter(table);
  converters.set(name, converter2);
  return converter2;
}
var converters = /* @__PURE__ */ new Map();

// src/engine/dialects/yue.ts
var YUE_TO_MANDARIN = {
  \u5571\u5514\u5571: "\u5BF9\u4E0D\u5BF9",
  \u5571\u5514\u5571\u5440: "\u5BF9\u4E0D\u5BF9",
  \u5571\u55CE: "\u5BF9\u5417",
  \u5571\u5417: "\u5BF9\u5417",
  \u5920\u5514\u5920: "\u591F\u4E0D\u591F",
  \u591F\u5514\u591F: "\u591F\u4E0D\u591F",
  \u6709\u5187: "\u6709\u6CA1\u6709",
  \u4FC2\u54AA: "\u662F\u4E0D\u662F",
  // "淨係用 Azure 啫": only.
  \u6DE8\u4FC2: "\u53EA\u662F",
  \u51C0\u4FC2: "\u53EA\u662F",
  \u51C0\u7CFB: "\u53EA\u662F",
  \u5305\u5497: "\u5305\u62EC\u4E86",
  \u5305\u62EC\u5497: "\u5305\u62EC\u4E86",
  \u8A08\u57CB: "\u7B97\u8FDB",
  \u8BA1\u57CB: "\u7B97\u8FDB",
  \u7CFB\u54AA: "\u662F\u4E0D\u662F",
  \u5E7E\u591A: "\u591A\u5C11",
  \u51E0\u591A: "\u591A\u5C11",
  \u908A\u5E7E\u9593: "\u54EA\u51E0\u95F4",
  \u8FB9\u51E0\u95F4: "\u54EA\u51E0\u95F4",
  \u908A\u5E7E\u500B: "\u54EA\u51E0\u4E2A",
  \u8FB9\u51E0\u4E2A: "\u54EA\u51E0\u4E2A",
  \u908A\u9593: "\u54EA\u95F4",
  \u8FB9\u95F4: "\u54EA\u95F4",
  \u908A\u500B: "\u54EA\u4E2A",
  \u8FB9\u4E2A: "\u54EA\u4E2A",
  \u908A\u6B3E: "\u54EA\u6B3E",
  \u8FB9\u6B3E: "\u54EA\u6B3E",
  \u908A\u5572: "\u54EA\u4E9B",
  \u8FB9\u5572: "\u54EA\u4E9B",
  \u908A\u5EA6: "\u54EA\u91CC",
  \u8FB9\u5EA6: "\u54EA\u91CC",
  \u6A3D\u9838: "\u74F6\u9888",
  \u6A3D\u9888: "\u74F6\u9888",
  \u800C\u5BB6: "\u73B0\u5728",
  \u95DC\u4FC2: "\u5173\u7CFB",
  \u5173\u4FC2: "\u5173\u7CFB",
  \u4FC2\u6578: "\u7CFB\u6570",
  \u4FC2\u5514\u4FC2: "\u662F\u4E0D\u662F",
  \u7CFB\u5514\u7CFB: "\u662F\u4E0D\u662F",
  \u4FC2: "\u662F",
  \u52A0\u57CB: "\u52A0\u8D77\u6765",
  \u4E5C\u5622: "\u4EC0\u4E48",
  // "邊個整H100": who makes it.
  \u908A\u500B\u6574: "\u8C01\u9020",
  \u8FB9\u4E2A\u6574: "\u8C01\u9020",
  \u6574\u5605: "\u9020\u7684",
  \u7747\u91CD: "\u770B\u91CD",
  \u7747: "\u770B",
  \u4F62\u54CB: "\u4ED6\u4EEC",
  \u5605: "\u7684",
  \u55F0: "\u90A3",
  "\u{20BB6}": "\u90A3",
  \u5187\u932F: "\u6CA1\u9519",
  \u5187\u9519: "\u6CA1\u9519",
  \u5E7E\u9322: "\u591A\u5C11\u94B1",
  \u51E0\u94B1: "\u591A\u5C11\u94B1",
  \u5514\u901A: "\u96BE\u9053",
  \u5187: "\u6CA1\u6709",
  \u54A9: "\u4EC0\u4E48",
  \u55BA: "\u5728",
  \u5514: "\u4E0D",
  \u5572: "\u4E9B",
  // "係 Samsung 代工㗎可?": a claim put up for checking, "…的吧?".
  \u35CE\u53EF: "\u7684\u5427",
  \u35CE: "",
  \u569F: "\u6765",
  \u5497: "\u4E86",
  \u5587: "\u4E86",
  // A guess put up for checking: "冇錯啩?" is "没错吧?".
  \u5569: "\u5427"
};

// src/engine/normalize.ts
var toCn;
function toSimplified(text) {
  if (!/\p{Script=Han}/u.test(text)) return text;
  toCn ??= loadScriptConverter("t2cn");
  return toCn(text);
}
function normalize(text) {
  const folded = text.normalize("NFKC");
  if (!/\p{Script=Han}/u.test(folded)) return folded.toLowerCase().replace(/\s+/g, " ").trim();
  const mandarin = folded.replace(YUE, (w) => YUE_TO_MANDARIN[w]).replace(/(?<![關关聯联體体])係/gu, "\u662F");
  return toSimplified(mandarin).replace(YUE, (w) => YUE_TO_MANDARIN[w]).toLowerCase().replace(/\s+/g, " ").trim();
}
var YUE = new RegExp(
  Object.keys(YUE_TO_MANDARIN).sort((a, b) => b.length - a.length).join("|"),
  "gu"
);
function fold(text) {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
function isAscii(text) {
  return /^[\x20-\x7e]*$/.test(text);
}

// src/engine/lang.ts
var HAN = /\p{Script=Han}/u;
function detectLanguage(text) {
  return HAN.test(text) ? "zh" : "en";
}
function isTraditional(text) {
  if (!HAN.test(text)) return false;
  const simplified = toSimplified(text);
  if (simplified === text) return false;
  if (simplified.length !== text.length) return true;
  const traditionalOnly = changed(text, simplified);
  if (traditionalOnly >= 3) return true;
  toTw ??= loadScriptConverter("cn2t");
  const traditional = toTw(text);
  if (traditional.length !== text.length) return true;
  return traditionalOnly >= changed(text, traditional);
}
var toTw;
function changed(text, converted) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== converted[i]) n++;
  return n;
}

// src/engine/wordSegmenter.ts
var segmenter;
function wordSegmenter() {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  return segmenter;
}

// src/engine/segmentWords.ts
var LATIN = /[A-Za-z0-9_'’.]/;
var PRINTABLE_ASCII = /^[ -~]*$/;
var ASCII_WORD = /[A-Za-z0-9_]+(?:(?:(?<=[A-Za-z])['.:](?=[A-Za-z])|(?<=[0-9])[,.;'](?=[0-9]))[A-Za-z0-9_]+)*/g;
var MAX_PIECE = 32;
var WHOLE_TEXT = 96;
function segmentWords(text) {
  const words = [];
  if (text.length <= WHOLE_TEXT && !PRINTABLE_ASCII.test(text)) {
    for (const { segment, index, isWordLike } of wordSegmenter().segment(text))
      if (isWordLike) words.push({ segment, index });
    return words;
  }
  for (const piece of text.matchAll(/[^ ]+/g)) {
    const run = piece[0];
    for (let start = 0; start < run.length; ) {
      let end = Math.min(run.length, start + MAX_PIECE);
      if (end < run.length && /[\uD800-\uDBFF]/.test(run.charAt(end - 1))) end--;
      if (end < run.length && LATIN.test(run.charAt(end)) && LATIN.test(run.charAt(end - 1))) {
        let back = end - 1;
        while (back > start && LATIN.test(run.charAt(back - 1))) back--;
        if (back > start) end = back;
      }
      const part = run.slice(start, end);
      if (PRINTABLE_ASCII.test(part)) {
        for (const m of part.matchAll(ASCII_WORD))
          if (m[0] !== "_") words.push({ segment: m[0], index: piece.index + start + m.index });
      } else {
        for (const { segment, index, isWordLike } of wordSegmenter().segment(part)) {
          if (isWordLike) words.push({ segment, index: piece.index + start + index });
        }
      }
      start = end;
    }
  }
  return words;
}

// src/engine/numberWords/en.ts
var EN_NUMBER_WORDS = {
  units: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19
  },
  tens: {
    twenty: 20,
    thirty: 30,
    forty: 40,
    fourty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90
  },
  hundred: { hundred: 100 },
  /** Scales that end an amount: "forty grand", "twenty-five k", "half a million". */
  scales: { thousand: 1e3, grand: 1e3, k: 1e3, million: 1e6, mil: 1e6, mill: 1e6, billion: 1e9, bil: 1e9 },
  /** Fractions of a scale: "half a billion", "a quarter million", "three quarters of a million". */
  fractions: { half: 0.5, "a half": 0.5, quarter: 0.25, "a quarter": 0.25, "three quarters": 0.75 }
};

// src/engine/numberWords/zh.ts
var ZH_NUMBER_WORDS = {
  digits: { \u96F6: 0, "\u3007": 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4FE9: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 },
  /** Units inside a section below 10,000. */
  small: { \u5341: 10, \u767E: 100, \u5343: 1e3 },
  /** Section units: 万 and 亿 multiply everything before them. */
  large: { \u4E07: 1e4, \u842C: 1e4, \u4EBF: 1e8, \u5104: 1e8 },
  /** The decimal point as said: 三点五万 is 3.5万. */
  point: "\u70B9"
};

// src/engine/spellNumbers.ts
var alt = (words) => Object.keys(words).sort((a, b) => b.length - a.length).join("|");
var UNIT = `(?:${alt(EN_NUMBER_WORDS.units)})`;
var TENS = `(?:${alt(EN_NUMBER_WORDS.tens)})`;
var NUMBER_WORD = `(?:${TENS}|${UNIT})`;
var SCALE = `(?:hundred|${alt(EN_NUMBER_WORDS.scales)})`;
var EN_AMOUNT = new RegExp(
  String.raw`\b(?:${NUMBER_WORD}|hundred(?=[- ]${SCALE}))(?:[- ](?:and )?(?:${NUMBER_WORD}|${SCALE}))*\b`,
  "giu"
);
var AND_A_HALF = new RegExp(
  String.raw`\b(\d+|${NUMBER_WORD}) and a half (${alt(EN_NUMBER_WORDS.scales)})\b`,
  "giu"
);
var { units, tens, scales, fractions } = EN_NUMBER_WORDS;
var FRACTION_OF_SCALE = new RegExp(
  String.raw`\b(${alt(EN_NUMBER_WORDS.fractions)})(?: of)?(?: an?)? (${alt(EN_NUMBER_WORDS.scales)})\b`,
  "giu"
);
var RANGE_LOW_END = new RegExp(
  String.raw`(?<=\b(?:between|from) )${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*(?= (?:and|to) \d)`,
  "giu"
);
var NUMERAL = `(?:${Object.keys(EN_NUMBER_WORDS.units).filter((w) => w !== "a" && w !== "an" && w !== "one").sort((a, b) => b.length - a.length).join("|")})`;
var COUNTED_WORD = /(?<=\s)(?:days?|hours?|weeks?|months?|years?|h100s?|a100s?|gpus?|cards?)\b/giu;
var SMALL_BEFORE = new RegExp(String.raw`\b(?:${TENS}(?:[- ]${NUMERAL})?|${NUMERAL})\s+$`, "iu");
function countedSmall(text) {
  let out = "";
  let kept = 0;
  for (const m of text.matchAll(COUNTED_WORD)) {
    const before = SMALL_BEFORE.exec(text.slice(Math.max(kept, m.index - 24), m.index));
    if (before === null) continue;
    const start = m.index - before[0].length;
    out += `${text.slice(kept, start)}${smallAmount(before[0].trim())} `;
    kept = m.index;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
function smallAmount(words) {
  return words.split(/[- ]+/u).reduce((sum, w) => sum + (units[w] ?? tens[w] ?? 0), 0);
}
function splitAtAnd(words) {
  const out = [];
  for (const piece of words.split(/ and /u)) {
    const last = out.at(-1);
    if (last !== void 0 && /(?:hundred|thousand|grand|million|billion)$/u.test(last))
      out[out.length - 1] = `${last} and ${piece}`;
    else out.push(piece);
  }
  return out;
}
function englishAmount(words) {
  let total = 0;
  let current = 0;
  let scaled = false;
  for (const word of words.split(/[- ]+/)) {
    if (word === "and") continue;
    if (word === "hundred") {
      current = (current || 1) * 100;
      scaled = true;
    } else if (word in scales) {
      total += (current || 1) * (scales[word] ?? 1);
      current = 0;
      scaled = true;
    } else current += units[word] ?? tens[word] ?? 0;
  }
  return scaled ? total + current : void 0;
}
var zhDigits = ZH_NUMBER_WORDS.digits;
var MEASURE_WORDS = /[张块卡台个片颗]/u;
var OTHER_MEASURE = /[个家种位名次倍条项]/u;
var zhSmall = ZH_NUMBER_WORDS.small;
var zhLarge = ZH_NUMBER_WORDS.large;
var ZH_START = new RegExp(`[\\d${Object.keys(zhDigits).join("")}\u5341]`, "gu");
var GPU_NAMED_AFTER = /^\s*(?:nvidia\s*)?(?:[ahAH]100|[hH]800|gpu|GPU)/u;
function readChinese(text, start) {
  let total = 0;
  let section = 0;
  let pending;
  let lastUnit = 1;
  let sawUnit = false;
  let sawChinese = false;
  let decimal = false;
  let end = start;
  let i = start;
  while (i < text.length) {
    const c = text[i] ?? "";
    const ascii = /^\d+(?:\.\d+)?/.exec(text.slice(i, i + 12))?.[0];
    if (ascii !== void 0 || c in zhDigits) {
      if (pending !== void 0) break;
      if (sawUnit && c === "\u4E00" && MEASURE_WORDS.test(text[i + 1] ?? "") && !GPU_NAMED_AFTER.test(text.slice(i + 2, i + 12)))
        break;
      if (sawUnit && ascii === void 0 && OTHER_MEASURE.test(text[i + 1] ?? "")) break;
      pending = ascii === void 0 ? zhDigits[c] : Number(ascii);
      if (ascii === void 0) sawChinese = true;
      i += ascii?.length ?? 1;
      end = i;
      continue;
    }
    if (c === ZH_NUMBER_WORDS.point && pending !== void 0 && !decimal) {
      const fraction = /^[零〇一二三四五六七八九\d]+/u.exec(text.slice(i + 1))?.[0];
      if (fraction === void 0 || (text[i + 1 + fraction.length] ?? "") in zhSmall) break;
      const digits = [...fraction].map((d) => /\d/u.test(d) ? d : String(zhDigits[d] ?? 0)).join("");
      pending += Number(`0.${digits}`);
      decimal = true;
      sawChinese = true;
      i += 1 + fraction.length;
      end = i;
      continue;
    }
    if (c in zhSmall) {
      const unit = zhSmall[c] ?? 1;
      if (pending === void 0 && unit !== 10) break;
      section += (pending ?? 1) * unit;
      pending = void 0;
      lastUnit = unit;
      sawUnit = true;
      sawChinese = true;
      i++;
      end = i;
      continue;
    }
    if (c in zhLarge) {
      const unit = zhLarge[c] ?? 1;
      section += pending ?? 0;
      pending = void 0;
      if (section === 0) break;
      total += section * unit;
      section = 0;
      lastUnit = unit;
      sawUnit = true;
      i++;
      end = i;
      continue;
    }
    break;
  }
  const digitShorthand = pending !== void 0 && Number.isInteger(pending) && pending < 10;
  if (decimal && !sawUnit && pending !== void 0) return { value: pending, end };
  if (!sawUnit || !(sawChinese || digitShorthand)) return void 0;
  const shorthand = pending === void 0 ? 0 : lastUnit >= 10 && !decimal ? pending * lastUnit / 10 : pending;
  return { value: Math.round((total + section + shorthand) * 1e6) / 1e6, end };
}
function spellNumbers(text) {
  const english = countedSmall(
    text.replace(/(?<=\d)x(?=\d)/gu, " \xD7 ").replace(/(\d)\s+(?=[万亿千])/gu, "$1").replace(/(?<=\d[万亿])\s+(?=\d千)/gu, "").replace(AND_A_HALF, (match2, whole, scale) => {
      const n = /^\d+$/u.test(whole) ? Number(whole) : units[whole] ?? tens[whole];
      return n === void 0 ? match2 : String((n + 0.5) * (scales[scale] ?? 1));
    }).replace(
      FRACTION_OF_SCALE,
      (_, fraction, scale) => String((fractions[fraction] ?? 1) * (scales[scale] ?? 1))
    ).replace(/(?<=[一二两三四五六七八九十\d])个(?=亿)/gu, "").replace(
      EN_AMOUNT,
      (match2) => (
        // "and" joins one number only after a scale word ("three hundred and five"); "ten and twenty five
        // thousand" is two numbers.
        splitAtAnd(match2).map((run) => {
          const trailing = / an?$/u.exec(run)?.[0] ?? "";
          const words = run.slice(0, run.length - trailing.length);
          const value = englishAmount(words);
          const money = /\bgrand$/u.test(words) ? "$" : "";
          return (value === void 0 || value === 0 ? words : `${money}${value}`) + trailing;
        }).join(" and ")
      )
    ).replace(RANGE_LOW_END, (words) => String(smallAmount(words)))
    // "twenty three days", "three weeks", "five a100s": number words without a scale before what they
    // count are a number too (a bare "three" elsewhere, as in "the three big clouds", stays a word).
  );
  if (!/\p{Script=Han}/u.test(english)) return english;
  return chineseAmounts(
    english.replace(
      TWO_NEIGHBOURS,
      (_, ten, low, high, tens2) => `${ten ? 1 : ""}${ZH_DIGIT_OF[low]}${tens2 ? 0 : ""}-${ten ? 1 : ""}${ZH_DIGIT_OF[high]}${tens2 ? 0 : ""}`
    ).replace(ONE_NUMERAL_OF_TIME, (numeral) => String(ZH_DIGIT_OF[numeral] ?? numeral)).replace(ONE_NUMERAL_OF_TIMES, (numeral) => String(ZH_DIGIT_OF[numeral] ?? numeral))
  );
}
var TWO_NEIGHBOURS = /(?<![一二两三四五六七八九十百千万亿点第\d])(十)?(一(?=二)|两(?=三)|二(?=三)|三(?=四)|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九))([二三四五六七八九])(?:(十)|(?=[百千万亿]))/gu;
var ONE_NUMERAL_OF_TIME = /(?<![一二两三四五六七八九十百千万亿\d])[一二两三四五六七八九](?=(?:个)?(?:天|日(?![本期元币])|星期|礼拜|周))/gu;
var ONE_NUMERAL_OF_TIMES = /(?<![一二两三四五六七八九十百千万亿点\d翻变成涨增加到])[一二两三四五六七八九](?=\s*倍)/gu;
var ZH_DIGIT_OF = ZH_NUMBER_WORDS.digits;
function chineseAmounts(english) {
  let out = "";
  let last = 0;
  for (const m of english.matchAll(ZH_START)) {
    if (m.index < last) continue;
    const before = english[m.index - 1] ?? "";
    if (/\d/.test(m[0]) && /[\d.a-z]/i.test(before)) continue;
    const read = readChinese(english, m.index);
    if (read === void 0) continue;
    const pad = /[a-z\d]/i.test(english[m.index - 1] ?? "") ? " " : "";
    const padAfter = /[a-z]/i.test(english[read.end] ?? "") ? " " : "";
    out += english.slice(last, m.index) + pad + String(read.value) + padAfter;
    last = read.end;
  }
  return out + english.slice(last);
}

// src/engine/readQuestion.ts
var MIN_FUZZY_LENGTH = 5;
var PUNCTUATION_ONLY = /^\p{P}+$/u;
var DIGIT = /\d/u;
var LATIN_START = /^[a-z]/;
var HAN_CHARS = /\p{Script=Han}/gu;
var LATIN_LETTERS = /[a-z]/g;
function countMatches(text, pattern) {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}
var MAX_FUZZY_LOOKUPS = 48;
function readQuestion(question, lexicon) {
  const text = spellNumbers(normalize(question));
  const covered = new Uint8Array(text.length);
  const cover = (s) => {
    covered.fill(1, s.start, s.end);
  };
  const overlaps = (s) => covered.subarray(s.start, s.end).includes(1);
  const found = lexicon.findPhrases(text);
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const inName = new Uint8Array(text.length);
  for (const f of found) {
    const meaning = lexicon.meanings.get(f.phrase);
    if ((meaning?.entities.length ?? 0) > 0 || meaning?.cues.includes("outOfScope") && DIGIT.test(f.phrase))
      inName.fill(1, f.start, f.end);
  }
  const numbers = findNumbers(text).filter((n) => !inName.subarray(n.start, n.end).includes(1));
  for (const n of numbers) cover({ start: n.start, end: n.end });
  const entities = [];
  const cues = /* @__PURE__ */ new Set();
  const cueWords = /* @__PURE__ */ new Map();
  const addCue = (cue, words) => {
    cues.add(cue);
    const list = cueWords.get(cue);
    if (list === void 0) cueWords.set(cue, [words]);
    else list.push(words);
  };
  const addEntity = (entity, words, fuzzy2, at) => {
    const index = entities.findIndex((e) => e.entity.id === entity.id);
    const known = entities[index];
    if (known === void 0) {
      entities.push({ entity, text: words, fuzzy: fuzzy2, start: at });
      return;
    }
    const earlier = at < known.start;
    const first = earlier ? { entity, text: words, fuzzy: fuzzy2, start: at } : known;
    const later = earlier ? { start: known.start, text: known.text } : { start: at, text: words };
    entities[index] = { ...first, others: [...known.others ?? [], later] };
  };
  const entitySpans = [];
  for (const span of found) {
    if (overlaps(span)) continue;
    const meaning = lexicon.meanings.get(span.phrase);
    if (meaning === void 0) continue;
    cover(span);
    if (meaning.entities.length > 0) entitySpans.push(span);
    for (const entity of meaning.entities) addEntity(entity, span.phrase, false, span.start);
    for (const cue of meaning.cues) addCue(cue, span.phrase);
  }
  for (const near of chineseNearMisses(text, lexicon, covered, entitySpans)) {
    cover(near);
    entitySpans.push(near);
    addEntity(near.entity, text.slice(near.start, near.end), true, near.start);
  }
  const leftovers = leftoverWords(text, covered);
  const unknownAt = [];
  const seen = /* @__PURE__ */ new Map();
  const fuzzy = (word, find) => {
    if (seen.has(word)) return seen.get(word);
    const result = seen.size < MAX_FUZZY_LOOKUPS ? find(word) : void 0;
    seen.set(word, result);
    return result;
  };
  const resolveEntity = (w) => fuzzy(`e:${w}`, () => lexicon.resolve(w));
  const resolveCue = (w) => fuzzy(`c:${w}`, () => lexicon.correctCue(w));
  for (let i = 0; i < leftovers.length; i++) {
    const { word, start } = leftovers[i] ?? { word: "", start: 0 };
    const next = leftovers[i + 1]?.word;
    if (lexicon.stopwords.has(word) || PUNCTUATION_ONLY.test(word)) continue;
    if (next !== void 0 && LATIN_START.test(word) && LATIN_START.test(next)) {
      const pair = resolveEntity(`${word} ${next}`);
      if (pair !== void 0 && `${word} ${next}`.length >= MIN_FUZZY_LENGTH + 3) {
        addEntity(pair, `${word} ${next}`, true, start);
        i++;
        continue;
      }
    }
    if (LATIN_START.test(word) && word.length >= MIN_FUZZY_LENGTH) {
      const entity = resolveEntity(word);
      if (entity !== void 0) {
        addEntity(entity, word, true, start);
        continue;
      }
      const cue = resolveCue(word);
      if (cue !== void 0) {
        addCue(cue, word);
        continue;
      }
    }
    unknownAt.push(leftovers[i]);
  }
  const unknown = chineseRuns(unknownAt, leftovers, text);
  entities.sort((a, b) => a.start - b.start);
  const lang = detectLanguage(question);
  const capitalised = capitalisedWords(question);
  const mostlyChinese = lang === "zh" && countMatches(text, HAN_CHARS) >= countMatches(text, LATIN_LETTERS) / 3;
  const inClause = englishClauseWords(text);
  const nameLike = unknown.filter(
    (w) => !UNIT_LIKE.test(w) && // ("…train GPT?": the family of GPT-4 and GPT-5, which the article has.)
    !lexicon.familyNames.has(w) && // Two letters ("PI", "GM", "TL") are more often chat shorthand than a company the article lacks.
    (w.length > 2 || /\d/.test(w)) && (capitalised.has(w) || /\d/.test(w) && /[a-z]/.test(w) || mostlyChinese && /^[a-z]/.test(w) && !inClause.has(w))
  );
  return { text, lang, entities, cues, cueWords, numbers, unknown, names: nameLike };
}
function englishClauseWords(text) {
  const words = /* @__PURE__ */ new Set();
  for (const run of text.matchAll(/[a-z][a-z0-9'-]*(?:[ ,]+[a-z0-9][a-z0-9'-]*){2,}/g))
    for (const w of run[0].split(/[ ,]+/)) words.add(w);
  return words;
}
var UNIT_LIKE = /^\d+(?:\.\d+)?(?:am|pm|s|th|st|nd|rd|x|k|m|b|gb|tb|nm|w|h|hr|hrs|min|y|yr|yrs|d|bit)$/;
function capitalisedWords(question) {
  const words = /* @__PURE__ */ new Set();
  for (const m of question.normalize("NFKC").matchAll(/(?<=[^\s.?!。？！]\s+)\p{Lu}[\p{L}\p{N}]*/gu)) {
    words.add(m[0].toLowerCase());
  }
  return words;
}
var EDGE = /['’.-]/;
function leftoverWords(text, covered) {
  let rest = "";
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && covered[j] === covered[i]) j++;
    rest += covered[i] === 1 ? " ".repeat(j - i) : text.slice(i, j);
    i = j;
  }
  const words = [];
  for (const { segment, index } of segmentWords(rest)) {
    if (!EDGE.test(segment[0] ?? "") && !EDGE.test(segment.at(-1) ?? "") && !segment.includes("'") && !segment.includes("\u2019")) {
      words.push({ word: segment, start: index, end: index + segment.length });
      continue;
    }
    const lead = /^['’-]*/.exec(segment)?.[0].length ?? 0;
    const word = segment.replace(/['’]s$/u, "").replace(/^['’-]+|['’.-]+$/g, "");
    if (word !== "") words.push({ word, start: index + lead, end: index + lead + word.length });
  }
  return words;
}
var HAN_CHAR = /^\p{Script=Han}$/u;
function chineseRuns(unknown, leftovers, text) {
  const indexOf = new Map(leftovers.map((l, i) => [l, i]));
  const single = (l) => l !== void 0 && HAN_CHAR.test(l.word);
  const words = /* @__PURE__ */ new Set();
  let covered = -1;
  for (const u of unknown) {
    if (!HAN_CHAR.test(u.word)) {
      words.add(u.word);
      continue;
    }
    const at = indexOf.get(u) ?? 0;
    if (at <= covered) continue;
    let i = at;
    let j = at;
    while (single(leftovers[i - 1]) && leftovers[i - 1]?.end === leftovers[i]?.start) i--;
    while (single(leftovers[j + 1]) && leftovers[j + 1]?.start === leftovers[j]?.end) j++;
    covered = j;
    words.add(text.slice(leftovers[i]?.start, leftovers[j]?.end));
  }
  return [...words];
}
function chineseNearMisses(text, lexicon, covered, entitySpans) {
  const found = [];
  if (countMatches(text, HAN_CHARS) < 2) return found;
  const named = new Uint8Array(text.length);
  for (const e of entitySpans) named.fill(1, e.start, e.end);
  const overlaps = (start, end) => named.subarray(start, end).includes(1);
  for (let start = 0; start < text.length; start++) {
    for (const { phrase, entity } of lexicon.hanPhrasesByFirst.get(text[start] ?? "") ?? []) {
      const end = start + phrase.length;
      if (end > text.length) continue;
      let odd = -1;
      let differences = 0;
      for (let k = 1; k < phrase.length && differences < 2; k++) {
        if (text[start + k] !== phrase[k]) {
          differences++;
          odd = start + k;
        }
      }
      if (differences !== 1 || overlaps(start, end)) continue;
      const ch = text[odd] ?? "";
      if (!HAN_CHAR.test(ch) || covered[odd] === 1 || lexicon.stopwords.has(ch)) continue;
      found.push({ start, end, entity });
      named.fill(1, start, end);
    }
  }
  return found;
}

// src/calculator/limits.ts
var MAX_PRICE_USD = 1e7;
var MAX_GPU_COUNT = 1e8;
function assertPrice(price) {
  if (!Number.isFinite(price) || price <= 0 || price > MAX_PRICE_USD) {
    throw new UserInputError("invalid-price", {
      en: `The price must be a number of US dollars above 0 and at most $${MAX_PRICE_USD.toLocaleString("en-US")} per GPU, e.g. 30000 or $30k.`,
      zh: `\u4EF7\u683C\u987B\u4E3A\u5927\u4E8E 0\u3001\u4E0D\u8D85\u8FC7\u6BCF\u5F20 ${MAX_PRICE_USD / 1e4}\u4E07\u7F8E\u5143\u7684\u6570\u5B57\uFF0C\u4F8B\u5982 30000 \u6216 3\u4E07\u3002`
    });
  }
  return price;
}
function assertCount(count) {
  if (!Number.isSafeInteger(count) || count <= 0 || count > MAX_GPU_COUNT) {
    throw new UserInputError("invalid-count", {
      en: `The number of GPUs must be a whole number from 1 to ${MAX_GPU_COUNT.toLocaleString("en-US")}, e.g. 50000 or 50k.`,
      zh: `GPU \u6570\u91CF\u987B\u4E3A 1 \u5230 ${MAX_GPU_COUNT / 1e8}\u4EBF\u4E4B\u95F4\u7684\u6574\u6570\uFF0C\u4F8B\u5982 50000 \u6216 5\u4E07\u3002`
    });
  }
  return count;
}

// src/engine/hearsay.ts
var HEARSAY = /(?:据说|听说|传闻|传言|有人说|有人讲|好像|\bheard\b|\brumou?red?\b|\bsupposedly\b|\breportedly\b|\b(?:someone|somebody|people|ppl|folks|my \w+)\b[^,，.。?？]{0,24}\b(?:said|says|saying|told me|claims?|claimed|claiming|reckons?)\b|\btold me\b)[^,，.。?？]{0,30}$/u;
function saidByOthers(text, start) {
  return HEARSAY.test(text.slice(Math.max(0, start - 60), start));
}

// src/calculator/sumGpus.ts
function sumGpus(items, kind = "sum") {
  const operands = items.map(({ label, gpus }) => ({ value: gpus, unit: "gpus", label }));
  const result = { value: operands.reduce((total, a) => total + a.value, 0), unit: "gpus" };
  return { kind, result, steps: [{ op: "sum", operands, result }] };
}

// src/engine/answers/demand.ts
var DEMAND_METRICS = ["h100-demand", "h100-demand-high"];
function demandFacts(ctx, entity) {
  const facts = factsAbout(ctx.kb, entity, ["demand"]).filter((f) => DEMAND_METRICS.includes(f.metric ?? ""));
  if (facts.length > 0 || entity.kind !== "group") return facts;
  const members = entity.members.length > 0 ? entity.members : ctx.kb.facts.find((f) => f.subject === entity.id && f.objects.length > 0)?.objects ?? [];
  return ctx.kb.facts.filter(
    (f) => f.topic === "demand" && f.subject !== void 0 && members.includes(f.subject) && DEMAND_METRICS.includes(f.metric ?? "")
  );
}
function demand(ctx, entity, lead) {
  const facts = demandFacts(ctx, entity);
  const needs = facts.length === 0 ? factsAbout(ctx.kb, entity, ["who-needs"]) : [];
  if (needs.length > 0) {
    return buildAnswer(ctx, {
      kind: "demand",
      found: true,
      topic: "who-needs",
      subject: entity,
      facts: [...needs, ...factsAbout(ctx.kb, entity, ["holdings"])]
    });
  }
  if (facts.length === 0) {
    const withDemand = [
      ...new Set(ctx.kb.facts.filter((f) => f.metric === "h100-demand").flatMap((f) => f.subject ?? []))
    ];
    return notFound(
      ctx,
      { what: "demand", entity },
      withDemand.flatMap((id) => ctx.kb.entityById.get(id) ?? [])
    );
  }
  const members = groupMembers(ctx, entity, facts);
  const amounts = new Set(facts.filter((f) => f.metric === "h100-demand").map(quantityOf));
  if (members.length > 1 && amounts.size > 1) return demandOfMany(ctx, members);
  const context = factsAbout(ctx.kb, entity, ["who-needs", "not-counted"]);
  return buildAnswer(ctx, {
    kind: "demand",
    found: true,
    topic: "demand",
    subject: entity,
    // "Does Meta need 100,000?" leads with the figure asked about.
    facts: [
      ...lead === void 0 ? facts : [...facts.filter(lead), ...facts.filter((f) => !lead(f))],
      ...context
    ]
  });
}
function demandOfMany(ctx, entities, scenario) {
  const items = new Map(mainLineItems(ctx, entities, scenario).map((f) => [f.id, f]));
  const [only] = entities;
  if (items.size < 2 && only !== void 0)
    return demand(
      ctx,
      items.size === 0 ? only : entities.find((e) => demandFacts(ctx, e).length > 0) ?? only
    );
  const lineItems = [...items.values()];
  const total = sumGpus(lineItems.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const all = entities.flatMap((e) => demandFacts(ctx, e));
  return buildAnswer(ctx, {
    kind: "demand",
    found: true,
    topic: "demand",
    related: entities.filter((e) => demandFacts(ctx, e).length > 0),
    facts: [...lineItems, ...all],
    calculations: [total],
    extraCaveats: ["double-counting"]
  });
}
function mainLineItems(ctx, entities, scenario) {
  const items = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    const facts = demandFacts(ctx, entity);
    const high = scenario === "meta-100k" ? facts.find((f) => f.metric === "h100-demand-high") : void 0;
    const main = high ?? facts.find((f) => f.metric === "h100-demand") ?? facts[0];
    if (main !== void 0) items.set(main.id, main);
  }
  return [...items.values()];
}
function groupMembers(ctx, entity, facts) {
  if (entity.kind !== "group" || facts.some((f) => f.subject === entity.id)) return [];
  const ids = new Set(facts.filter((f) => f.metric === "h100-demand").flatMap((f) => f.subject ?? []));
  return [...ids].flatMap((id) => ctx.kb.entityById.get(id) ?? []);
}

// src/engine/intents/figures.ts
var HOLDING_METRICS = /* @__PURE__ */ new Set(["a100-holdings", "h100-holdings", "training-gpus", "training-gpus-needed"]);
function figureOf(ctx, entity, measure, asked2 = []) {
  if (asked2.length > 0) return findFigure(ctx, entity, measure, asked2);
  let known = FIGURES.get(ctx.kb);
  if (known === void 0) {
    known = /* @__PURE__ */ new Map();
    FIGURES.set(ctx.kb, known);
  }
  const key = `${entity.id}\0${measure}`;
  if (!known.has(key)) known.set(key, findFigure(ctx, entity, measure, asked2));
  return known.get(key);
}
var FIGURES = /* @__PURE__ */ new WeakMap();
function findFigure(ctx, entity, measure, asked2) {
  if (measure === "holdings") {
    const facts = factsAbout(ctx.kb, entity, ["holdings"]).filter(
      (f) => f.subject === entity.id && HOLDING_METRICS.has(f.metric ?? "")
    );
    const fact = facts[0];
    const value2 = fact === void 0 ? void 0 : quantityOf(fact);
    if (fact === void 0 || value2 === void 0) return void 0;
    return {
      entity,
      value: value2,
      gpu: fact.gpu ?? "H100",
      facts: [fact],
      range: !("value" in (fact.quantity ?? {}))
    };
  }
  const own = demandFacts(ctx, entity);
  const picked = own.find((f) => f.subject === entity.id && asked2.includes(quantityOf(f) ?? -1));
  if (picked !== void 0)
    return { entity, value: quantityOf(picked) ?? 0, gpu: "H100", facts: [picked], range: false };
  const items = entity.kind === "group" && entity.members.length > 0 ? mainLineItems(ctx, membersOf(ctx, entity)) : mainLineItems(ctx, [entity]);
  if (items.length === 0) return void 0;
  const value = items.reduce((sum, f) => sum + (quantityOf(f) ?? 0), 0);
  return { entity, value, gpu: "H100", facts: items, range: false };
}
function endsOf(figure) {
  const q = figure.facts[0]?.quantity;
  return !figure.range || q === void 0 ? [figure.value, figure.value] : endsOfQuantity(q);
}
function atBound(figure, bound) {
  if (bound === void 0 || !figure.range) return figure;
  const [low, high] = endsOf(figure);
  return { ...figure, value: bound === "low" ? low : high, range: false };
}
function membersOf(ctx, group) {
  return group.members.flatMap((id) => ctx.kb.entityById.get(id) ?? []);
}
function isPriced(ctx, gpu) {
  return ctx.kb.facts.some((f) => f.topic === "price" && f.subject === gpu);
}

// src/engine/questionSentences.ts
var ASKING = /[?？]|吗|嗎|多少|幾|几|哪|什么|什麼|啥|咩|边|邊|\b(?:how|what|which|who|when|why|where|whats)\b|^\s*(?:(?:so|ok|okay|and|but|also|then|wait|yo|hey|btw|lol|um|uh|hmm|well|now|like|bro|guys|pls|please|quick q|q|sorry|oh|real quick|honestly|seriously|actually)[,:]?\s+){0,2}?(?:does|do|did|is|are|can|could|would|will)\b/u;
var SENTENCE = /(?:[^。！？!?.\n]|\.(?=\d))+(?:[。！？!?\n]+|\.(?!\d)|$)/gu;
var CLAUSE = /(?:[^。！？!?.\n,，;；]|\.(?=\d)|[,，](?=\d{3}(?!\d)))+(?:[。！？!?\n,，;；]+|\.(?!\d)|$)/gu;
var EMOJI = /\p{Extended_Pictographic}/u;
var SENTENCE_EMOJI = /(?:[^。！？!?.\n\p{Extended_Pictographic}]|\.(?=\d))+(?:(?:[。！？!?\n\p{Extended_Pictographic}]|\uFE0F)+|\.(?!\d)|$)/gu;
var CLAUSE_EMOJI = /(?:[^。！？!?.\n,，;；\p{Extended_Pictographic}]|\.(?=\d)|[,，](?=\d{3}(?!\d)))+(?:(?:[。！？!?\n,，;；\p{Extended_Pictographic}]|\uFE0F)+|\.(?!\d)|$)/gu;
var SIDE_BY_SIDE = /(?:比|相比|对比|比起来|\bvs\.?|\bversus)\s*[^,，;；]{0,24}[,，;；]\s*$/u;
function questionSentences(text, clauses = false) {
  const sentences = [];
  const emoji = EMOJI.test(text);
  const cut = clauses ? emoji ? CLAUSE_EMOJI : CLAUSE : emoji ? SENTENCE_EMOJI : SENTENCE;
  for (const m of text.matchAll(cut)) {
    const last = sentences.at(-1);
    if (last !== void 0 && inBrackets(text, last.end - 1)) last.end = m.index + m[0].length;
    else sentences.push({ start: m.index, end: m.index + m[0].length });
  }
  if (clauses)
    for (let i = sentences.length - 2; i >= 0; i--) {
      const [lead, next] = [sentences[i], sentences[i + 1]];
      if (lead !== void 0 && next !== void 0 && SIDE_BY_SIDE.test(text.slice(lead.start, lead.end)))
        sentences.splice(i, 2, { start: lead.start, end: next.end });
    }
  const asking = sentences.filter((s) => asks(text.slice(s.start, s.end)));
  return asking.length === 0 ? [{ start: 0, end: text.length }] : asking;
}
var EMBEDDED = /\b(?:know|knew|idea|sure|remember|wonder|understand|care|given|considering|seeing|ballpark|gauge|estimate|figure out|figuring out|work out|working out|get a sense of|get a feel for)\s+(?:what|which|who|how|where|why|when)\b/u;
function asks(sentence) {
  if (!ASKING.test(sentence)) return false;
  const own = sentence.includes("(") || sentence.includes("\uFF08") ? sentence.replace(/[(（][^)）]*[)）]/gu, " ") : sentence;
  if (/[?？]/u.test(own) || !EMBEDDED.test(own)) return true;
  return ASKING.test(own.replace(new RegExp(EMBEDDED.source, "gu"), " "));
}
function inBrackets(text, index) {
  const open = Math.max(text.lastIndexOf("(", index), text.lastIndexOf("\uFF08", index));
  if (open < 0) return false;
  const close = Math.max(text.lastIndexOf(")", index), text.lastIndexOf("\uFF09", index));
  return close < open;
}
function askingOf(text) {
  let sentences;
  let clauses;
  let joined;
  const ranges = (byClause) => {
    if (byClause) {
      clauses ??= questionSentences(text, true);
      return clauses;
    }
    sentences ??= questionSentences(text);
    return sentences;
  };
  return {
    says(word, byClause = false) {
      const within = ranges(byClause);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        if (within.some((r) => at >= r.start && at < r.end)) return true;
      return false;
    },
    at: (index) => ranges(false).some((r) => index >= r.start && index < r.end),
    get text() {
      joined ??= ranges(false).map((r) => text.slice(r.start, r.end)).join(" ");
      return joined;
    }
  };
}

// src/engine/vocabulary.ts
var OWNING = [
  "\u73B0\u8D27",
  "in hand",
  "on hand",
  "\u624B\u4E0A",
  "\u624B\u91CC",
  "\u624B\u5934",
  "have",
  "has",
  "had",
  "own",
  "owns",
  "hold",
  "holds",
  "possess"
];
var USER_NOUNS = [
  "customer",
  "customers",
  "client",
  "clients",
  "tenant",
  "tenants",
  "users",
  "user",
  "\u5BA2\u6237",
  "\u7528\u6237"
];
var CUES = {
  help: [
    "help",
    "topics",
    "what can you",
    "what do you know",
    "commands",
    "usage",
    "\u5E2E\u52A9",
    "\u80FD\u56DE\u7B54",
    "\u80FD\u95EE",
    "\u8BDD\u9898",
    "\u529F\u80FD",
    "\u600E\u4E48\u7528",
    "\u4F60\u80FD\u505A\u4EC0\u4E48",
    "\u80FD\u505A\u4EC0\u4E48",
    "\u4F60\u4F1A\u4EC0\u4E48"
  ],
  source: [
    "when was",
    "when is",
    "written",
    "published",
    "date",
    "dated",
    "how recent",
    "up to date",
    "outdated",
    "how old",
    "\u4EC0\u4E48\u65F6\u5019",
    "\u4F55\u65F6",
    "\u53D1\u5E03",
    "\u53D1\u8868",
    "\u65E5\u671F",
    "\u8FC7\u65F6",
    "\u65F6\u6548",
    "source",
    "sources",
    "article",
    "link",
    "url",
    "cite",
    "citation",
    "reference",
    "original",
    "title",
    "who wrote",
    "\u5A92\u4F53",
    "\u54EA\u5BB6\u5A92\u4F53",
    "english source",
    "original english",
    "\u82F1\u6587\u539F\u6587",
    "author",
    "data come from",
    "\u6765\u6E90",
    "\u51FA\u5904",
    "\u539F\u6587",
    "\u94FE\u63A5",
    "\u5F15\u7528",
    "\u6807\u9898",
    "\u4F5C\u8005"
  ],
  amd: ["amd", "mi300", "mi250", "radeon", "instinct"],
  compare: [
    // "a100→h100 train 10k": one GPU in terms of the other.
    "\u2192",
    "->",
    "16-bit",
    "16 bit",
    "fp16",
    "bf16",
    "faster",
    "fast",
    "speed",
    "speedup",
    "speed-up",
    "compare",
    "compared",
    "comparison",
    "versus",
    "vs",
    "than",
    "performance",
    "perform",
    "better",
    "times",
    "quicker",
    "equivalent",
    "equivalents",
    "worth of",
    "\u5FEB",
    "\u901F\u5EA6",
    "\u5BF9\u6BD4",
    "\u6BD4\u8F83",
    "\u76F8\u6BD4",
    "\u6027\u80FD",
    "\u500D",
    "\u7B49\u4E8E",
    "\u76F8\u5F53\u4E8E",
    "\u7B49\u6548"
  ],
  inference: ["inference", "inferencing", "serving", "\u63A8\u7406", "\u63A8\u8BBA"],
  training: ["training", "train", "trained", "trains", "\u8BAD\u7EC3"],
  prefer: [
    "prefer",
    "preferred",
    "favor",
    "favour",
    "favored",
    "favoured",
    "why h100",
    "why do",
    "why is",
    "why would",
    "why does",
    "why are",
    "pick",
    "picks",
    "choose",
    "chooses",
    "go with",
    "goes with",
    "\u9752\u7750",
    "\u4E3A\u4EC0\u4E48",
    "\u4E3A\u4F55",
    "\u504F\u597D"
  ],
  factors: [
    // The article's own list of what training buyers look at.
    "fp8",
    "memory bandwidth",
    "bandwidth",
    "flops",
    "cache",
    "cache latency",
    "latency",
    "interconnect",
    "infiniband",
    "cuda",
    "cuda cores",
    "\u5185\u5B58\u5E26\u5BBD",
    "\u5E26\u5BBD",
    "\u7F13\u5B58",
    "\u5EF6\u8FDF",
    "\u4E92\u8FDE",
    "\u4E92\u8054",
    "matter",
    "matters",
    "factor",
    "factors",
    "consider",
    "considered",
    "look for",
    "look at",
    "looks at",
    "pay attention to",
    "when picking",
    "when choosing",
    "care about",
    "important",
    "criteria",
    "weigh",
    "specs",
    "features",
    "what do buyers",
    "\u5173\u6CE8",
    "\u770B\u91CD",
    "\u56E0\u7D20",
    "\u8003\u8651",
    "\u6307\u6807",
    "\u91CD\u8981"
  ],
  foundry: [
    // The process it is made on, and "which plant makes it" ("哪间厂在做").
    "\u51E0nm",
    "nm",
    "\u5236\u7A0B",
    "\u5DE5\u827A",
    "\u54EA\u95F4\u5382",
    "\u54EA\u5BB6\u5382",
    "\u54EA\u4E2A\u5382",
    "fab",
    "fabs",
    "fabbed",
    "fabbing",
    "make",
    "makes",
    "made",
    "manufacture",
    "manufactures",
    "manufactured",
    "manufacturing",
    "making",
    "manufacturer",
    "produce",
    "produces",
    "produced",
    "fab",
    "fabs",
    "foundry",
    "foundries",
    "build",
    "builds",
    "built",
    "5nm",
    "nanometer",
    "nanometre",
    "process node",
    "\u7EB3\u7C73",
    "\u5236\u7A0B",
    "\u5DE5\u827A",
    "chipmaker",
    "\u5236\u9020",
    "\u751F\u4EA7",
    "\u4EE3\u5DE5",
    "\u9020",
    "\u6676\u5706",
    "\u5DE5\u5382"
  ],
  supply: [
    "supply",
    "supplies",
    "supplier",
    "suppliers",
    "bottleneck",
    "bottlenecks",
    "constraint",
    "constrained",
    "limiting",
    "holding back",
    "\u4F9B\u5E94",
    "\u74F6\u9888",
    "\u4F9B\u7ED9",
    "\u4EA7\u80FD",
    "\u5361\u8116\u5B50"
  ],
  china: [
    "china",
    "chinese",
    "not counted",
    "excluded",
    "exclude",
    "excludes",
    "not included",
    "left out",
    "missing from",
    "\u4E2D\u56FD",
    "\u56FD\u5185",
    "\u4E0D\u5305\u62EC",
    "\u6CA1\u7B97",
    "\u672A\u8BA1\u5165",
    "\u4E0D\u542B",
    "\u6392\u9664"
  ],
  gap: [
    "gap",
    "shortage",
    "shortfall",
    "short",
    "deficit",
    "undersupply",
    "missing",
    "lack",
    "\u7F3A\u53E3",
    "\u77ED\u7F3A",
    "\u7F3A",
    "\u4E0D\u8DB3",
    "\u5DEE"
  ],
  total: [
    // A sum the user worked out: "came out to 97k for me".
    "came out to",
    "comes out to",
    "come out to",
    "listed demand",
    "the listed demand",
    "whole list",
    "demand list",
    "\u8FD9\u4E9Bgpu",
    "\u8FD9\u4E9B\u663E\u5361",
    "\u8FD9\u4E9B\u5361",
    "\u8FD9\u4E9Bh100",
    "these gpus",
    "those gpus",
    "these h100s",
    "those h100s",
    "all these gpus",
    "\u6240\u6709",
    "\u603B\u6570",
    "\u603B\u4EF7\u503C",
    "\u603B\u4EF7",
    "\u603B\u503C",
    "\u603B\u989D",
    "\u603B\u91D1\u989D",
    "\u603B\u82B1\u8D39",
    "\u603B\u6210\u672C",
    "all those",
    "all the gpus",
    "all of them",
    "everybody",
    "all companies",
    "grand total",
    "total",
    "in total",
    "overall",
    "altogether",
    "combined",
    "together",
    "sum",
    "all together",
    "whole market",
    "industry",
    "everyone",
    "market",
    "\u603B\u5171",
    "\u603B\u8BA1",
    "\u5408\u8BA1",
    "\u4E00\u5171",
    "\u603B\u9700\u6C42",
    "\u603B demand",
    "\u603Bdemand",
    "\u5168\u90E8",
    "\u603B\u91CF",
    "\u52A0\u8D77\u6765",
    "\u52A0\u603B",
    "between them",
    "between the three of them",
    "between the two of them",
    "between the four of them",
    "\u52A0\u4E00\u8D77",
    "\u52A0\u5728\u4E00\u8D77",
    "\u5408\u8D77\u6765",
    "add up",
    "added up",
    "adding up",
    "add them up",
    "add those up",
    "sum up",
    "summed up",
    "\u52A0\u4E00\u5757",
    "\u52A0\u4E00\u5757\u513F",
    "\u52A0\u5728\u4E00\u5757",
    "\u52A0\u5230\u4E00\u5757",
    "\u52A0\u5230\u4E00\u8D77",
    "\u52A0\u57CB",
    "\u5E02\u573A"
  ],
  value: [
    "\u82B1\u591A\u5C11",
    "\u8981\u82B1",
    "\u82B1\u8D39",
    "\u5356",
    "\u552E\u4EF7\u662F",
    "sell",
    "sells",
    "sold",
    "selling",
    "go for",
    "going for",
    "goes for",
    "goes for",
    "how much is",
    "how much are",
    "worth",
    "value",
    "valued",
    "cost",
    "costs",
    "price",
    "priced",
    "spend",
    "spending",
    "pay",
    "dollars",
    "money",
    "how much money",
    "bill",
    "usd",
    "\u4EF7\u503C",
    "\u4EF7\u94B1",
    "\u503C",
    "\u591A\u5C11\u94B1",
    // (Longer than the demand word "要多少" it would otherwise be read as.)
    "\u8981\u591A\u5C11\u94B1",
    // Average selling price, as finance writes it.
    "asp",
    "asps",
    // Asked in yuan, it asks a sum of money all the same (answered at the user's rate).
    "in yuan",
    "in rmb",
    "\u591A\u5C11\u4EBA\u6C11\u5E01",
    "\u591A\u5C11\u7F8E\u5143",
    "\u591A\u5C11\u7F8E\u91D1",
    "\u591A\u5C11\u4EBF\u7F8E\u5143",
    "\u591A\u5C11\u4EBF\u7F8E\u91D1",
    "\u591A\u5C11\u4EBF\u4EBA\u6C11\u5E01",
    "\u51E0\u4EBF\u7F8E\u5143",
    "\u591A\u5C11\u5200",
    "\u591A\u5C11\u9541",
    "\u8981\u591A\u5C11\u7F8E\u91D1",
    "\u8981\u591A\u5C11\u7F8E\u5143",
    "\u8981\u591A\u5C11\u5200",
    "\u8981\u591A\u5C11\u4EBA\u6C11\u5E01",
    "\u7838\u591A\u5C11",
    // "换成钱差多少": said in money.
    "\u6362\u6210\u94B1",
    "\u6298\u6210\u94B1",
    "\u6362\u7B97\u6210\u94B1",
    "\u70E7\u591A\u5C11",
    "\u82B1",
    "\u6210\u672C",
    "\u4EF7\u683C",
    "\u8D39\u7528",
    "\u7F8E\u5143",
    "\u91D1\u989D",
    "\u552E\u4EF7",
    "\u5355\u4EF7",
    "\u4E70",
    // A sum asked in billions is a sum of money: "= how many billion?".
    "how many billion",
    "how many billions",
    "how many million",
    "how many bn",
    "\u591A\u5C11\u4EBF",
    // (Longer than the "each" words "unit price", "per".)
    "per-unit price",
    "per unit price",
    // Chat: "what do 16 of those run me", "how much would that set us back".
    "run me",
    "run us",
    "set me back",
    "set us back",
    "set you back"
  ],
  // ("the per-cloud estimate" asks each cloud's figure, not which cloud.)
  each: [
    "each",
    "per",
    "apiece",
    "a piece",
    "unit price",
    "per card",
    "per-cloud",
    "per cloud",
    "each cloud",
    "\u6BCF\u5F20",
    "\u6BCF\u5757",
    "\u6BCF\u4E2A",
    "\u5355\u4EF7",
    "\u6BCF"
  ],
  popular: [
    "gpu config",
    "exact gpu config",
    "what config",
    "which config",
    "\u4EC0\u4E48\u914D\u7F6E",
    "\u54EA\u79CD\u914D\u7F6E",
    "\u53D7\u6B22\u8FCE",
    "\u62A2\u624B",
    "\u6700\u62A2\u624B",
    "popular",
    "most in demand",
    "most wanted",
    "most-wanted",
    "most in-demand",
    "most demanded",
    "hottest",
    "which gpu",
    "what gpu",
    "which gpus",
    "what gpus",
    "best gpu",
    "favorite",
    "favourite",
    "in demand",
    "hgx",
    "sxm",
    "which version",
    "what version",
    "which h100",
    "what h100",
    "\u54EA\u4E2A\u7248\u672C",
    "\u4EC0\u4E48\u7248\u672C",
    "sku",
    "config",
    "configuration",
    "form factor",
    "\u578B\u53F7",
    "\u914D\u7F6E",
    "\u6700\u53D7\u6B22\u8FCE",
    "\u6700\u70ED\u95E8",
    "\u54EA\u79CDgpu",
    "\u4EC0\u4E48gpu",
    "\u54EA\u4E9Bgpu",
    "\u54EA\u6B3E",
    "\u54EA\u4E00\u6B3E",
    "\u6700\u60F3\u8981",
    "\u70ED\u95E8",
    "\u6700\u706B"
  ],
  whoNeeds: [
    "who needs",
    "who wants",
    "which companies need",
    "what companies need",
    "which companies want",
    "who is buying",
    "who buys",
    "more than",
    "at least",
    "over",
    "1000+",
    "100+",
    "or more",
    "\u8C01\u9700\u8981",
    "\u54EA\u4E9B\u516C\u53F8\u9700\u8981",
    "\u4EE5\u4E0A",
    "\u8D85\u8FC7"
  ],
  demand: [
    "demanded",
    "two different numbers",
    "two numbers",
    "two figures",
    "\u4E24\u4E2A\u6570\u5B57",
    "\u4E24\u4E2A\u6570",
    "they're after",
    "supposedly after",
    "needing",
    "wanting",
    "\u8981\u51E0",
    "are they after",
    "is it after",
    "are after",
    "is after",
    "appetite",
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "wanted",
    "demand",
    "demands",
    "require",
    "requires",
    "required",
    "requirement",
    "order",
    "orders",
    "ordered",
    "asking for",
    "looking for",
    // "ask" as a noun for a request: "Inflection's H100 ask", "their combined ask".
    "h100 ask",
    "gpu ask",
    "its ask",
    "their ask",
    "ask across",
    "the ask",
    "s ask",
    "buy",
    "buying",
    "purchase",
    "\u9700\u8981",
    "\u9700\u6C42",
    "\u60F3\u8981",
    "\u8981\u591A\u5C11",
    "\u8981",
    "\u8BA2\u8D2D",
    "\u91C7\u8D2D"
  ],
  holdings: [
    ...OWNING,
    "possesses",
    "stash",
    "holdings",
    "holding",
    "inventory",
    "fleet",
    "count",
    "trained on",
    "train on",
    "used",
    "use",
    "uses",
    "using",
    "racked",
    "already racked",
    "in racks",
    "in stock",
    "booked",
    "booking",
    "bookings",
    "just booked",
    "reserved",
    "deployed",
    "installed",
    "\u6709\u591A\u5C11",
    "\u62E5\u6709",
    "\u6301\u6709",
    "\u6709",
    "\u5E93\u5B58",
    "\u50A8\u5907",
    "\u7528\u4E86",
    "\u4F7F\u7528\u4E86",
    "\u9884\u5B9A",
    "\u90E8\u7F72"
  ],
  /**
   * "Where does OpenAI get its GPUs?" (its cloud) or "where is this from?" (the source): which one
   * depends on whether a company is named.
   */
  whereFrom: [
    "where does",
    "where do",
    "where is this",
    "where is it",
    "come from",
    "comes from",
    "get its gpus",
    "gets its gpus",
    "get their gpus",
    "get gpus",
    "where are they getting",
    "where is it getting",
    "getting compute",
    "get compute",
    "gets compute",
    "getting gpus",
    "getting its gpus",
    "getting their gpus",
    "compute from",
    "obtain",
    "obtains",
    "\u54EA\u91CC\u6765",
    "\u4ECE\u54EA\u91CC\u6765",
    "\u4ECE\u54EA\u6765",
    "\u54EA\u513F\u6765",
    "\u6765\u81EA\u54EA",
    "\u6765\u81EA\u54EA\u91CC",
    "\u83B7\u5F97",
    "\u83B7\u53D6",
    "\u901A\u8FC7"
  ],
  /** "Summarise the article", "key numbers": the headline figures. */
  summary: [
    "summarize",
    "summarise",
    "summary",
    "key numbers",
    "key figures",
    "key data",
    "main points",
    "headline",
    "tl;dr",
    "tldr",
    "in short",
    "\u603B\u7ED3",
    "\u6982\u62EC",
    "\u8981\u70B9",
    "\u6838\u5FC3\u6570\u636E",
    "\u4E3B\u8981\u5185\u5BB9",
    "\u8BB2\u4E86\u4EC0\u4E48",
    "\u6458\u8981",
    "\u8BF4\u4E86\u4EC0\u4E48"
  ],
  /** Where a cloud's GPUs go ("most of Azure's GPUs go to OpenAI"). */
  allocation: [
    "allocation",
    "allocated",
    "allocate",
    "go to",
    "goes to",
    "going to",
    "flow to",
    "flows to",
    "end up",
    "ends up",
    "\u6D41\u5411",
    "\u5206\u914D",
    "\u7ED9\u8C01\u7528",
    "\u7ED9\u4E86\u8C01",
    // "Azure 的 GPU 大部分都给 Anthropic 用": where most of them go, put up for checking.
    "\u5927\u90E8\u5206\u90FD\u7ED9",
    "\u5927\u90E8\u5206\u7ED9",
    "\u5927\u591A\u7ED9",
    "\u5927\u90E8\u5206\u90FD\u662F\u7ED9",
    "mostly go to",
    "mostly goes to",
    "most of it goes to",
    "\u7ED9\u8C01",
    "\u53BB\u5411",
    "\u914D\u989D",
    "\u5206\u5230",
    "send most",
    "sends most",
    "send the most",
    "sends the most",
    "most of its gpus",
    "most of their gpus",
    // Cantonese "去咗邊間", read as "去了哪间".
    "\u53BB\u4E86\u54EA\u95F4",
    "\u53BB\u4E86\u54EA\u5BB6",
    "\u53BB\u54EA\u95F4",
    "\u53BB\u54EA\u5BB6"
  ],
  howMany: [
    "how many",
    // "what's the per-cloud H100 estimate": a figure asked.
    "h100 estimate",
    "h100 estimates",
    "number of",
    "count",
    "how much",
    "\u591A\u5C11",
    "\u51E0",
    "\u6570\u91CF",
    "\u6709\u591A\u5C11",
    "\u6709\u51E0",
    "\u8981\u591A\u5C11",
    "\u8981\u51E0",
    "\u51E0\u4E07\u5F20",
    "\u51E0\u5343\u5F20",
    "\u51E0\u4E07"
  ],
  cloud: [
    "public cloud",
    "public clouds",
    "\u516C\u6709\u4E91",
    "\u516C\u5171\u4E91",
    "cloud",
    "clouds",
    "cloud provider",
    "hosting",
    "hosted",
    "host",
    "hosts",
    "runs on",
    "run on",
    "platform",
    "provider",
    "providers",
    "hyperscaler",
    "infrastructure",
    "\u4E91",
    "\u4E91\u670D\u52A1",
    "\u4E91\u5382\u5546",
    "\u4E91\u5E73\u53F0",
    "\u4E91\u670D\u52A1\u5546",
    "\u5E73\u53F0"
  ],
  use: [
    "use",
    "uses",
    "using",
    "used",
    "on",
    ...USER_NOUNS,
    "rely",
    "relies",
    "rent",
    "rents",
    "runs",
    "run",
    "\u7528",
    "\u4F7F\u7528",
    "\u5728\u7528",
    "\u79DF\u7528",
    "\u4F9D\u8D56",
    "\u8DD1\u5728",
    "\u4E0A"
  ],
  who: [
    "who",
    "which",
    "what companies",
    "which companies",
    "whom",
    "\u8C01",
    "\u54EA\u4E9B",
    "\u54EA\u5BB6",
    "\u54EA\u4E2A",
    "\u54EA\u51E0\u5BB6",
    "\u54EA\u51E0\u4E2A",
    "\u54EA\u51E0\u4F4D",
    "\u6709\u54EA\u4E9B"
  ],
  /**
   * Phrases that carry no intent but contain cue words ("according to the article" is not asking for the
   * source; "主要" contains the demand cue "要"): matched, so their words are spent, and otherwise ignored.
   */
  filler: [
    // A guess at the size of an answer: "what's all that demand worth, like billions?".
    "billions",
    "millions",
    "trillions",
    // "ok follow-up: …": saying the message goes on from another.
    "follow-up",
    "follow up",
    "followup",
    // A claim put up for checking, or where it was seen: "有人说 meta 有 21k 张, right?", "tweet: …".
    "right",
    "\u5BF9\u4E0D\u5BF9",
    "\u662F\u4E0D\u662F",
    "\u5BF9\u5417",
    "\u5BF9\u5427",
    "tweet",
    "tweets",
    "tweeted",
    "twitter",
    "\u63A8\u7279",
    // "in order" asks for a ranking (its patterns read it), not to order GPUs.
    "in order",
    // A journalist's check before publishing: "ok to print?".
    "ok to print",
    "before we print",
    "to print",
    "baked into",
    "baked in",
    // "总需求是把 meta 算成几万张": how a figure is counted in the total.
    "\u7B97\u6210",
    // The words around an exchange rate the user gives: its amount is read with them ("7.2 rmb per dollar").
    "exchange rate",
    "per dollar",
    "to the dollar",
    "to one dollar",
    "rmb",
    "yuan",
    "\u6C47\u7387",
    "\u4EBA\u6C11\u5E01",
    "\u4E3E\u4E86",
    "\u4E3E\u4F8B",
    "\u4F8B\u5B50",
    "y/n",
    "yes/no",
    "yes or no",
    "according to the article",
    "according to this article",
    "per the article",
    "in the article",
    "in this article",
    "the article says",
    "article say",
    "does the article say",
    "based on the article",
    "from the article",
    "\u6839\u636E\u6587\u7AE0",
    "\u636E\u6587\u7AE0",
    "\u6587\u7AE0\u4E2D",
    "\u6587\u4E2D",
    "\u6587\u7AE0\u91CC",
    "\u6587\u7AE0\u8BF4",
    "\u4E3B\u8981"
  ],
  /** The future: the article is a snapshot of mid-2023 and forecasts nothing. */
  forecast: [
    "when will",
    "when does the shortage",
    "shortage end",
    "shortage be over",
    "end date",
    "\u5565\u65F6\u5019\u80FD",
    "\u4EC0\u4E48\u65F6\u5019\u80FD",
    "\u4F55\u65F6\u7F13\u89E3",
    "\u7F13\u89E3",
    "next year",
    "will prices",
    "price drop",
    "prices drop",
    "predict",
    "prediction",
    "predictions",
    // ("文章预测的缺口" is the article's estimate: only a forecast asked for is one.)
    "\u6709\u9884\u6D4B",
    "\u6709\u6CA1\u6709\u9884\u6D4B",
    "\u6709\u4EC0\u4E48\u9884\u6D4B",
    "\u505A\u9884\u6D4B",
    "\u4F1A\u964D\u4EF7",
    "\u964D\u4E0D\u964D\u4EF7",
    "\u4F1A\u4E0D\u4F1A\u964D\u4EF7",
    "\u660E\u5E74",
    "\u4F55\u65F6\u7ED3\u675F",
    "\u4EC0\u4E48\u65F6\u5019\u7ED3\u675F",
    "\u4F1A\u964D\u4EF7",
    "\u964D\u4EF7",
    "will the shortage",
    "how long will",
    "by when",
    "\u5C06\u6765\u4F1A",
    "expected to end",
    "will end",
    "will it end",
    "will be over",
    "think the shortage",
    "release date",
    "be released",
    "launch date",
    "\u4EC0\u4E48\u65F6\u5019\u53D1\u5E03",
    "\u4F55\u65F6\u53D1\u5E03",
    "\u53D1\u5E03\u65F6\u95F4",
    "\u4EC0\u4E48\u65F6\u5019\u51FA",
    "\u4E0A\u5E02\u65F6\u95F4",
    "expected to ease",
    "going to end",
    "gonna end",
    "end soon",
    "be over soon",
    "how long until",
    "how long till",
    "will it last",
    "\u6301\u7EED\u591A\u4E45",
    "\u5230\u4EC0\u4E48\u65F6\u5019",
    "\u4EC0\u4E48\u65F6\u5019\u7F13\u89E3",
    "\u4F1A\u7ED3\u675F"
  ],
  /** A part of a whole: "what share of the 432k", "占比" (matched so "share" is never read as stock). */
  portion: ["share", "percent", "percentage", "proportion", "fraction", "\u5360\u6BD4", "\u6BD4\u4F8B", "\u767E\u5206\u6BD4"],
  outOfScope: [
    // Advice, not the article: "good idea given the shortage?".
    "good idea",
    "bad idea",
    "smart move",
    // Other chips the article never counts: "how many tpus" (lower-case, it would read as a typo of GPUs).
    "tpu",
    "tpus",
    // Trading, not the GPU market: "load up on NVDA calls".
    "nvda calls",
    "nvda puts",
    "call options",
    "load up on",
    // What a model cost to train: the article counts its GPUs, never its bill.
    "cost to train",
    "costs to train",
    "cost of training",
    "training cost",
    "\u8BAD\u7EC3\u6210\u672C",
    "\u8BAD\u7EC3\u8D39\u7528",
    "\u8BAD\u7EC3\u82B1\u8D39",
    "fp8\u8BAD\u7EC3",
    "fp8\u63A8\u7406",
    "\u9ED1\u5E02",
    "black market",
    "\u56FD\u5185\u80FD\u4E70",
    "tb/s",
    "gb/s",
    "tflops",
    "petaflops",
    "how much memory",
    "gb of memory",
    // Whose models are better: an opinion, not the GPU market.
    "model is better",
    "models are better",
    "better model",
    "better models",
    "whose model",
    "model better",
    "\u6A21\u578B\u66F4\u597D",
    "\u6A21\u578B\u66F4\u5F3A",
    "\u8C01\u7684\u6A21\u578B",
    // A whole server's price, all in: the article prices the GPU alone ("8 H100s" is still a sum of GPUs).
    "all in",
    "all-in",
    "whole box",
    "the box cost",
    "whole server",
    "server cost",
    "per server",
    "a server cost",
    "server price",
    "\u6574\u673A",
    "\u670D\u52A1\u5668\u591A\u5C11\u94B1",
    "\u4E00\u53F0\u670D\u52A1\u5668",
    // A spec's figure, which the article never gives: "显存带宽多少".
    "\u5E26\u5BBD\u591A\u5C11",
    "\u5E26\u5BBD\u662F\u591A\u5C11",
    "\u5E26\u5BBD\u6709\u591A\u5C11",
    "how much bandwidth",
    "what bandwidth",
    "hbm3",
    "hbm",
    "vram",
    "memory capacity",
    // Reselling, and networking gear's prices: the article prices the H100 alone.
    "resell",
    "resold",
    "for profit",
    "\u8F6C\u5356",
    "\u5012\u5356",
    // Money put into a company: "Microsoft 投资 OpenAI 多少钱".
    "\u6295\u8D44",
    "\u6295\u4E86",
    "invested",
    "investment",
    // Wealth: "马斯克不是很有钱吗".
    "\u6709\u94B1",
    "net worth",
    "\u8EAB\u5BB6",
    "infiniband switch",
    "infiniband switches",
    "switches",
    "\u4EA4\u6362\u673A",
    "\u5149\u6A21\u5757",
    // (Not the yuan: a question that gives a yuan price or an exchange rate is answered in yuan.)
    "\u65B0\u53F0\u5E01",
    "\u53F0\u5E01",
    "\u6E2F\u5E01",
    "\u6E2F\u5143",
    "\u65E5\u5143",
    "\u6B27\u5143",
    "twd",
    "ntd",
    "hkd",
    "euros",
    "\u56FD\u5185\u5356",
    "ship",
    "opinion",
    "per month",
    "a month",
    // Advice on timing a purchase: the article gives no opinion on it.
    "next gen",
    "next-gen",
    "next generation",
    "holding off",
    "hold off",
    "worth waiting",
    "should we wait",
    "should i wait",
    "\u4E0B\u4E00\u4EE3",
    "\u8981\u4E0D\u8981\u7B49",
    // Money actually spent or earned: the article prices demand, it reports no purchases or sales.
    "spent",
    "revenue",
    "revenues",
    "sales figures",
    "\u8425\u6536",
    "\u6536\u5165",
    "\u9500\u552E\u989D",
    "capex",
    "\u82B1\u4E86\u591A\u5C11",
    "\u5230\u5E95\u82B1\u4E86",
    "\u91C7\u8D2D\u91D1\u989D",
    "\u91C7\u8D2D\u989D",
    "\u4E00\u4E2A\u6708",
    "per year",
    "a year",
    "each year",
    "annually",
    "\u4E00\u5E74\u80FD",
    "\u4E00\u5E74\u53EF\u4EE5",
    "\u6BCF\u5E74",
    "\u5E74\u4EA7",
    "\u6BCF\u4E2A\u6708",
    "\u6BCF\u6708",
    "\u6708\u4EA7",
    "\u4EA7\u91CF",
    "homelab",
    "cheaper",
    "cheapest",
    "\u4FBF\u5B9C",
    "rental",
    "hourly",
    "per hour",
    "an hour",
    "\u79DF\u91D1",
    "\u6309\u5C0F\u65F6",
    "\u5C0F\u65F6\u79DF",
    "\u6BCF\u5C0F\u65F6",
    "\u4E00\u5C0F\u65F6",
    "shipped",
    "shipments",
    "shipment",
    "\u51FA\u8D27",
    "\u51FA\u8D27\u91CF",
    "watts",
    "watt",
    "power draw",
    "tdp",
    "\u529F\u8017",
    "\u74E6",
    // Specs and speeds the article gives no figure for: it gives 16-bit speed-ups only.
    "parameters",
    "params",
    "\u53C2\u6570\u91CF",
    "\u591A\u5C11\u53C2\u6570",
    "at fp8",
    "in fp8",
    "fp8 speed",
    "fp8 \u63A8\u7406",
    "fp8 inference",
    "fp8 training",
    "for fp8",
    "how many cuda",
    "cuda core count",
    "\u4E2A cuda",
    "\u4E2Acuda",
    "cuda \u6838\u5FC3\u6570",
    "cuda\u6838\u5FC3\u6570",
    "\u4ED8\u4E86\u591A\u5C11",
    "paid for",
    "did they pay",
    "fp8\u4E0B",
    "fp8 \u4E0B",
    "fp8 \u8BAD\u7EC3",
    "fp8 \u6027\u80FD",
    "int8",
    "tf32",
    "fp64",
    "nvlink",
    "nvswitch",
    "perf per dollar",
    "performance per dollar",
    "flops per dollar",
    "\u6BCF\u7F8E\u5143",
    "\u6BCF\u5757\u94B1",
    "dgx",
    "\u6574\u673A",
    "\u9609\u5272",
    "nerfed",
    // Delivery times and the law: the article gives neither.
    "lead time",
    "lead times",
    "delivery time",
    "wait time",
    "\u4EA4\u671F",
    "\u4EA4\u8D27\u5468\u671F",
    "\u7B49\u591A\u4E45",
    "export control",
    "export controls",
    "export ban",
    "\u51FA\u53E3\u7BA1\u5236",
    "\u7981\u4EE4",
    "\u5408\u6CD5",
    // How long a past training run took: the article gives GPU counts, not durations.
    "how long did",
    "take to train",
    "took to train",
    "\u8BAD\u7EC3\u4E86\u591A\u4E45",
    "\u7EC3\u4E86\u591A\u4E45",
    "\u82B1\u4E86\u591A\u4E45",
    "\u7528\u4E86\u591A\u4E45",
    "\u79DF\u4EF7",
    "\u79DF\u4E00\u5F20",
    "\u6BCF\u4E2A\u949F",
    "\u4E00\u4E2A\u949F",
    "\u949F\u79DF",
    "h100-hour",
    "gpu-hour",
    "gpu hour",
    "per node",
    "infiniband bandwidth",
    "your opinion",
    "your take",
    "what year",
    "which year",
    "in what year",
    "\u54EA\u4E00\u5E74",
    "\u54EA\u5E74",
    "\u51E0\u51E0\u5E74",
    "what for",
    "what are they for",
    "used for what",
    "\u62FF\u6765\u5E72\u561B",
    "\u62FF\u6765\u5E72\u4EC0\u4E48",
    "\u62FF\u6765\u505A\u4EC0\u4E48",
    "\u7528\u6765\u5E72\u561B",
    "\u7528\u6765\u505A\u4EC0\u4E48",
    "\u7528\u9014",
    "a buy",
    "buy or sell",
    "good investment",
    "invest in",
    "price target",
    // Consumer GPUs and games: the article covers none of them.
    "4090",
    "4090s",
    "3090",
    "rtx",
    "geforce",
    "gaming",
    "fps",
    "\u6253\u6E38\u620F",
    "\u73A9\u6E38\u620F",
    "\u5E27",
    "should i buy",
    "should we buy",
    "buy or rent",
    "or just rent",
    "rent or buy",
    "\u8FD8\u80FD\u51B2",
    "\u4E0A\u8F66",
    "\u6765\u5F97\u53CA\u5417",
    "\u4F60\u89C9\u5F97\u5462",
    "\u8BE5\u4E0D\u8BE5\u4E70",
    "worth buying",
    "\u503C\u5F97\u4E70",
    "\u5EFA\u8BAE\u4E70",
    "per quarter",
    "quarterly",
    "\u6BCF\u5B63\u5EA6",
    "share price",
    "stock",
    "stocks",
    "shares",
    "market cap",
    "capitalization",
    "earnings",
    "dividend",
    "weather",
    "forecast",
    "recipe",
    "bake",
    "baking",
    "bread",
    "movie",
    "song",
    "football",
    "election",
    "bitcoin",
    "crypto",
    "\u80A1\u4EF7",
    "\u80A1\u7968",
    "\u5E02\u503C",
    "\u8D22\u62A5",
    "\u5929\u6C14",
    "\u83DC\u8C31",
    "\u7535\u5F71",
    "\u6BD4\u7279\u5E01"
  ]
};
var STOPWORDS = [
  // Chat: interjections and short forms, in English or dropped into Chinese ("…多少张 A100 啊 bro").
  ..."dc dcs datacenter datacenters group groups bucket buckets tier tiers bro bruh dude fam guys lol lmao lmfao rofl haha hahaha hehe xd xdd iirc afaik imo imho tbh ngl fr jk eli5 elif u1s1 lowkey highkey ong deadass fwiw btw idk idc pls plz plox rn atm asap sry sorry thx ty tysm omg wtf wow yo yeah yep yup nope nah hmm hm uh um ok okay kinda sorta gonna wanna lemme gimme smth sth stuff thing things pic sort rank order ranking".split(
    " "
  ),
  // English
  // ("how much hardware is that": the GPUs themselves, priced.)
  "hardware",
  // Words that leave names out ("besides OpenAI", "skip meta"): the slots read them.
  "besides",
  "apart",
  "aside",
  "skip",
  "skipping",
  "instead",
  "baseline",
  "alone",
  "a",
  "an",
  "the",
  "of",
  "to",
  "in",
  "on",
  "at",
  "for",
  "by",
  "with",
  "from",
  "about",
  "as",
  "into",
  "and",
  "or",
  "but",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "do",
  "does",
  "did",
  "done",
  "doing",
  "can",
  "could",
  "will",
  "would",
  "should",
  "shall",
  "may",
  "might",
  "must",
  "it",
  "its",
  "it's",
  "this",
  "that",
  "these",
  "those",
  "there",
  "their",
  "they",
  "them",
  "he",
  "she",
  "his",
  "her",
  "we",
  "our",
  "you",
  "your",
  "i",
  "me",
  "my",
  "what",
  "what's",
  "whats",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "why",
  "how",
  "much",
  "many",
  "more",
  "most",
  "some",
  "any",
  "all",
  "each",
  "every",
  "other",
  "another",
  "such",
  "so",
  "than",
  "then",
  "too",
  "very",
  "just",
  "also",
  "only",
  "not",
  "no",
  "yes",
  "if",
  "please",
  "tell",
  "show",
  "give",
  "list",
  "know",
  "say",
  "says",
  "said",
  "think",
  "does",
  "get",
  "got",
  "go",
  "going",
  "like",
  "roughly",
  "approximately",
  "approx",
  "around",
  "about",
  "estimate",
  "estimated",
  "estimates",
  "expected",
  "reportedly",
  "supposedly",
  "number",
  "numbers",
  "amount",
  "figure",
  "figures",
  "data",
  "info",
  "information",
  "details",
  "according",
  "per",
  "article",
  "report",
  "gpu",
  "gpus",
  "card",
  "cards",
  "chip",
  "chips",
  "accelerator",
  "accelerators",
  "nvidia's",
  "company",
  "companies",
  "firm",
  "firms",
  "startup",
  "startups",
  "lab",
  "labs",
  "ai",
  "ones",
  "one",
  "people",
  "someone",
  "anyone",
  "currently",
  "now",
  "actually",
  "really",
  "exactly",
  "does",
  "x",
  "up",
  "out",
  "off",
  "again",
  "still",
  "yet",
  "already",
  "there's",
  "here",
  "model",
  "models",
  "class",
  "its",
  "their",
  "own",
  "for",
  "llm",
  "llms",
  "big",
  "large",
  "largest",
  "biggest",
  "top",
  "main",
  "major",
  "key",
  "h100s",
  "a100s",
  "units",
  "unit",
  "pieces",
  "piece",
  "hi",
  "hello",
  "hey",
  "thanks",
  "thank",
  "ok",
  "okay",
  "bot",
  "answer",
  "question",
  "would",
  "cost",
  "between",
  "both",
  "either",
  "via",
  "through",
  "an",
  "did",
  "ever",
  "said",
  "stated",
  "mention",
  "mentioned",
  "mentions",
  "list",
  "listed",
  "name",
  "named",
  "names",
  "they're",
  "same",
  "similar",
  "equivalent",
  "version",
  "size",
  "big",
  "scale",
  "compute",
  "capacity",
  "gpt-3.5",
  "openai's",
  "meta's",
  "across",
  "refer",
  "refers",
  "mean",
  "means",
  "ceo",
  "ceos",
  "suppose",
  "supposing",
  "assume",
  "assuming",
  // Chinese
  "\u4F4D",
  "\u4E24",
  "\u4E24\u5BB6",
  "\u4E24\u4E2A",
  "\u4ECB\u7ECD",
  "\u8BB2\u8BB2",
  "\u8BF4\u8BF4",
  "\u804A\u804A",
  "\u5173\u4E8E",
  "\u5982\u679C",
  "\u5047\u5982",
  "\u5047\u8BBE",
  "\u8981\u662F",
  "ceo",
  "\u5217\u51FA",
  "\u5217\u4E3E",
  "\u5404\u5BB6",
  "\u5404\u4E2A",
  "\u5404",
  "\u7684",
  "\u4E86",
  "\u662F",
  "\u5417",
  "\u5462",
  "\u5427",
  "\u554A",
  "\u5728",
  "\u548C",
  "\u4E0E",
  "\u8DDF",
  "\u53CA",
  "\u6216",
  "\u8FD8",
  "\u4E5F",
  "\u90FD",
  "\u5C31",
  "\u4E48",
  "\u4EC0\u4E48",
  "\u600E\u4E48",
  "\u600E\u6837",
  "\u5982\u4F55",
  "\u591A\u5C11",
  "\u51E0",
  "\u4E2A",
  "\u5F20",
  "\u5757",
  "\u7247",
  "\u53F0",
  "\u5BB6",
  "\u8BF7",
  "\u95EE",
  "\u544A\u8BC9",
  "\u6211",
  "\u4F60",
  "\u4ED6",
  "\u5979",
  "\u5B83",
  "\u4EEC",
  "\u8FD9",
  "\u90A3",
  "\u4E9B",
  "\u8FD9\u4E9B",
  "\u90A3\u4E9B",
  "\u516C\u53F8",
  "\u4F01\u4E1A",
  "\u5382\u5546",
  "\u4F30\u8BA1",
  "\u5927\u6982",
  "\u5927\u7EA6",
  "\u7EA6",
  "\u5DE6\u53F3",
  "\u53EF\u80FD",
  "\u76EE\u524D",
  "\u73B0\u5728",
  "\u6587\u7AE0",
  "\u8BF4",
  "\u63D0\u5230",
  "\u636E",
  "\u6839\u636E",
  "\u6309",
  "\u7B97",
  "\u8BA1\u7B97",
  "\u4EE5",
  "\u4E3A",
  "\u5BF9",
  "\u6BD4",
  "\u4E2D",
  "\u91CC",
  "\u4ECE",
  "\u5230",
  "\u7ED9",
  "\u88AB",
  "\u628A",
  "\u6709",
  "\u6CA1\u6709",
  "\u4E0D",
  "\u4F1A",
  "\u80FD",
  "\u53EF\u4EE5",
  "\u5417",
  "\u5440",
  "\u561B",
  "\u7528\u4E8E",
  "\u4E00\u5171",
  "\u603B",
  "\u663E\u5361",
  "\u5361",
  "\u82AF\u7247",
  "\u7B97\u529B",
  "gpu",
  "\u6A21\u578B",
  "\u5927\u6A21\u578B",
  "\u54EA",
  "\u91CC",
  "\u7684\u8BDD",
  // Hearsay and emphasis around a question: "据说有三四万张，具体多少", "到底多少".
  "heard",
  "meh",
  "\u556B",
  "scenario",
  "scenarios",
  "supposedly",
  "reportedly",
  "rumor",
  "rumour",
  "rumored",
  "rumoured",
  "\u636E\u8BF4",
  "\u542C\u8BF4",
  "\u4F20\u95FB",
  "\u5177\u4F53",
  "\u5230\u5E95",
  "\u7A76\u7ADF",
  "\u4E00\u4E0B",
  "\u4E0B",
  "\u770B",
  "\u770B\u770B",
  "\u77E5\u9053",
  "\u6570\u636E",
  "\u60C5\u51B5",
  "\u65B9\u9762",
  "\u7B49",
  "\u5176",
  "\u4E4B",
  // Particles of Singapore, Malaysian and Hong Kong English and Chinese chat ("Meta 要几多张 H100 ah").
  "lah",
  "leh",
  "lor",
  "hor",
  "meh",
  "ah",
  "ar",
  "la",
  "can or not"
];

// src/engine/slots.ts
var YES_NO_EN = /[—–]\s*(?:is|are|was|were|does|do|did|has|have)\s+(?:those|these|they|it|that|this|we|you|he|she|the\s+\w+s)\b|(?:^|[,.;:!?]\s*)(?:(?:yo|ok|okay|so|hey|hi|wait|lol|btw|and|but|also|quick q|q|um|uh|bro|guys|pls|please|sorry|hmm|oh|well|then|now|real quick)[,:]?\s+){0,3}(?:is|are|was|were|does|do|did|can|could|will|would|has|have|had|should|isn't|aren't|doesn't|don't|didn't|can't|won't)\b(?!\s+(?:how|what|which|who|where|when)\b)/;
var YES_NO_TAIL = /(?:,?\s*(?:right|correct|true|accurate|ok to print|yes or no|no|yes|yeah|yea|yep|ya|innit|amirite|meh|咩|(?:can )?or not|(?:was|is|were|are|did|does|do|has|have|had)n'?t (?:it|they|he|she|that))\s*\??[\s\p{Extended_Pictographic}\p{P}]*$)|(?:吗|(?<![什怎多那这要])么|嘛|囉|啰)[啊呀呢哈哦喔嘛]*(?!\p{Script=Han})|是不是|是否|有没有|对不对|对吗|对吧|真的假的|是真的吗|是真是假|是吧|没错吧|没毛病|没问题吧|靠谱吗|(?:是|有)(?:\p{Script=Han}|\s*[\w.-]+\s*){1,6}吧[\s\p{Extended_Pictographic}\p{P}]*$|(?:了|的|啦)吧[?？]?\s*$|吧\s*[?？]\s*$|算不算|能不能|可不可以|会不会|行不行|^(?:我)?(?:记得|以为|听说|印象中|印象里)[^多少哪几谁什么怎?？]*[?？]\s*$/u;
var YES_NO_LEAD = /^\s*(?:pls |please )?(?:confirm|fact[- ]check|double[- ]check|verify|sanity check)\b\s*[:：,-]/iu;
var YES_NO_MID = /(?:,|\s)\s*(?:right|correct|true|yeah|yes or no)\s*\?/u;
var CLAUSE_ASKED = /(?:^|[.!](?=\s)|[,;](?!\d{3})|[。！，；\n])(?:[^?!。？！\n;；，,]|,(?=\d{3}))*?\?/gu;
var QUESTION_WORD = /\b(?:how|what|whats|which|who|whom|whose|when|why|where|wat|wut|or|any|anything|else|worth|cost|costs|value|price)\b|值多少|多少钱|多少|几|幾|哪|什么|什麼|啥|谁|誰|吗|嗎|呢/u;
var FIGURE_CLAIMED = /(?<![a-z\d])\d.*\b(?:has|have|had|got|gets|wants?|wanted|needs?|needed|used|owns?|holds?|is|are|was|were|trained|bought|ordered|booked|reserved|secured)\b|\b(?:has|have|had|got|gets|wants?|wanted|needs?|needed|used|owns?|holds?|is|are|was|were|trained|bought|ordered|booked|reserved|secured)\b.*(?<![a-z\d])\d/u;
var CHAT_CLAIM = /(?:\b(?:lol|lmao|lmfao|rofl|fr|ngl|apparently|supposedly|iirc|right|yeah|innit)|[\u{1F602}\u{1F921}\u{1F914}\u{1F440}])(?:[\s\p{Extended_Pictographic}!.]|\uFE0F)*$/u;
var IMPERATIVE = /^\s*(?:pls |please )?(?:list|tell|give|show|rank|sort|compare|explain|calculate|calc|compute|sum|add|convert|price|value|name|check)\b|请|帮我|給我|给我|告诉|列出|说说|讲讲|^\s*(?:so |and |but )?(?:if|suppose|supposing|assuming|assume|say|let's say|given|at|with|when|如果|假如|假设|要是|若|按|以)/u;
var RELATION_CLAIMED = /\b(?:was|were|is|are|got) trained on\b|\b(?:is|are|was|were|(?:it|that|they|he|she|\w+)(?:'s|’s)) (?:on|in|one of|among|part of|made by|the only|just)\b|\b(?:uses?|using|runs on|running on|makes?|made by)\b/u;
var THAT_PRICE = /\b(?:at|for|with) (?:that|this|his|her|their|those|these|the said) (?:price|rate|number|figure)s?\b|按(?:这个|那个|这|那)(?:价|单价)|照(?:这|那)个?价/u;
function statementAsked(text) {
  if (CHAT_CLAIM.test(text) && !text.includes("?") && !QUESTION_WORD.test(text) && !IMPERATIVE.test(text))
    return FIGURE_CLAIMED.test(text) || RELATION_CLAIMED.test(text);
  for (const m of text.matchAll(CLAUSE_ASKED)) {
    const clause = m[0];
    if (!QUESTION_WORD.test(clause) && (FIGURE_CLAIMED.test(clause) || RELATION_CLAIMED.test(clause)))
      return true;
  }
  return false;
}
var PRICE_CUES_BEFORE = /(?:\bat|@|\b(?:price|prices|cost|costs|h100s?|cards?|gpus?)\s+(?:(?:were|was|is|are|ever)\s+)?(?:drops?|dropped|falls?|fell|goes down|went down|comes down|came down|rises?|rose|goes up|went up|climbs?|climbed)\s+to|(?:price|cost)s?\s*(?:is|was|were|are|=|:|would be|will be|'s|’s|of)?\s*(?:actually|really|just|only|now|more like|closer to|like|probably)?|priced|costs?|\bpa(?:y|ys|id|ying)|\b(?:went|goes|go|going|sold|sell|sells|selling) for|售价|价格|单价|(?:\d{3,}|\d[kw万])\s*(?:\btimes|\bx|[×*]|乘以|乘))\s*(?:约|大约|about|around|roughly|like|~)?\s*$/u;
function readSlots(ctx, reading) {
  const all = reading.entities.map((m) => m.entity);
  const { gpuCounts: figures, sourceIds } = articleFigures(ctx.kb);
  const leftOut2 = ({ start, text: text2 }) => start >= 0 && (EXCLUDING.test(reading.text.slice(Math.max(0, start - 14), start)) && !ITS_FIGURE_AFTER.test(reading.text.slice(start + text2.length, start + text2.length + 16)) || MINUS_FROM_MANY.test(reading.text.slice(Math.max(0, start - 60), start)) || EXCLUDED_LIST.test(reading.text.slice(Math.max(0, start - 24), start)) || // ("把Oracle从大型云厂商里去掉": the group something is taken out of is not itself left out.)
  EXCLUDED_AFTER.test(reading.text.slice(start + text2.length, start + text2.length + 24)) && !TAKEN_FROM.test(reading.text.slice(Math.max(0, start - 4), start)) || // "leave Oracle out", "take Meta out of it": the name inside the phrase.
  LEAVE_BEFORE.test(reading.text.slice(Math.max(0, start - 10), start)) && /^\s*out\b/u.test(reading.text.slice(start + text2.length)));
  const direct = reading.entities.filter((m) => leftOut2(m) || (m.others ?? []).some(leftOut2));
  const inOrder = reading.entities.filter((m) => m.start >= 0).sort((a, b) => a.start - b.start);
  const listedOut = new Set(direct);
  for (const [i, m] of inOrder.entries()) {
    const prev = inOrder[i - 1];
    if (prev === void 0 || !listedOut.has(prev) || listedOut.has(m)) continue;
    if (m.entity.members.includes(prev.entity.id)) continue;
    if (LIST_JOINT.test(reading.text.slice(prev.start + prev.text.length, m.start))) listedOut.add(m);
  }
  const elseAt = reading.text.search(WHO_ELSE);
  if (elseAt >= 0) {
    for (const m of inOrder)
      if (m.start < elseAt && m.entity.kind === "company" && inOrder.some((c) => c.entity.kind === "cloud"))
        listedOut.add(m);
  }
  const excluded = [...listedOut].map((m) => m.entity);
  const brand = (e) => ctx.kb.facts.some((f) => f.metric === "foundry" && f.subject === e.id) && reading.entities.some(
    (m) => m.entity === e && m.start >= 0 && BRAND_OF_GPU.test(reading.text.slice(m.start + m.text.length, m.start + m.text.length + 12))
  );
  const cited = all.filter(
    (e) => e.kind !== "gpu" && !sourceIds.has(e.id) && !excluded.includes(e) && !brand(e)
  );
  const asked2 = cited.some((e) => e.kind !== "person") ? cited.filter((e) => e.kind !== "person") : cited;
  const at = (e) => reading.entities.find((m) => m.entity === e)?.start ?? -1;
  const endOf = (e) => {
    const m = reading.entities.find((x) => x.entity === e);
    return m === void 0 ? -1 : m.start + m.text.length;
  };
  const restates = (g) => g.kind === "group" && asked2.filter((e) => g.members.includes(e.id) && at(e) < at(g)).length >= 2 && !OTHERS_OF.test(reading.text.slice(Math.max(0, at(g) - 12), Math.max(0, at(g))));
  const contains = (g, e) => {
    if (g.members.includes(e.id)) return true;
    const inner = g.members.flatMap((id) => ctx.kb.entityById.get(id)?.members ?? []);
    return inner.includes(e.id) || e.members.length > 0 && e.members.every((id) => g.members.includes(id));
  };
  const groups = [...asked2, ...excluded].filter((g) => g.kind === "group");
  const saidAsOne = (g) => {
    const mention = reading.entities.find((m) => m.entity === g);
    return ONE_OF_BEFORE.test(reading.text.slice(Math.max(0, at(g) - 10), Math.max(0, at(g)))) || ONE_OF_GROUP.test(mention?.text ?? "") || mention !== void 0 && mention.start >= 0 && COUNT_EACH_AFTER.test(reading.text.slice(mention.start + mention.text.length));
  };
  const narrowed = new Set(
    groups.filter((g) => {
      const members = asked2.filter((e) => g.members.includes(e.id) && at(e) > at(g));
      const [only] = members;
      const parts = asked2.filter(
        (e) => e.kind === "group" && e !== g && contains(g, e) && at(e) > endOf(g) + APART
      );
      return members.length === 0 && parts.length === 1 || members.length >= 2 && members.length < g.members.length || members.length === 1 && (saidAsOne(g) || only !== void 0 && SENTENCE_END.test(reading.text.slice(at(g), at(only))));
    })
  );
  const listed = groups.length === 0 ? asked2 : asked2.filter(
    (e) => !restates(e) && !narrowed.has(e) && !groups.some((g) => g !== e && !narrowed.has(g) && contains(g, e) && at(g) < at(e))
  );
  const { scenario: twoFigures } = articleFigures(ctx.kb);
  const quoted = (v) => reading.numbers.some((n) => n.value === v);
  const bothAsked = twoFigures !== void 0 && quoted(twoFigures.low) && quoted(twoFigures.high) && EITHER.test(reading.text);
  const supposed = twoFigures === void 0 || bothAsked ? void 0 : supposedFigure(reading, twoFigures.low, twoFigures.high);
  const scenario = twoFigures === void 0 || bothAsked || !listed.some((e) => e.id === twoFigures.entityId) ? void 0 : supposed !== void 0 ? supposed === twoFigures.low ? "meta-25k" : "meta-100k" : LOWER.test(reading.text) || quoted(twoFigures.low) ? "meta-25k" : (
    // (The article's total quoted counts Meta at its higher figure: "the meta figure the 432k uses".)
    HIGHER.test(reading.text) || quoted(twoFigures.high) || quoted(articleFigures(ctx.kb).totalDemand) ? "meta-100k" : reading.scenario
  );
  const bracketedAt = (e, position) => {
    const before = reading.text.slice(0, Math.max(0, position));
    const open = before.lastIndexOf("(");
    if (open <= before.lastIndexOf(")")) return false;
    const close = reading.text.indexOf(")", position);
    const end = close < 0 ? reading.text.length : close;
    return !listed.some((o) => o !== e && at(o) > open && at(o) < end);
  };
  const inBrackets2 = (e) => {
    const mention = reading.entities.find((m) => m.entity === e);
    const positions = [mention?.start ?? -1, ...(mention?.others ?? []).map((o) => o.start)];
    return positions.every((p) => bracketedAt(e, p));
  };
  const twoFigured2 = listed.find((e) => e.id === twoFigures?.entityId);
  const setThenAsked = listed.length > 1 && twoFigured2 !== void 0 && SETTING.test(reading.text.slice(0, Math.max(0, at(twoFigured2)))) && PORTION.test(reading.text);
  const condition = scenario !== void 0 && (OVER_EVERYONE.test(reading.text) || setThenAsked || listed.some((e) => e.id === twoFigures?.entityId && inBrackets2(e)));
  const chosen = condition ? listed.filter((e) => e.id !== twoFigures?.entityId) : listed;
  const scoping = (e) => e.kind === "cloud" && reading.entities.some((m) => {
    if (m.entity !== e || m.start < 0) return false;
    const before = reading.text.slice(Math.max(0, m.start - 8), m.start);
    const after2 = reading.text.slice(m.start + m.text.length, m.start + m.text.length + 14);
    return SCOPE_BEFORE.test(before) && (SCOPE_AFTER.test(after2) || THESE_COUNTED.test(reading.text) && chosen.filter((o) => o.kind === "company" && at(o) < m.start).length >= 2);
  });
  const scoped = chosen.some((e) => e.kind === "company") ? chosen.filter((e) => !scoping(e)) : chosen;
  const about = WHAT_ABOUT.exec(reading.text);
  const after = about === null ? [] : scoped.filter((e) => at(e) >= about.index + about[0].length);
  const picked = after.length > 0 && after.length < scoped.length ? after : scoped;
  const alike = (g) => {
    const figures2 = g.members.map((id) => {
      const member = ctx.kb.entityById.get(id);
      return member === void 0 ? void 0 : figureOf(ctx, member, "demand")?.value;
    });
    return figures2.length > 1 && figures2.every((f) => f !== void 0 && f === figures2[0]);
  };
  const setAgainst = reading.cues.has("compare") || picked.length > 1;
  const named = picked.map(
    (e) => e.kind === "group" && setAgainst && !narrowed.has(e) && at(e) >= 0 && saidAsOne(e) && alike(e) ? ctx.kb.entityById.get(e.members[0] ?? "") ?? e : e
  );
  const gpus = all.filter((e) => e.kind === "gpu");
  const has = (...groups2) => groups2.some((g) => reading.cues.has(g));
  const amounts = reading.numbers.map((n) => {
    const role = roleOf(n, reading);
    return role === "price" && !n.yuan && n.value >= KUAI_IS_YUAN_FROM && KUAI_AFTER.test(reading.text.slice(n.end)) ? { ...n, role, yuan: true } : { ...n, role };
  });
  const rightAfterAName = (a) => reading.entities.some((m) => {
    const before = reading.text.slice(0, a.start).replace(/\s*(?:at|@|=|to|按|算)\s*$/u, "");
    return m.entity.kind !== "gpu" && m.text !== "" && before.length < a.start && before.endsWith(m.text);
  });
  const { countsBySubject } = articleFigures(ctx.kb);
  const ownFigures2 = new Set(
    all.flatMap((e) => [e.id, ...e.members]).flatMap((id) => countsBySubject.get(id) ?? [])
  );
  const counted = amounts.filter((b) => b.role === "count" || figures.has(b.value)).length;
  const countLike2 = (b) => b.role === "count" || b.role === "bare" && figures.has(b.value);
  const countsLike = amounts.filter(countLike2).length;
  const resolved = amounts.map((a) => {
    const otherCount = countsLike - (countLike2(a) ? 1 : 0) > 0 && !amounts.some((b) => b !== a && (b.perUnit || b.currency));
    const plainAfterName = a.role === "price" && !a.currency && !a.perUnit && (rightAfterAName(a) || MEASURE_AT.test(reading.text.slice(Math.max(0, a.start - 24), a.start)));
    if (plainAfterName || a.role === "price" && !a.currency && !a.perUnit && !VALUED_AT.test(reading.text.slice(Math.max(0, a.start - 28), a.start)) && (ownFigures2.has(a.value) || figures.has(a.value) && ownFigures2.size === 0) && !otherCount)
      return { ...a, role: "count" };
    if (a.role !== "bare") return a;
    if (figures.has(a.value)) return { ...a, role: "count" };
    if (OF_THEM_AFTER.test(reading.text.slice(a.end, a.end + 12)) && gpus.length > 0 && amounts.some((b) => b !== a && b.role === "price"))
      return { ...a, role: "count" };
    const countGiven = counted - (figures.has(a.value) ? 1 : 0) > 0;
    const priced = amounts.some((b) => b !== a && b.role === "price" && (b.currency || b.perUnit));
    if (a.value >= 1e3 && has("value") && countGiven && !priced) return { ...a, role: "price" };
    if (a.value >= 100 && has("demand", "holdings", "compare", "howMany")) return { ...a, role: "count" };
    return a;
  });
  const priceValues = new Set(resolved.filter((a) => a.role === "price").map((a) => a.value));
  const roled = resolved.map(
    (a) => a.role === "count" && !a.gpus && a.model === void 0 && priceValues.has(a.value) && !figures.has(a.value) ? { ...a, role: "price" } : a
  );
  for (const [i, a] of roled.entries()) {
    if (a.role === "price" || a.gpus || a.currency) continue;
    const before = roled[i - 1];
    const after2 = roled[i + 1];
    const alike2 = (b) => a.value >= b.value / 2 && a.value <= b.value * 2;
    const against = before?.role === "price" && (INSTEAD_OF_PRICE.test(reading.text.slice(before.end, a.start)) || alike2(before) && PRICE_LIST.test(reading.text.slice(before.end, a.start))) || after2?.role === "price" && (INSTEAD_OF_PRICE.test(` ${reading.text.slice(a.end, after2.start)}`) || alike2(after2) && PRICE_LIST.test(reading.text.slice(a.end, after2.start)));
    if (against) roled[i] = { ...a, role: "price" };
  }
  if (roled.some((a) => a.role === "price" && a.perUnit))
    for (const [i, a] of roled.entries()) {
      if (a.role !== "price" || a.perUnit || a.currency || a.gpus) continue;
      const buyer = reading.entities.some(
        (m) => m.start >= 0 && m.entity.kind !== "gpu" && m.start + m.text.length <= a.start && a.start - (m.start + m.text.length) <= 30 && !roled.some((b) => b !== a && b.start >= m.start + m.text.length && b.start < a.start)
      );
      if (buyer) roled[i] = { ...a, role: "count" };
    }
  const pricesSaid = roled.filter((a) => a.role === "price");
  if (pricesSaid.length >= 2)
    for (const [i, a] of roled.entries()) {
      if (a.role !== "price" || a.currency || a.gpus || !ownFigures2.has(a.value)) continue;
      if (!EACH_AFTER.test(reading.text.slice(a.end)) || PRICED_BEFORE.test(reading.text.slice(0, a.start)))
        continue;
      if (pricesSaid.some((b) => b !== a && !ownFigures2.has(b.value))) roled[i] = { ...a, role: "count" };
    }
  const articlePrice = ctx.kb.facts.find((f) => f.metric === "h100-price")?.quantity;
  const isArticles = (a) => articlePrice !== void 0 && "value" in articlePrice && a.value === articlePrice.value;
  if (has("value"))
    for (const [i, a] of roled.entries()) {
      const b = roled[i + 1];
      if (b === void 0 || a.gpus || b.gpus || a.yuan || b.yuan) continue;
      if (!(isArticles(a) || isArticles(b))) continue;
      if (!INSTEAD_OF_PRICE.test(reading.text.slice(a.end, b.start))) continue;
      roled[i] = { ...a, role: "price" };
      roled[i + 1] = { ...b, role: "price" };
    }
  const asking = askingOf(reading.text);
  const usedAfter = THAT_PRICE.test(reading.text);
  const prices = roled.filter(
    (a) => a.role === "price" && (usedAfter || !(saidByOthers(reading.text, a.start) && !asking.at(a.start)))
  );
  const price = prices.length > 1 ? prices.find((a) => !isArticles(a)) ?? prices[0] : prices[0];
  const priceChange = priceChangeOf(roled, reading.text);
  const rate = roled.find((a) => a.role === "rate");
  const turnedFrom = named !== scoped && about !== null ? about.index : -1;
  const counts = roled.filter((a) => a.role === "count" && a.start >= turnedFrom);
  const text = reading.text;
  const setAside = WORKLOAD_SET_ASIDE.exec(text)?.groups;
  const training = has("training") && (setAside?.training ?? setAside?.training2) === void 0;
  const inference = has("inference") && (setAside?.inference ?? setAside?.inference2) === void 0;
  const workload = training && !inference ? "training" : inference && !training ? "inference" : void 0;
  const holdsFirmly = STRONG_HOLDING.test(text) || NOT_DEMAND.test(text);
  const holdsLoosely = (reading.cueWords.get("holdings") ?? []).some((w) => HOLD_WORDS.has(w));
  const a100Only = gpus.some((g) => g.id === "a100") && !gpus.some((g) => g.id === "h100");
  const high = HIGH_END.test(text);
  const low = LOW_END.test(text);
  const bound = high && !low ? "high" : low && !high ? "low" : void 0;
  const endOfEstimate = /\b(?:upper|lower|high(?:er)?|low) (?:estimate|number|figure)\b/u.test(text);
  const asksRange = (/\brange\b|\blow end\b|\bhigh end\b|范围|区间|上下限/u.test(text) || bound !== void 0 && !endOfEstimate) && !has("demand");
  const askedCue = (cue) => (reading.cueWords.get(cue) ?? []).some((w) => asking.says(w));
  const demandAsked = askedCue("demand") || has("demand") && !askedCue("holdings");
  const { totalDemand, gap: gap2 } = articleFigures(ctx.kb);
  const demandTotalSaid = reading.numbers.some((n) => n.value === totalDemand || n.value === gap2);
  const measure = holdsFirmly || asksRange ? "holdings" : a100Only && !demandAsked ? "holdings" : demandAsked || holdsLoosely && demandTotalSaid ? "demand" : holdsLoosely ? "holdings" : reading.measure;
  return {
    reading,
    named,
    excluded,
    ...scenario === void 0 ? {} : { scenario },
    gpus,
    amounts: roled,
    ...price === void 0 ? {} : { price },
    ...rate === void 0 ? {} : { rate },
    counts,
    ...workload === void 0 ? {} : { workload },
    yesNo: YES_NO_EN.test(text) || YES_NO_TAIL.test(text) || YES_NO_MID.test(text) || YES_NO_LEAD.test(text) || statementAsked(text),
    ...measure === void 0 ? {} : { measure },
    ...bound === void 0 ? {} : { bound },
    ...priceChange === void 0 ? {} : { priceChange },
    asking,
    has,
    ofKind: (...kinds) => named.filter((e) => kinds.includes(e.kind))
  };
}
var PRICE_WORD = /price|priced|cost|单价|价格|售价|每张|每块|per[- ](?:card|gpu|unit)|卖|sell|sold/u;
var CUT = /降|便宜|打折|折扣|下降|下跌|跌|少|\boff\b|\bdiscount|\bcut\b|\bdrops?\b|\bdropped\b|\blower\b|\bminus\b|\bless\b|\bcheaper\b|\bfalls?\b|\bfell\b/u;
var RISE = /涨|贵|上涨|加价|溢价|提高|多|\bmore expensive\b|\bhigher\b|\brises?\b|\brose\b|\bup\b|\bplus\b|\bmarkup\b|\bincrease/u;
function priceChangeOf(amounts, text) {
  if (!PRICE_WORD.test(text)) return void 0;
  for (const a of amounts) {
    if (a.role !== "percent" || a.value <= 0) continue;
    const near = text.slice(Math.max(0, a.start - 14), a.end + 8);
    const cut = CUT.test(near);
    const rise = RISE.test(near);
    if (cut !== rise) return cut ? -a.value : a.value;
  }
  return void 0;
}
var VALUED_AT = /\b(?:worth|valued?|costs?|costing|priced?)\s+(?:at|@)\s*$|\bprices?\s*(?:is|was|were|are|=|:|would be|will be|'s|’s)\s*(?:actually|really|just|only|now|more like|closer to|like|probably)?\s*\$?$/u;
var HIGH_END = /上限|上下限|上界|最高值|高的那头|高端|\bhigh and low\b|\bupper (?:bound|end|limit|number|figure|estimate)\b|\bhigh(?:er)?[- ]end\b|\bhigh(?:er)? (?:estimate|number|figure)\b|\btop (?:estimate|number|figure)\b|\btop (?:of the|end of the) range\b|\bat (?:the )?most\b|\bceiling\b|\bbest case\b|最多按|按最多/u;
var LOW_END = /下限|下界|最低值|低的那头|低端|\blow and high\b|\blower (?:bound|end|limit|number|figure|estimate)\b|\blow(?:er)?[- ]end\b|\blow (?:estimate|number|figure)\b|\bbottom (?:of the|end of the) range\b|\bworst case\b|最少按|按最少/u;
var WHO_ELSE = /\bwho else\b|\bwhich others\b|\bany others\b|\banyone else\b|还有谁|还有哪些|还有哪家|还有别的/u;
var SUPPOSING = /要是|如果|假如|假设|\bwhat if\b|\bif\b|\bsuppose\b|\bassuming\b/gu;
function supposedFigure(reading, low, high) {
  const opens = [...reading.text.matchAll(SUPPOSING)].at(-1)?.index;
  if (opens === void 0) return void 0;
  const said = new Set(
    reading.numbers.filter((n) => n.start > opens && (n.value === low || n.value === high)).map((n) => n.value)
  );
  if (said.size === 1) return [...said][0];
  if (said.size > 1) return void 0;
  const rest = reading.text.slice(opens);
  const higher = HIGHER.test(rest);
  return higher === LOWER.test(rest) ? void 0 : higher ? high : low;
}
var ONE_OF_BEFORE = /(?:\b(?:one|a|any|single|some)|一家|一个|某家|某个)\s*$/u;
var EITHER = /还是|還是|\bor\b|\bvs\.?\b|\bwhich\b|哪个|哪一个/u;
var OTHERS_OF = /(?:其他|其余|其它|另外的|\bother\b|\bthe rest of\b|\ball the\b)\s*(?:的)?\s*$/u;
var BRAND_OF_GPU = /^\s*(?:的|嘅|'s|’s)\s*(?:h100|a100|h800|gpu)/u;
var WHAT_ABOUT = /\b(?:what|how) about\b|那\s*(?=[^，,。?？]{1,20}呢)|[,，]\s*(?=[^，,。?？]{1,20}呢\s*[?？]?\s*$)/u;
var SETTING = /\b(?:go with|going with|use|using|assume|assuming|with|counting|take|if|say|suppose|supposing)\b[^,.?]{0,12}$|如果|假设|假設|假如|假使|要是|按\s*$/u;
var PORTION = /\bshare\b|%|\bpercent|\bfraction\b|占比|比例|百分/u;
var LOWER = /\b(?:lower|smaller|main|conservative|low|lowball|low-ball|lowest)\b|较低|低的|小的|主要|保守/u;
var HIGHER = /\b(?:higher|bigger|larger|high)\b(?! than)|\brumou?r(?:ed|s)?\b|\bsome say\b|较高|高的|大的|传闻|傳聞|传言|傳言|有人说|有人說|据说|據說/u;
var OVER_EVERYONE = /\btop\b|\bmost\b|\bleast\b|\brank|\bbiggest\b|\blargest\b|\bwhich compan|最大|最多|最少|排名|排序|哪家|哪个公司|单一公司|單一公司/u;
var APART = 8;
var ITS_FIGURE_AFTER = /^(?:'s|’s|s)?\s*(?:total|combined|number|figure|sum|tally|line item)\b/u;
var EXCLUDING = /(?:(?<!算)不算|不含|不包括|不计|除了|除去|去掉|拿掉|扣掉|扣除|减去|踢掉|排除|剔除|\bexcluding|\bexcl\.?|\bexcept(?: for)?|\bbesides|\bother than|\bapart from|\baside from|\bskip(?:ping)?|\bnot counting|\bignor(?:e|ing)|\bdisregard(?:ing)?|\b(?:setting|leaving|putting) aside|\bwithout|\bbut not|\bleaving out|\bleave out|\bdrop(?:ping)?|\bremov(?:e|ing)|\bstrip(?:ping)?(?: out)?(?: all)?|\btake out|\btaking out|\bkick out|(?:^|[(（,，;])\s*not|\bbut not)\s*(?:all\s+)?(?:(?:the|of the)\s+)?$/u;
var MINUS_FROM_MANY = /(?:\ball\b|\btotal\b|\beveryone\b|\beverything\b|\bclouds\b|\bcompanies\b|\bgroup\b|\blist\b|432|总|所有|全部|各家)[^?]{0,40}\bminus\s*(?:the\s+)?$/u;
var EXCLUDED_LIST = /(?:(?<!算)不算|不含|不包括|不计|除了|除去|\bexcluding|\bexcept(?: for)?|\bbesides|\bother than|\bapart from|\baside from|\bnot counting|\bwithout)[^,，;；?？()（）]{1,12}(?:[、/&]|和|与|及|\band\b|\bor\b)\s*(?:the\s+)?$/u;
var LIST_JOINT = /^\s*(?:[、,，/&+]|\band\b|\bor\b|和|与|及|或|跟|同)\s*(?:\band\b)?\s*(?:the\s+)?$/u;
var LEAVE_BEFORE = /\b(?:leave|leaving|take|taking|keep|keeping|count|counting|cut|cutting|kick|kicking|pull|pulling|rip|ripping|yank|yanking)\s+(?:the\s+)?$/u;
var EXCLUDED_AFTER = /^[^,，。.?？]{0,10}?(?:不算进去|不算在内|不算进|不算入|不计入|不纳入|不算(?=[,，。?？\s]|$|的话)|除外|拿掉|去掉|删掉|扣掉|踢掉|排除在外|\bexcluded\b|\bleft out\b|\bremoved\b|\bdropped\b)/u;
var WORKLOAD_SET_ASIDE = /\b(?:not|rather than|instead of)\s+(?:for\s+)?(?:(?<inference>inference|inferencing)|(?<training>training))\b|(?:不是|不要|不算|而不是|不问)\s*(?:问|說|说|算)?\s*(?:(?<inference2>推理)|(?<training2>训练))/u;
var STRONG_HOLDING = /\breserved\b|\bfleet\b|现有|保有|\bpre-?ordered\b|\bon order\b|预定|预订|订了|订的|拥有|持有|有多少|有几|有\s*\d|囤|现货|手上|手里|手头|(?<![引应採采运利费信])用了|\bsitting on\b|\bin hand\b|\bon hand\b|\btrained\b.{0,40}\b(?:on|with)\b|\bused\b|训练.{0,10}(?:用|在)|在.{0,12}上.{0,4}训练|(?:'s|’s) (?:h100s? |gpus? )?booking\b/u;
var INSTEAD_OF_PRICE = /^\s*(?:each|apiece|a piece|a pop|per (?:gpu|card|unit)|一张|一块|每张)?\s*[,，]?\s*(?:instead of|rather than|not|vs\.?|versus|而不是|而非|不是|不按|代替)\s*(?:the |the article's |article's |文章的)?\s*$/u;
var PRICE_LIST = /^\s*(?:美元|美金|刀)?\s*(?:和|与|與|或|还是|還是|跟|\band\b|\bor\b|\/)\s*(?:each )?$/u;
var MEASURE_AT = /\b(?:demand|needs?|ask|asks|order|orders|holdings?|fleet|stash)\s+(?:at|as|to be|is|=)\s*(?:about|around|like|~)?\s*$/u;
var TAKEN_FROM = /(?:从|從|\bfrom)\s*(?:the\s+)?$/u;
var THESE_COUNTED = /这(?:两|三|几)家|\bthese (?:two|three)\b|\bboth of them\b|\bthe two of them\b/u;
var SCOPE_BEFORE = /(?:用|使用|用紧|用緊|\bon|\busing|\buse)\s*$/u;
var SCOPE_AFTER = /^\s*(?:的|嘅)?\s*(?:ai\s*)?(?:公司|客户|客戶|用户|用戶|\bcompanies\b|\bcustomers\b|\busers\b|\bclients\b)/u;
var NOT_DEMAND = /\bnot (?:asking (?:about )?)?(?:want|wants|wanted|demand|need|needs|the demand|what (?:it|they) (?:wants?|needs?)|how many (?:it|they) (?:wants?|needs?))\b|不是(?:要的|需求|想要)|(?:不是|唔系|唔係)[问問].{0,4}(?:想要|要|需要)/u;
var HOLD_WORDS = new Set(OWNING);
var THRESHOLD_AFTER = /^\s*(?:\+|(?:张|張|块|塊|个|個)?(?:以上|或以上|或更多)|(?:h100s?|a100s?|gpus?|cards?)?\s*or (?:more|above)\b|and up\b)/iu;
var RATE_BEFORE = /(?:汇率|匯率|兑换率|兌換率|\b(?:exchange |fx |conversion )?rate|\bfx|\busd\s*\/?\s*cny|美元兑人民币|美元兌人民幣|(?:1|一)\s*(?:美元|美金|刀|usd|dollar|\$)\s*(?:=|兑|兌|换|換|to|is|equals))\s*(?:按|是|为|為|取|用|算|of|is|at|=|:|约|大约|~)?\s*$/iu;
var YUAN_ASKED = /人民币|人民幣|\b(?:rmb|cny|yuan)\b/u;
var YUAN_PER_DOLLAR = { min: 5, max: 9 };
var ONE_UNIT_OF_RATE = /^\s*(?:美金|美元|刀|usd|dollars?|块)?\s*(?:=|兑|兌|换|換|equals\b|to\b)/iu;
var OTHER_CURRENCY_AFTER = /^\s*(?:港|台|新台|日|欧|歐|韩|韓|\b(?:hkd|twd|ntd|jpy|eur|euros?|yen)\b)/iu;
var RATE_AFTER = /^\s*(?:(?:exchange |fx )?rate\b|的?(?:汇率|匯率))|^\s*(?:块|塊|元)?\s*(?:人民币|人民幣|rmb|cny|yuan)?\s*(?:per|to the|to a|to one|to 1|a|\/|兑|兌|换|換)\s*(?:1\s*|一\s*)?(?:usd|dollars?|\$|美元|美金|刀)/iu;
var ONE_OF_GROUP = /^(?:one|a single|a|an)\s/u;
var EACH_AFTER = /^\s*(?:h100s?\s*)?(?:each|apiece|a piece)\b/u;
var PRICED_BEFORE = /(?:\bat|@|每张|每張|一张|一張|按|\$|\bprice[sd]?|\bcosts?|\bfor)\s*(?:about|around|~)?\s*$/u;
var COUNT_EACH_AFTER = /^\s*(?:(?:wants?|needs?|at|@|要|需要)\s*)?[\d.,]+\s*(?:k|万|萬|千)?\s*(?:h100s?\s*)?(?:each|apiece|a piece|per cloud|每家|一家)(?![a-z])/u;
var SENTENCE_END = /[。！？]|[.!?](?:\s|$)/u;
var KUAI_AFTER = /^\s*[块塊]/u;
var KUAI_IS_YUAN_FROM = 1e5;
var OF_THEM_AFTER = /^\s*of (?:them|those|these|'em|’em)\b/u;
var ONE_PRICED_BEFORE = /\b(?:an?|one|each|per|every) (?:h100|a100|card|gpu|unit)s? (?:was|is|were|are|at|costs?|goes for|went for|sells for|sold for|priced at)\s*(?:about|around|like|~)?\s*\$?$/u;
var MONEY_FROM = { usd: 1e6, hkd: 1e6, twd: 4e7 };
var ONE_PRICED_BEFORE_ZH = /(?:一张|每张|一块|每块|一片|每片|一卡|每卡|单价)\s*(?:nvidia\s*)?(?:h100|a100|卡)?\s*(?:按|算|以|是|卖|要|约|大约)*\s*$/u;
var SOLD_FOR_BEFORE = /(?:卖|賣|售价|售價|卖到|涨到|降到|跌到|价格是|价格为)\s*(?:约|大约)?\s*$/u;
function roleOf(n, reading) {
  if (n.percent) return "percent";
  if (THRESHOLD_AFTER.test(reading.text.slice(n.end, n.end + 16))) return "threshold";
  if (n.ratio) return "ratio";
  const after = reading.text.slice(n.end, n.end + 20);
  if (n.value === 1 && ONE_UNIT_OF_RATE.test(after)) return "bare";
  if (n.value > 1 && n.value < 100 && (RATE_BEFORE.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) || RATE_AFTER.test(after)))
    return OTHER_CURRENCY_AFTER.test(after) ? "bare" : "rate";
  if (n.value >= YUAN_PER_DOLLAR.min && n.value <= YUAN_PER_DOLLAR.max && !n.gpus && !n.currency && n.duration === void 0 && YUAN_ASKED.test(reading.text) && /(?:\bat|@|按|用|取)\s*$/u.test(reading.text.slice(Math.max(0, n.start - 8), n.start)))
    return "rate";
  if (n.duration !== void 0) return "duration";
  const before = reading.text.slice(Math.max(0, n.start - 12), n.start);
  if (n.currency && !n.perUnit && Math.abs(n.value) > (MONEY_FROM[n.foreign ?? "usd"] ?? 1e6))
    return "money";
  if (!n.gpus && n.model === void 0 && !n.perUnit && Math.abs(n.value) > MAX_GPU_COUNT) return "money";
  if (n.model !== void 0 && !n.currency) return "count";
  if (n.currency || n.perUnit) return "price";
  if (n.gpus && n.model === void 0 && SOLD_FOR_BEFORE.test(before) && /^\s*[块塊]/u.test(reading.text.slice(n.end)) && Math.abs(n.value) >= 1e3)
    return "price";
  if (n.gpus && n.model === void 0 && ONE_PRICED_BEFORE_ZH.test(reading.text.slice(Math.max(0, n.start - 16), n.start)) && /^\s*[块塊]/u.test(reading.text.slice(n.end)))
    return "price";
  if (n.gpus) return "count";
  if (PRICE_CUES_BEFORE.test(reading.text.slice(Math.max(0, n.start - 28), n.start)) && Math.abs(n.value) >= 1e3)
    return "price";
  if (ONE_PRICED_BEFORE.test(reading.text.slice(Math.max(0, n.start - 24), n.start)) && Math.abs(n.value) >= 1e3)
    return "price";
  return "bare";
}

// src/engine/carryRate.ts
function carryRate(ctx, readings, lexicon) {
  if (readings.length < 2 || !readings.some((r) => YUAN_ASKED.test(r.text))) return readings;
  const rates = readings.map((r) => readSlots(ctx, r).rate);
  const given = rates.find((r) => r !== void 0);
  if (given === void 0) return readings;
  return readings.map(
    (r, i) => rates[i] === void 0 && YUAN_ASKED.test(r.text) ? readQuestion(`${r.text}${r.lang === "zh" ? "\uFF0C\u6C47\u7387" : ", exchange rate "}${given.value}`, lexicon) : r
  );
}

// src/engine/workedCount.ts
var GPU_OF_UNIT = { gpus: "H100", "h100-equivalents": "H100", "a100-equivalents": "A100" };
function workedCount(answer, of = "last") {
  if (answer?.found !== true) return void 0;
  const last = of === "difference" ? answer.calculations.findLast((c) => c.kind === "difference")?.result : (
    // A total priced after it is worked ("§02's items add up to 357,000; at $35k that is…"): the count.
    answer.calculations.findLast((c) => c.result.unit in GPU_OF_UNIT)?.result
  );
  if (last === void 0 || !(last.unit in GPU_OF_UNIT)) return void 0;
  const counted = answer.facts.flatMap((f) => f.gpu === void 0 ? [] : [f.gpu]);
  if (last.unit === "gpus" && counted.length > 0 && counted.every((g) => g === "A100"))
    return { value: last.value, gpu: "A100" };
  return { value: last.value, gpu: GPU_OF_UNIT[last.unit] };
}

// src/engine/carryResult.ts
var THOSE = /\b(?:those|these|that many|them)\b(?: (?:h100s?|a100s?|cards?|gpus?))?|(?:这些|那些|這些|它们|它們|这么多|這麼多)(?:张|張|块|塊)?(?:h100|a100|卡)?/u;
var THE_DIFFERENCE = /\bthe (?:extra|rest|remainder|difference|missing ones|shortfall|gap between them)\b(?: (?:h100s?|cards?|gpus?|ones))?|差(?=多少(?:钱|錢))|(?<=(?:钱|錢)\s*)差(?=多少)|(?:差的|缺的|剩下的|多出来的|多出來的|多出的|差额|差額)(?:那些|这些|這些)?(?:张|張|块|塊)?(?:h100|卡)?/u;
var CONVERTS = /折合|换算|换成|相当于|等效|\bequivalent\b|\bin (?:h100|a100) terms\b|\bworth of (?:h100|a100)s?\b|\b(?:h100|a100)s? worth\b|\bhow many (?:h100|a100)s? (?:is|are|would be|would) (?:that|those|they)\b/u;
var PRICE_BEFORE = /(?:\bat|@|按|每张|每張)\s*$/u;
var THAT = /\bthat\b|这些|這些/u;
var COST_ASKED = /\bcost\b|\bworth\b|\bprice\b|\bhow much money\b|\bbudget\b|多少钱|多少錢|值多少|花多少|预算|預算|多少亿?(?:美元|美金|刀|人民币)/u;
function carryResult(before, reading, lexicon) {
  if (reading.numbers.some(
    (n) => !n.currency && !n.perUnit && !PRICE_BEFORE.test(reading.text.slice(0, n.start))
  ))
    return void 0;
  const extra = THE_DIFFERENCE.exec(reading.text);
  const count = workedCount(before, extra === null ? "last" : "difference");
  if (count === void 0) return void 0;
  const match2 = extra ?? THOSE.exec(reading.text) ?? (COST_ASKED.test(reading.text) ? THAT.exec(reading.text) : null);
  const worked = `${Math.round(count.value)} ${count.gpu.toLowerCase()}`;
  if (match2 === null) {
    const converts = CONVERTS.test(reading.text) && reading.entities.every((m) => m.entity.kind === "gpu");
    const prices = COST_ASKED.test(reading.text) && reading.entities.every((m) => m.entity.kind === "gpu") && (before?.kind === "what-if" || count.gpu === "H100" && before?.calculations.at(-1)?.kind === "h100-equivalents");
    if (!converts && !prices) return void 0;
    const priceBefore = prices && !reading.numbers.some((n) => n.currency || n.perUnit) ? unusedPrice(before) : void 0;
    const at = priceBefore === void 0 ? "" : ` $${priceBefore} each`;
    return readQuestion(`${worked}${at} ${reading.text}`, lexicon);
  }
  const text = `${reading.text.slice(0, match2.index)} ${worked} ${reading.text.slice(match2.index + match2[0].length)}`;
  return readQuestion(text, lexicon);
}
function unusedPrice(before) {
  const unused = new Set(before?.unused ?? []);
  return before?.trace?.slots.amounts.find((a) => a.role === "price" && unused.has(a.text))?.value;
}

// src/engine/chooseIntent.ts
function scoreIntents(ctx, slots, intents, threshold = 0) {
  const scored = [];
  const { cues, text } = slots.reading;
  let asked2;
  const askedCue = (cue) => {
    asked2 ??= askedCues(slots);
    return asked2.has(cue);
  };
  for (const intent of intents) {
    if (!intent.needs(slots, ctx)) continue;
    let score = intent.fit?.(slots, ctx) ?? 0;
    for (const [cue, weight] of cueWeights(intent))
      if (cues.has(cue) && (weight >= 0 || askedCue(cue))) score += weight;
    for (const { re, weight } of intent.patterns) if (re.test(text)) score += weight;
    const rounded = Math.round(score * 100) / 100;
    if (rounded > threshold) scored.push({ intent, score: rounded });
  }
  return scored.sort((a, b) => b.score - a.score);
}
var weightsOf = /* @__PURE__ */ new WeakMap();
function cueWeights(intent) {
  let pairs = weightsOf.get(intent);
  if (pairs === void 0) {
    pairs = Object.keys(intent.cues).map((cue) => [cue, intent.cues[cue] ?? 0]);
    weightsOf.set(intent, pairs);
  }
  return pairs;
}
function askedCues(slots) {
  const groups = /* @__PURE__ */ new Set();
  for (const [cue, words] of slots.reading.cueWords)
    if (words.some((w) => slots.asking.says(w))) groups.add(cue);
  return groups;
}

// src/calculator/compareAmounts.ts
function difference(a, b) {
  const result = { value: a.value - b.value, unit: a.unit };
  return { kind: "difference", result, steps: [{ op: "subtract", operands: [a, b], result }] };
}
function remainder(whole, part) {
  return { ...difference(whole, part), kind: "remainder" };
}
function ratio(a, b) {
  if (b.value === 0) throw new RangeError("ratio against zero");
  const exact = a.value / b.value;
  const two = Math.round(exact * 100) / 100;
  const value = Math.abs(two - exact) > 2e-3 * Math.abs(exact) ? Math.round(exact * 1e3) / 1e3 : two;
  const result = { value, unit: "times" };
  return { kind: "ratio", result, steps: [{ op: "divide", operands: [a, b], result }] };
}
function share(part, whole) {
  if (whole.value === 0) throw new RangeError("share of zero");
  const result = { value: Math.round(part.value / whole.value * 1e3) / 10, unit: "percent" };
  return { kind: "share", result, steps: [{ op: "divide", operands: [part, whole], result }] };
}

// src/calculator/valueAtPrice.ts
function valueAtPrice(gpus, price, kind = "gap-value", label) {
  assertCount(gpus);
  assertPrice(price);
  const result = { value: gpus * price, unit: "usd" };
  return {
    kind,
    result,
    steps: [
      {
        op: "multiply",
        operands: [
          { value: gpus, unit: "gpus", ...label === void 0 ? {} : { label } },
          { value: price, unit: "usd-per-gpu" }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/compareQuoted.ts
function compareQuoted(ctx, a, b, asks2 = {}) {
  const [big, small] = a.value >= b.value ? [a, b] : [b, a];
  const sameGpu = a.fact?.gpu === void 0 || b.fact?.gpu === void 0 || a.fact.gpu === b.fact.gpu;
  const amount = (q) => ({
    value: q.value,
    unit: "gpus",
    ...q.fact?.subject === void 0 ? {} : { label: q.fact.subject }
  });
  return buildAnswer(ctx, {
    kind: "comparison",
    found: true,
    topic: a.fact?.topic === "holdings" && b.fact?.topic === "holdings" ? "holdings" : "demand",
    facts: [...[a.fact, b.fact].filter((f) => f !== void 0), ...asks2.price?.facts ?? []],
    calculations: [
      difference(amount(big), amount(small)),
      ...sameGpu && small.value > 0 ? [ratio(amount(big), amount(small))] : [],
      // "What % jump is that": the difference as a share of the smaller.
      ...asks2.percent === true && sameGpu && small.value > 0 ? [share({ value: big.value - small.value, unit: "gpus" }, amount(small))] : [],
      // "What's the $ difference": the H100s between the two, priced.
      ...asks2.price !== void 0 && sameGpu && big.value > small.value ? [valueAtPrice(big.value - small.value, asks2.price.value, "demand-cost")] : []
    ],
    ...asks2.price === void 0 ? {} : { price: { value: asks2.price.value, fromUser: asks2.price.fromUser } },
    ...sameGpu ? {} : { extraCaveats: ["different-gpus-compared"] }
  });
}

// src/engine/compareEarlier.ts
var SET_AGAINST = /\bhow many times\b|\btimes (?:more|as many|bigger)\b|\bratio\b|\bhow many more\b|\bhow much more\b|\bdiff(?:erence)?\b|几倍|幾倍|多少倍|差多少|差幾多|多多少|多幾多|相差/u;
function headline(answer) {
  if (answer === void 0 || !answer.found || answer.calculations.length > 0) return void 0;
  const [first] = answer.facts;
  const about = answer.subject?.id ?? first?.subject;
  return first !== void 0 && first.unit === "gpus" && first.subject === about && first.quantity !== void 0 && "value" in first.quantity ? first : void 0;
}
function compareEarlier(ctx, answers, reading) {
  if (reading.numbers.length > 0 || reading.entities.some((m) => m.entity.kind !== "gpu")) return void 0;
  if (!SET_AGAINST.test(reading.text)) return void 0;
  const a = headline(answers.at(-2));
  const b = headline(answers.at(-1));
  if (a === void 0 || b === void 0 || a.id === b.id || a.gpu !== b.gpu) return void 0;
  const value = (f) => f.quantity !== void 0 && "value" in f.quantity ? f.quantity.value : 0;
  return compareQuoted(ctx, { value: value(b), fact: b }, { value: value(a), fact: a });
}
var MORE_THAN = /\b(?:more|less|fewer|bigger|smaller) than\b|(?<!占)比(?!例|重|率).{0,16}(?:多|少|大|小)/u;
var ENOUGH = /够不够|夠不夠|够唔够|夠唔夠|[够夠].{0,12}[吗嗎]|\benough\b|\bcover\b/u;
function compareResult(ctx, before, reading, figureOf2) {
  const last = workedCount(before);
  if (last === void 0) return void 0;
  if (!(SET_AGAINST.test(reading.text) || ENOUGH.test(reading.text) || MORE_THAN.test(reading.text)))
    return void 0;
  const { gpu } = last;
  const named = reading.entities.filter((m) => m.entity.kind !== "gpu");
  const [only] = named;
  const [quoted] = reading.numbers;
  if (named.length === 0 && quoted !== void 0 && reading.numbers.length === 1 && !quoted.currency) {
    const fact = statingCount(ctx.kb.facts, quoted.value);
    if (fact?.gpu !== void 0 && fact.gpu !== gpu) return void 0;
    return compareQuoted(
      ctx,
      { value: Math.round(last.value * 10) / 10 },
      { value: quoted.value, ...fact === void 0 ? {} : { fact } }
    );
  }
  if (only === void 0 || named.length !== 1) return void 0;
  const other = figureOf2(only.entity);
  if (other === void 0 || other.fact.gpu !== void 0 && other.fact.gpu !== gpu) return void 0;
  const compared = compareQuoted(
    ctx,
    { value: Math.round(last.value * 10) / 10 },
    { value: other.value, fact: other.fact }
  );
  return ENOUGH.test(reading.text) ? { ...compared, verdict: last.value >= other.value ? "yes" : "no" } : compared;
}

// src/engine/answers/rankFigures.ts
function rankFigures(ctx, figures, measure, ascending = false, top, lead = false) {
  const larger = (x, y) => y.value - x.value || endsOf(y)[0] - endsOf(x)[0];
  const sorted = [...figures].sort((x, y) => ascending ? larger(y, x) : larger(x, y));
  const last = top === void 0 ? void 0 : sorted[top - 1];
  const ranked2 = last === void 0 || top === void 0 ? sorted : sorted.filter((f, i) => i < top || larger(f, last) === 0);
  const alternatives = ranked2.flatMap(
    (f) => ctx.kb.facts.filter(
      (x) => x.subject === f.entity.id && x.metric === "h100-demand-high" && measure === "demand"
    )
  );
  return buildAnswer(ctx, {
    kind: "ranking",
    found: true,
    topic: measure === "demand" ? "demand" : "holdings",
    ...ranked2[0] === void 0 ? {} : { subject: ranked2[0].entity },
    related: ranked2.map((f) => f.entity),
    facts: [...ranked2.flatMap((f) => f.facts), ...alternatives],
    // A group ranked as its members' line items added up shows that sum.
    calculations: [
      ...ranked2.filter((f) => f.facts.length > 1).map((f) => sumGpus(f.facts.map((x) => ({ label: x.subject ?? x.id, gpus: quantityOf(x) ?? 0 })))),
      ...leadOver(sorted, lead)
    ],
    ...measure === "demand" ? { extraCaveats: ["double-counting"] } : {}
  });
}
function leadOver(sorted, asked2) {
  const [first, second] = sorted;
  if (!asked2 || first === void 0 || second === void 0 || first.range || second.range) return [];
  if (first.gpu !== second.gpu) return [];
  const amount = (f) => ({ value: f.value, unit: "gpus", label: f.entity.id });
  return [difference(amount(first), amount(second))];
}

// src/engine/intents/measureOf.ts
function measureOf(slots) {
  return slots.measure ?? "demand";
}
function measureFor(ctx, slots) {
  if (slots.measure !== void 0) return slots.measure;
  const ownDemand = (e) => figureOf(ctx, e, "demand")?.facts.every((f) => f.subject === e.id) === true;
  const held = slots.named.length > 0 && slots.named.every((e) => figureOf(ctx, e, "holdings") !== void 0);
  return held && slots.named.some((e) => !ownDemand(e)) ? "holdings" : "demand";
}
function namedFigures(ctx, slots) {
  const asked2 = slots.counts.map((c) => c.value).concat(slots.amounts.filter((a) => a.role === "bare").map((a) => a.value));
  const measure = measureFor(ctx, slots);
  const other = measure === "demand" ? "holdings" : "demand";
  return slots.named.flatMap((e) => {
    const figure = figureOf(ctx, e, measure, asked2) ?? // (A model's GPUs are what it was trained on or needs, whichever the question's verb.)
    (slots.measure === void 0 || e.kind === "model" ? figureOf(ctx, e, other, asked2) : void 0);
    return figure === void 0 ? [] : [atBound(figure, slots.bound)];
  });
}

// src/engine/intents/signals.ts
function asksWhy(s) {
  return /\bwhy\b|为什么|为何|为啥|為什麼|為何|為啥/u.test(s.reading.text);
}
function asksForACloud(s) {
  return (s.has("cloud") || s.ofKind("cloud").length > 0) && s.has("use", "who") && s.ofKind("company", "group", "foundry").length > 0;
}
function scenarioOf(s) {
  return s.scenario ?? "meta-100k";
}
function statesANumber(s) {
  return (f) => s.reading.numbers.some((n) => statesFigure(f, n.value));
}
function withPrice(s) {
  return s.price === void 0 ? {} : { price: s.price.value };
}
function topicScore(specificity) {
  return 2 + specificity / 100;
}
function cueAsked(s, cue) {
  return (s.reading.cueWords.get(cue) ?? []).some((w) => s.asking.says(w));
}
function asksWhatIsHeld(s) {
  return (s.reading.cueWords.get("holdings") ?? []).some((w) => !USE_WORDS.has(w));
}
function namesCloudUsers(s) {
  return (s.reading.cueWords.get("use") ?? []).some((w) => USER_NOUN_SET.has(w));
}
var USE_WORDS = new Set(CUES.use);
var USER_NOUN_SET = new Set(USER_NOUNS);
var MONEY_ASKED = /多少钱|要花|得花|花多少|价值|值多少|\bcost\b|\bworth\b|\bvalue\b|\bspend\b|\bprice\b|\bbill\b/u;
function leftOut(ctx, s) {
  const left = /* @__PURE__ */ new Set();
  const add = (id) => {
    if (left.has(id)) return;
    left.add(id);
    for (const m of ctx.kb.entityById.get(id)?.members ?? []) add(m);
  };
  for (const e of s.excluded) add(e.id);
  for (const g of ctx.kb.entities)
    if (g.members.length > 0 && g.members.every((id) => left.has(id))) left.add(g.id);
  return left;
}
function unknownOnlyInContext(s) {
  return s.reading.unknown.every((w) => !s.asking.says(w));
}
var EACH_TOO = /\b(?:per|each) (?:cloud|company|one|startup)\b.{0,30}\b(?:all|total|combined|together|altogether)\b|\b(?:individually|separately)\b|(?:每家|各自|分别|分別|各家).{0,12}(?:一共|总共|合计|加起来|總共|合計)|单家|單家|(?<![哪同另任单單])一家(?:要|得|需|的|大概|大约)|每一家|\beach one(?:'s|’s)?(?: (?:order|demand|ask|share))? (?:worth|cost|value)\b|\b(?:value|cost|worth|price) of each\b|\beach and (?:the )?(?:total|sum)\b|\bper cloud\b|\b(?:one|a single)(?: big)? (?:of them|cloud|hyperscaler|company)(?:'s)?\b/u;
var ONE_FOR_ONE = /一换一|一換一|一对一|一對一|\b1\s*[:：]\s*1\b|1\s*比\s*1|\bone[- ]for[- ]one\b|\bone[- ]to[- ]one\b|\blike[- ]for[- ]like\b|按张数|按張數|同样数量|同樣數量|\bsame number of\b|\bcard for card\b/u;
function countsToWork(s) {
  return s.counts.filter((c) => c.model !== void 0 || s.asking.at(c.start));
}
function heard(s, a) {
  return saidByOthers(s.reading.text, a.start);
}
var BOTH_FIGURES = /\bboth (?:of |for |at |with )?(?:the )?(?:meta(?:'s|’s)? |its |their )?(?:low|lower|high|higher|figures|numbers|estimates|scenarios)\b|\blow (?:and|&) (?:the )?high\b|\bhigh (?:and|&) (?:the )?low\b|两个(?:数|数字|数据|估计)?都|(?:两种|两个)(?:说法|口径|估计|数字)|高低(?:两个)?都|(?:两个|两种)(?:情况|scenarios?)都|分别按.{0,8}(?:和|跟|与)/u;

// src/engine/intents/rankIntent.ts
var RUNNER_UP = /\b(?:over|than|ahead of|vs\.?) (?:the )?(?:runner[- ]up|second(?: place)?|#2|no\.? ?2|next one)\b|\blead over\b|比第二(?:名)?多|领先第二|第二名差|跟第二(?:名)?差/u;
var TOP_N = /\btop[- ]?(\d{1,2}|[a-z]+)\b|前\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:名|位|家|个|個)?|(?:最大|最多|最高)的\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:名|位|家|个|個)/u;
var FIRST_TWO = /第一(?:名)?(?:和|跟|、|,|，)?第二|老大(?:和|跟|、)?老二|\b(?:first|1st) and (?:second|2nd)\b/u;
var EN_UNITS = EN_NUMBER_WORDS.units;
var ZH_DIGITS = ZH_NUMBER_WORDS.digits;
function topOf(text) {
  if (FIRST_TWO.test(text) && !/第三|\bthird\b/u.test(text)) return 2;
  const m = TOP_N.exec(text);
  const word = m?.[1] ?? m?.[2] ?? m?.[3];
  if (word === void 0) return void 0;
  const n = /^\d+$/u.test(word) ? Number(word) : EN_UNITS[word] ?? ZH_DIGITS[word] ?? (word === "\u5341" ? 10 : void 0);
  return n !== void 0 && n >= 1 ? n : void 0;
}
var LEAST = /(?<!\bat )\bleast\b|\bfewest\b|\bsmallest\b|\blowest\b|最少|最小|最低/u;
function highOf(ctx) {
  return articleFigures(ctx.kb).scenario?.high ?? Number.NaN;
}
function ranked(s) {
  return new Set(
    s.reading.entities.filter((m) => ["company", "cloud", "group"].includes(m.entity.kind) && !s.excluded.includes(m.entity)).map((m) => m.entity.id)
  ).size;
}
function groupRanked(s) {
  const [only] = s.named;
  return s.named.length === 1 && only?.kind === "group" && only.members.length >= 2 ? only : void 0;
}
function membersToRank(ctx, group, holdings2) {
  return group.members.flatMap((id) => {
    const member = ctx.kb.entityById.get(id);
    if (member === void 0) return [];
    return holdings2 && member.members.length > 0 ? membersToRank(ctx, member, holdings2) : [member];
  });
}
var rankIntent = {
  id: "rank",
  cues: { popular: -3 },
  patterns: [
    // "最大的瓶颈", "the biggest bottleneck": a superlative of a topic, not of a figure.
    {
      re: /(?:最大|最主要)的?\s*(?:瓶颈|问题|原因|限制|障碍)|\b(?:biggest|largest|main) (?:bottleneck|problem|issue|reason|constraint|blocker)\b/u,
      weight: -3
    },
    // An order asked for outright beats the sum its "合计" would otherwise suggest.
    {
      re: /从大到小|由大到小|从多到少|由多到少|从小到大|从少到多|从高到低|怎么排|排列|\bbiggest to smallest\b|\blargest to smallest\b|\bin order\b|\bdescending\b|\bascending\b/u,
      weight: 4
    },
    {
      re: new RegExp(
        String.raw`\bmost\b|(?<!\bat )\bleast\b|\bfewest\b|\brank(?:ed|ing|s)?\b|\btop(?: \d+)?\b|\bbiggest\b|\blargest\b|\bsmallest\b|\bhighest\b|\blowest\b|\bsort(?:ed)?\b|\border(?:ed)? by\b|\bleaderboard\b|最多|最少|最大|最小|排序|排名|排个序|排一下|前[三五十\d]|前[二两四六七八九](?:名|位|家|个|個)|谁第一|第一名|${FIRST_TWO.source}`,
        "u"
      ),
      weight: 3
    }
  ],
  // One named entity makes it a lookup ("who gets most of Azure's?"); two, a comparison; none or
  // three and more, a ranking (of all, or of those named).
  // (Meta named with the figure to count it at, "Meta (25k figure)", is a condition and still one named.)
  // ("按 Meta 2.5 万来算, 前三是谁": Meta named only to set its figure ranks everyone.)
  needs: (s, ctx) => s.named.length === 0 || groupRanked(s) !== void 0 || ranked(s) >= 3 || s.scenario !== void 0 && s.named.every((e) => e.id === articleFigures(ctx.kb).scenario?.entityId),
  fit: (s) => ranked(s) >= 3 ? 0.5 : 0,
  run: (ctx, s) => {
    const measure = measureOf(s);
    const text = s.reading.text;
    const kinds = /\bclouds?\b|云/u.test(text) && !/\bcompan(?:y|ies)\b|公司/u.test(text) ? ["cloud"] : /\bcompan(?:y|ies)\b|公司|startups?|创业|单家|单个|个别|\bsingle\b|\bindividual\b/u.test(text) ? ["company"] : ["company", "cloud", "group"];
    const gpu = s.gpus.find((g) => g.id === "a100") !== void 0 ? "A100" : measure === "holdings" && s.gpus.length === 0 ? void 0 : "H100";
    const twoFigured2 = ctx.kb.entityById.get(articleFigures(ctx.kb).scenario?.entityId ?? "");
    const conditioned = s.scenario !== void 0 && twoFigured2 !== void 0 && s.named.length >= 2 && !s.named.includes(twoFigured2) && s.reading.entities.some((m) => m.entity === twoFigured2) ? [twoFigured2] : [];
    const atHigh = s.scenario === "meta-100k" || s.scenario === void 0 && s.amounts.some((a) => a.value === articleFigures(ctx.kb).totalDemand);
    const group = groupRanked(s);
    const listed = group === void 0 ? [...s.named, ...conditioned] : membersToRank(ctx, group, measure === "holdings");
    const left = leftOut(ctx, s);
    const entities = (listed.length >= 3 || group !== void 0 ? listed : ctx.kb.entities.filter((e) => kinds.includes(e.kind))).filter((e) => !left.has(e.id));
    const figures = entities.flatMap((e) => figureOf(ctx, e, measure, atHigh ? [highOf(ctx)] : []) ?? []).filter(
      (f) => listed.length >= 3 || group !== void 0 || f.facts.every((x) => x.subject === f.entity.id)
    ).filter((f) => gpu === void 0 || f.gpu === gpu);
    if (figures.length < 2) return void 0;
    return rankFigures(ctx, figures, measure, LEAST.test(text), topOf(text), RUNNER_UP.test(text));
  },
  examples: {
    en: [
      "Which company wants the most H100s?",
      "rank the clouds by how many H100s they want",
      "who has the most A100s"
    ],
    zh: ["\u8C01\u8981\u7684 H100 \u6700\u591A\uFF1F", "\u628A\u5404\u5BB6\u4E91\u7684\u9700\u6C42\u6392\u4E2A\u5E8F"]
  }
};

// src/calculator/scaleGpus.ts
function scaleGpus(gpus, factor, label) {
  const result = { value: Math.round(gpus * factor), unit: "gpus" };
  if (result.value > 0) assertCount(result.value);
  return {
    kind: "scaled",
    result,
    steps: [
      {
        op: "multiply",
        operands: [
          { value: gpus, unit: "gpus", ...label === void 0 ? {} : { label } },
          { value: factor, unit: "times" }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/changeWorking.ts
function changeWorking({ entity, count, by, factor }) {
  if (by !== void 0 && by !== 0) {
    const was = count - by;
    return by > 0 ? sumGpus([
      { label: entity.id, gpus: was },
      { label: "", gpus: by }
    ]) : difference({ value: was, unit: "gpus", label: entity.id }, { value: -by, unit: "gpus" });
  }
  if (factor !== void 0 && factor !== 0 && factor !== 1)
    return scaleGpus(count / factor, factor, entity.id);
  return void 0;
}

// src/engine/answers/gap.ts
function pricing(kb2, price) {
  const fact = kb2.facts.find((f) => f.metric === "h100-price");
  const facts = fact === void 0 ? [] : [fact];
  if (price !== void 0) return { value: price, fromUser: true, facts };
  return { value: (fact && quantityOf(fact)) ?? 35e3, fromUser: false, facts };
}
function lineItemsTotal(kb2, scenario) {
  return demandLineItems(kb2, scenario).reduce((sum, item) => sum + item.gpus, 0);
}
function demandLineItems(kb2, scenario) {
  const high = new Map(
    kb2.facts.filter((f) => f.metric === "h100-demand-high" && f.subject !== void 0).map((f) => [f.subject, f])
  );
  return kb2.facts.filter((f) => f.metric === "h100-demand").map((fact) => {
    const chosen = scenario === "meta-100k" ? high.get(fact.subject) ?? fact : fact;
    return { fact: chosen, gpus: quantityOf(chosen) ?? 0 };
  });
}
function gap(ctx, { scenario, price, focus }) {
  const items = demandLineItems(ctx.kb, scenario);
  const total = sumGpus(
    items.map(({ fact, gpus }) => ({ label: fact.subject ?? fact.id, gpus })),
    "gap-total"
  );
  const used = pricing(ctx.kb, price);
  const calculations = [total, valueAtPrice(total.result.value, used.value, "gap-value")];
  const headline2 = factsOnTopics(ctx.kb, ["gap"]);
  const gapFact = headline2.find((f) => f.metric === "h100-gap");
  const gapCount = gapFact === void 0 ? void 0 : quantityOf(gapFact);
  if (focus === "gap" && gapFact !== void 0 && gapCount !== void 0)
    calculations.push(valueAtPrice(gapCount, used.value, "gap-value", gapFact.id));
  const totals = factsOnTopics(ctx.kb, ["demand-total", "price"]);
  return buildAnswer(ctx, {
    kind: "gap",
    found: true,
    topic: focus === "gap" ? "gap" : "demand-total",
    facts: focus === "gap" ? [...headline2, ...totals] : [...totals, ...headline2],
    calculations,
    scenario,
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ["meta-scenario", "gap-vs-demand", "double-counting", "not-counted"]
  });
}

// src/engine/intents/readChanges.ts
var FACTORS = [
  { re: /\bdoubl(?:e|es|ed|ing)\b|\btwice\b|翻倍|翻一倍|翻一番|加倍/u, factor: 2 },
  { re: /\btripl(?:e|es|ed)\b|翻两番|三倍/u, factor: 3 },
  // Fractions before "half": "two thirds", "三分之一" say their own; "a tenth of what OpenAI wants".
  { re: /\btwo[- ]thirds\b|三分之二/u, factor: 2 / 3 },
  { re: /\bthree[- ]quarters\b|四分之三/u, factor: 0.75 },
  { re: /\b(?:a|one)[- ]third\b|(?<!百)三分之一/u, factor: 1 / 3 },
  { re: /\b(?:a|one)[- ]quarter of\b|(?<!百)四分之一/u, factor: 0.25 },
  { re: /\b(?:a|one)[- ]fifth\b|(?<!百)五分之一/u, factor: 0.2 },
  { re: /\b(?:a|one)[- ]tenth\b|(?<!百)十分之一/u, factor: 0.1 },
  // ("more than half of the 432k" measures a share: no change.)
  {
    re: /\bhalv(?:e|es|ed)\b|(?<!\b(?:than|over|under|about|nearly|almost) )\bhalf\b|\bin half\b|减半|砍一半|砍半|(?<!超过|多于|少于|不到|过|超)一半/u,
    factor: 0.5
  },
  {
    re: /\bdrop(?:s|ped)? out\b|\bzero\b|\bnone at all\b|\bno h100s\b|\bwanted none\b|\bwants none\b|\bremov(?:e|ed|ing)\b|\bstrip(?:s|ped|ping)? out\b|\bexclude[sd]?\b|\bleave out\b|\bleft out\b|完全不要|不要了|一张都不要|不买了|不买|一张都不买|取消订单|\bpull(?:s|ed)? out\b|\bwalk(?:s|ed)? away\b|\bcancel(?:s|led|ed)?\b|\bbuys? (?:nothing|none)\b|退出|归零|去掉|去除|拿掉|剔除/u,
    factor: 0
  }
];
function countedFor(ctx, e) {
  return demandLineItems(ctx.kb, "meta-100k").find(({ fact }) => fact.subject === e.id)?.gpus;
}
function targetsOf(ctx, e, named = []) {
  if (e.kind !== "group" && countedFor(ctx, e) === void 0) {
    const shared2 = ctx.kb.entities.find(
      (g) => g.kind === "group" && g.members.includes(e.id) && countedFor(ctx, g) !== void 0 && g.members.every((id) => named.some((n) => n.id === id))
    );
    return [shared2 ?? e];
  }
  if (e.kind !== "group" || countedFor(ctx, e) !== void 0 || e.members.length === 0) return [e];
  return membersOf(ctx, e);
}
var EVERYTHING = /\beverything\b|\beveryone\b|\ball (?:of )?(?:the )?(?:line items|companies|figures|numbers|demand)\b|\bacross the board\b|\bevery (?:line|company|figure)\b|全部|所有|每一项|每项|通通|统统|全都/u;
var ADDING = /\badd(?:ed|ing)?\b|\bplus\b|\bjoin(?:s|ed)?\b|\btoo\b|\balso\b|\bin the mix\b|加上|加入|加进去|加進去|算进去|算進去|算上|也要|也算/u;
var LIST_GAP = /^\s*(?:[、,，/&+]|\band\b|和|与|及|跟|同)?\s*(?:\band\b)?\s*$/u;
var INSTEAD_AFTER = /^\s*(?:张|张卡|块|h100s?|gpus?)?\s*[,，]?\s*(?:instead of|rather than|not\b|而不是|而非|不是)/u;
var MORE_BEFORE = /(?:多要|再要|多买|多加|再加|追加|增加|加了|多了|\+)\s*$/u;
var LESS_BEFORE = /(?:少要|少买|减少|减了|少了|砍掉|削减|[-−])\s*$/u;
var MORE_AFTER = /^\s*(?:张|块|h100s?|gpus?|cards?)?\s*(?:more|extra|additional)\b/u;
var LESS_AFTER = /^\s*(?:张|块|h100s?|gpus?|cards?)?\s*(?:less|fewer)\b/u;
var SAME_AS = /\bwhat (?:\S+ ){1,3}(?:wants|want|needs|need|asks for|is asking for)\b|\bas (?:much|many)(?: h100s?)? as\b|\bthe same as\b|\bmatch(?:ed|es|ing)?\b|一样多|一樣多|同样多|同樣多|那么多|那麼多|一样的量|一樣的量/u;
function deltaOf(text, a) {
  const before = text.slice(Math.max(0, a.start - 6), a.start);
  const after = text.slice(a.end, a.end + 16);
  if (MORE_BEFORE.test(before) || MORE_AFTER.test(after)) return 1;
  if (LESS_BEFORE.test(before) || LESS_AFTER.test(after)) return -1;
  return 0;
}
function ownFigures(ctx, e) {
  const own = /* @__PURE__ */ new Set();
  for (const f of ctx.kb.facts)
    if (f.subject === e.id && f.topic === "demand" && f.quantity !== void 0 && "value" in f.quantity)
      own.add(f.quantity.value);
  return own;
}
function quotesOf(ctx, e) {
  const quoted = /* @__PURE__ */ new Set();
  const held = figureOf(ctx, e, "holdings");
  if (held !== void 0) for (const v of endsOf(held)) quoted.add(v);
  if (e.kind === "group" && e.members.length > 0) {
    const sum = figureOf(ctx, e, "demand");
    if (sum !== void 0) quoted.add(sum.value);
  }
  return quoted;
}
var LIKE_BEFORE_ZH = /(?:跟|和|同|与|像)\s*$/u;
var LIKE_AFTER_ZH = /^\s*(?:一样|一樣|那样|那樣|似的)/u;
var LIKE_BEFORE_EN = /\b(?:as (?:many|much) as|(?:the )?same as|just like|like)\s*$/u;
function readChanges(ctx, s) {
  const text = s.reading.text;
  const mentions = s.reading.entities.filter((m) => s.named.includes(m.entity));
  const total = articleFigures(ctx.kb).totalDemand;
  const itemsAt = {
    "meta-25k": demandLineItems(ctx.kb, "meta-25k"),
    "meta-100k": demandLineItems(ctx.kb, "meta-100k")
  };
  const otherTotal = itemsAt["meta-25k"].reduce((sum, item) => sum + item.gpus, 0);
  const headlineGap2 = articleFigures(ctx.kb).gap;
  const twoFigured2 = articleFigures(ctx.kb).scenario;
  const setting = s.scenario === void 0 || twoFigured2 === void 0 ? void 0 : s.scenario === "meta-25k" ? twoFigured2.low : twoFigured2.high;
  const counts = s.amounts.filter(
    (a) => (a.role === "count" || a.role === "bare" && (a.value >= 100 || a.value === 0)) && a.value >= 0 && !a.percent && a.value !== total && a.value !== otherTotal && // Nor the headline shortage ("what's left of the 430k shortage").
    a.value !== headlineGap2 && (a.value !== setting || s.named.some((e) => e.id === twoFigured2?.entityId) || // ("what if oai wants 100k (keep meta at 100k)": only the amount said of Meta sets its figure.)
    !saidOfScenario(s, a, twoFigured2?.entityId))
  );
  const listSums = sumsOf(
    itemsAt,
    mentions.map((m) => m.entity)
  );
  const globalFactor = FACTORS.find((f) => f.re.test(text))?.factor;
  const changes = [];
  for (const left of s.excluded)
    for (const target2 of targetsOf(ctx, left))
      if (countedFor(ctx, target2) !== void 0) changes.push({ entity: target2, count: 0 });
  const twoFigures = articleFigures(ctx.kb).scenario;
  const meta = twoFigures === void 0 ? void 0 : ctx.kb.entityById.get(twoFigures.entityId);
  if (s.scenario === "meta-25k" && meta !== void 0 && twoFigures !== void 0 && !s.named.includes(meta))
    changes.push({ entity: meta, count: twoFigures.low });
  if (mentions.length === 0 && s.excluded.length === 0 && globalFactor !== void 0 && EVERYTHING.test(text))
    for (const { fact, gpus } of itemsAt["meta-100k"]) {
      const entity = ctx.kb.entityById.get(fact.subject ?? "");
      if (entity !== void 0) changes.push({ entity, count: gpus * globalFactor });
    }
  const [target, source] = mentions;
  if (counts.length === 0 && globalFactor === void 0 && mentions.length === 2 && target !== void 0 && source !== void 0 && SAME_AS.test(text)) {
    const figure = figureOf(ctx, source.entity, "demand");
    if (figure !== void 0 && countedFor(ctx, target.entity) !== void 0)
      return [...changes, { entity: target.entity, count: figure.value }];
  }
  const likened = (m) => m.start > 0 && (LIKE_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 4), m.start)) && LIKE_AFTER_ZH.test(text.slice(m.start + m.text.length, m.start + m.text.length + 4)) || LIKE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 16), m.start)));
  const changing = counts.length > 0 && mentions.length > 1 ? mentions.filter((m) => !likened(m)) : mentions;
  const lists = [];
  for (const m of changing) {
    const last = lists.at(-1);
    const prev = last?.at(-1);
    if (last !== void 0 && prev !== void 0 && m.start >= 0 && prev.start >= 0) {
      const gap2 = text.slice(prev.start + prev.text.length, m.start);
      if (LIST_GAP.test(gap2)) {
        last.push(m);
        continue;
      }
    }
    lists.push([m]);
  }
  lists.forEach((list, i) => {
    const from = list.at(-1)?.start ?? 0;
    const next = lists[i + 1]?.[0]?.start ?? Number.POSITIVE_INFINITY;
    const after = counts.filter((a) => a.start > from && a.start < next);
    const scope = text.slice(Math.max(0, from), Number.isFinite(next) ? next : void 0);
    const said = FACTORS.find((f) => f.re.test(scope))?.factor ?? (lists.length === 1 ? globalFactor : void 0);
    const takenFrom = list.every(
      (m) => m.entity.kind === "group" && s.excluded.some((x) => m.entity.members.includes(x.id))
    );
    const factor = said === 0 && takenFrom ? void 0 : said;
    const pool = lists.length === 1 && after.length === 0 ? counts : after;
    for (const m of list) {
      const quoted = quotesOf(ctx, m.entity);
      for (const target2 of targetsOf(ctx, m.entity, s.named)) {
        const current = countedFor(ctx, target2);
        if (current === void 0) {
          const given = pool.find((a) => !quoted.has(a.value));
          if (ADDING.test(text) && target2.kind === "company" && given !== void 0)
            changes.push({ entity: target2, count: given.value });
          continue;
        }
        const isTwoFigured = target2.id === twoFigured2?.entityId;
        const fresh = pool.filter(
          (a) => !quoted.has(a.value) && !listSums.has(a.value) && (isTwoFigured || twoFigured2 === void 0 || a.value !== twoFigured2.low && a.value !== twoFigured2.high || !saidOfScenario(s, a, twoFigured2.entityId)) && (setting === void 0 || a.value !== setting || isTwoFigured || !saidOfScenario(s, a, twoFigured2?.entityId))
        );
        const ownTwo = (a) => a.value === twoFigured2?.low || a.value === twoFigured2?.high;
        const supposed = isTwoFigured && setting !== void 0 && fresh.length > 1 && fresh.every(ownTwo) ? fresh.find((a) => a.value === setting) : void 0;
        const changed2 = fresh.find((a) => INSTEAD_AFTER.test(text.slice(a.end))) ?? supposed ?? fresh.find((a) => a.value !== current);
        const delta = changed2 === void 0 ? 0 : deltaOf(text, changed2);
        const base = changed2 !== void 0 && factor !== void 0 && delta === 0 && ownFigures(ctx, target2).has(changed2.value) ? changed2.value : void 0;
        const count = base !== void 0 && factor !== void 0 ? base * factor : changed2 !== void 0 && delta !== 0 ? Math.max(0, current + delta * changed2.value) : changed2?.value ?? (factor !== void 0 ? current * factor : (
          // "what if Meta only wants the lower number": its figure as the question picks it.
          fresh[0]?.value ?? (isTwoFigured ? setting : void 0)
        ));
        if (count !== void 0)
          changes.push({
            entity: target2,
            count,
            ...changed2 !== void 0 && delta !== 0 ? { by: count - current } : {},
            ...(changed2 === void 0 || base !== void 0) && factor !== void 0 ? { factor } : {}
          });
      }
    }
  });
  return changes.filter((c, i) => changes.findIndex((d) => d.entity.id === c.entity.id) === i);
}
function sumsOf(itemsAt, entities) {
  const sums = /* @__PURE__ */ new Set();
  if (entities.length < 2) return sums;
  for (const items of Object.values(itemsAt)) {
    let sum = 0;
    for (const e of entities) {
      const item = items.find(({ fact }) => fact.subject === e.id);
      if (item === void 0) return sums;
      sum += item.gpus;
    }
    sums.add(sum);
  }
  return sums;
}
function saidOfScenario(s, a, entityId) {
  return s.reading.entities.some(
    (m) => m.entity.id === entityId && [m.start, ...(m.others ?? []).map((o) => o.start)].some(
      (at) => at >= 0 && at < a.start && a.start - at <= 24
    )
  );
}
var WHAT_IF = /\bwhat if\b|\bif\b|\bsuppose|\bassum|\bwhat-if\b|假如|如果|要是|假设|假設|若/u;
function applyChanges(figures, changes) {
  const working = [];
  const changed2 = figures.map((figure) => {
    const change = changes.find((c) => c.entity.id === figure.entity.id && c.count !== figure.value);
    if (change === void 0) return figure;
    const step = changeWorking(change);
    if (step !== void 0) working.push(step);
    return { ...figure, value: change.count, range: false };
  });
  return { figures: changed2, working };
}

// src/calculator/averageGpus.ts
function averageGpus(sum) {
  const n = sum.steps[0]?.operands.length ?? 0;
  if (n === 0) throw new RangeError("average of no counts");
  const result = { value: Math.round(sum.result.value / n * 10) / 10, unit: sum.result.unit };
  return {
    kind: "average",
    result,
    steps: [{ op: "divide", operands: [sum.result, { value: n, unit: "entities" }], result }]
  };
}

// src/engine/answers/cloudUsers.ts
function cloudUsers(ctx, cloud, check) {
  const usage = factsOnTopics(ctx.kb, ["cloud-usage"]);
  if (cloud === void 0) {
    return buildAnswer(ctx, {
      kind: "cloud-users",
      found: true,
      topic: "cloud-usage",
      facts: onePerCompany(usage)
    });
  }
  const facts = onePerCompany(usage.filter((f) => f.objects.includes(cloud.id)));
  if (facts.length === 0) {
    const clouds = [...new Set(usage.flatMap((f) => f.objects))].flatMap(
      (id) => ctx.kb.entityById.get(id) ?? []
    );
    return notFound(ctx, { what: "users", entity: cloud }, clouds);
  }
  const related = facts.flatMap((f) => subjectOf(ctx.kb, f) ?? []);
  return buildAnswer(ctx, {
    kind: "cloud-users",
    found: true,
    topic: "cloud-usage",
    subject: cloud,
    related,
    facts,
    ...check === void 0 ? {} : { check: { entity: check, holds: related.some((e) => e.id === check.id) } }
  });
}
function onePerCompany(facts) {
  const bySubject = /* @__PURE__ */ new Map();
  for (const fact of [...facts].sort((a, b) => Number(b.section) - Number(a.section))) {
    const key = fact.subject ?? fact.id;
    if (!bySubject.has(key)) bySubject.set(key, fact);
  }
  const order = new Map(facts.map((f, i) => [f.id, i]));
  return [...bySubject.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

// src/engine/answers/cost.ts
function cost(ctx, entity, price, count, options = {}) {
  const facts = demandFacts(ctx, entity);
  const members = count === void 0 ? groupMembers(ctx, entity, facts) : [];
  if (members.length > 1) return costOfMany(ctx, members, price, void 0, options);
  const main = facts.find((f) => f.metric === "h100-demand") ?? facts[0];
  const shared2 = main?.subject !== void 0 && main.subject !== entity.id && count === void 0;
  const company = (shared2 ? ctx.kb.entityById.get(main?.subject ?? "") : void 0) ?? entity;
  const gpus = count ?? (main === void 0 ? void 0 : quantityOf(main));
  if (gpus === void 0) {
    return notFound(ctx, { what: "demand", entity: company });
  }
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: "cost",
    found: true,
    topic: "demand",
    subject: company,
    facts: [...facts, ...used.facts],
    calculations: [valueAtPrice(gpus, used.value, "demand-cost", company.id)],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ["double-counting"]
  });
}
function costOfMany(ctx, entities, price, scenario, { each = false } = {}) {
  const items = mainLineItems(ctx, entities, scenario);
  const withDemand = entities.filter((e) => demandFacts(ctx, e).length > 0);
  const [first] = withDemand.length > 0 ? withDemand : entities;
  if (items.length < 2 && first !== void 0) return cost(ctx, first, price);
  const total = sumGpus(items.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: "cost",
    found: true,
    topic: "demand",
    related: withDemand,
    facts: [...items, ...used.facts],
    // ("…whats that per cloud and for all four": the sum's value, which the reply leads with, then each one's.)
    calculations: [
      total,
      valueAtPrice(total.result.value, used.value, "demand-cost"),
      ...each ? items.map((f) => valueAtPrice(quantityOf(f) ?? 0, used.value, "demand-cost", f.subject ?? f.id)) : []
    ],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ["double-counting"]
  });
}
function costOfRange(ctx, subject, [low, high], {
  price,
  facts = [],
  topic: topic2 = "demand"
} = {}) {
  const used = pricing(ctx.kb, price);
  const label = subject.kind === "gpu" ? void 0 : subject.id;
  return buildAnswer(ctx, {
    kind: "cost",
    found: true,
    topic: topic2,
    subject,
    facts: [...facts, ...used.facts],
    calculations: (low === high ? [low] : [low, high]).map(
      (n) => valueAtPrice(n, used.value, "demand-cost", label)
    ),
    price: { value: used.value, fromUser: used.fromUser }
  });
}

// src/engine/answers/sumChanged.ts
function sumChanged(ctx, figures, working) {
  return buildAnswer(ctx, {
    kind: "demand",
    found: true,
    topic: "demand",
    related: figures.map((f) => f.entity),
    facts: figures.flatMap((f) => f.facts),
    calculations: [...working, sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })))],
    extraCaveats: ["double-counting"]
  });
}

// src/engine/answers/sumHoldings.ts
function sumHoldings(ctx, entities, bound) {
  const figures = entities.flatMap((e) => {
    const figure = figureOf(ctx, e, "holdings");
    return figure === void 0 ? [] : [atBound(figure, bound)];
  });
  const gpu = figures[0]?.gpu;
  const same = figures.filter((f) => f.gpu === gpu);
  if (same.length < 2) return void 0;
  return buildAnswer(ctx, {
    kind: "holdings",
    found: true,
    topic: "holdings",
    related: same.map((f) => f.entity),
    facts: same.flatMap((f) => f.facts),
    calculations: same.some((f) => f.range) ? [
      sumGpus(same.map((f) => ({ label: f.entity.id, gpus: endsOf(f)[0] }))),
      sumGpus(same.map((f) => ({ label: f.entity.id, gpus: endsOf(f)[1] })))
    ] : [sumGpus(same.map((f) => ({ label: f.entity.id, gpus: f.value })))]
  });
}

// src/engine/intents/sumIntent.ts
var MONEY_ASKED2 = /多少钱|要花|花多少|价值|值多少|总值|总价|(?<![\w$])\$(?![\w$])|\bcost\b|\bworth\b|\bvalue\b|\bspend\b|\bbill\b/u;
var MEAN_WORDS = /\baverage\b|\bavg\b|\bmean\b|平均/u;
function usersOfOneCloud(s) {
  return s.named.length === 1 && s.ofKind("cloud").length === 1 && (namesCloudUsers(s) || USERS_OF.test(s.reading.text)) && s.has("total");
}
var USERS_OF = /用[^,，。?？]{1,16}的(?:公司|客户|企业|那几家|几家|那些)/u;
var sumIntent = {
  id: "sum",
  cues: { total: 2.2 },
  patterns: [
    { re: MEAN_WORDS, weight: 2.5 },
    // "…加起来换算成 H100": a sum converted is a conversion's to answer.
    // ("A100s together, in H100s?", "how many H100s is that": the other GPU asked for, both named.)
    {
      re: /换算|折合|折成|折算|相当于|\bequal|\bequivalen|\bin (?:h100|a100) terms\b|\bconvert|^(?=.*a100)(?=.*h100).*(?:\bin|\binto|\bas|\bhow many|多少张?|几张)\s*(?:nvidia\s*)?(?:h100|a100)/u,
      weight: -3
    },
    // "Which wants more: A together or B?" compares two sums rather than adding everything up; so does
    // "四个大云加起来的需求, 是私有云那块加起来的几倍".
    {
      re: /几倍|多少倍|\bhow many times\b|\btimes (?:as (?:much|many|big)|more)\b|\bratio\b|\bmultiple of\b|\bwhich\b.{0,30}\b(?:more|less|fewer|bigger|larger|smaller|greater)\b|\bwhich\b.{0,40}\b(?:biggest|largest|smallest|most|least)\b|\bwho (?:wants|needs|has) more\b|\b(?:more|bigger|larger|greater|smaller|less|fewer) than\b|\bvs\.?\s|\bversus\b|哪个多|哪个少|谁多|比.{0,16}(?:多|少)|谁(?:要|需要|想要|有)?(?:得|的)?(?:更|比较|比較)?多(?!少)|哪(?:个|家|边|邊|一边)(?:要|需要|有)?(?:得|的)?(?:更|比较|比較)?多(?!少)/u,
      weight: -2
    },
    { re: /\s\+\s.*(?:=|\?)|=\s*\?/u, weight: 1 },
    // "Anthropic + Mistral, together, vs a single big cloud?": a sum set against another side is compared.
    {
      re: /(?:\btogether\b|\bcombined\b|\bplus\b|\s\+\s|加起来|合计)[^?]{0,40}(?:\bvs\.?|\bversus\b|\bcompared (?:to|with)\b|对比|相比)/u,
      weight: -1.5
    },
    // "just lambda, not the combined private cloud number": the sum set aside.
    {
      re: /\bnot (?:the )?(?:[\w'’]+\s+){0,3}(?:combined|total|summed|sum|group)\b|不是(?:合计|总数|加起来|合起来)/u,
      weight: -3
    },
    // "OpenAI 加 Meta 要幾多張": 加 between two names is a plus (a word of its own, unlike 加价 or 增加).
    // ("azure + gcp + oracle H100s on hand": a plus between names, too.)
    // (Not inside brackets that spell out a group: "excl all clouds (big4 + private)".)
    {
      re: /[a-z0-9)）]\s*加\s*(?=[a-z(（])|\s加\s|(?<![(（][^)）]{0,24})[a-z0-9)）]\s*\+\s*(?=[a-z(（])/u,
      weight: 2.5
    },
    // "do anthropic and openai both use aws?": "both" of a cloud they use, not of a sum.
    {
      re: /\bboth (?:use|using|run on|running on|are on|on)\b|\bboth\b.{0,20}\b(?:aws|azure|gcp|cloud)\b\s*\?/u,
      weight: -4
    },
    // "这三家一共", "these three": the named ones added up, not a total changed.
    { re: /这?(?:两|三|四|几)家|\bthese (?:two|three|four)\b|\ball (?:three|four)\b|\bboth\b/u, weight: 1 },
    {
      re: /\bplus\b|\btogether\b|\bcombined\b|\bin total\b|\bacross\b|\badd(?:ed)? up\b|\baltogether\b|\bsum\b|\bboth\b|加起来|加一起|加在一起|加一块|加在一块|加到一起|加到一块|加埋|加上|加总|相加|合起来|一共|总共|合计|共计|共要|总和|\bbetween (?:the (?:two|three|four) of )?them\b|\s\+\s/u,
      weight: 1.6
    }
  ],
  // Two names with figures of their own ("Inflection 的总需求" beside its GPT-3.5 model is one figure).
  needs: (s, ctx) => usersOfOneCloud(s) || s.named.some((e) => e.kind === "group" && e.members.length > 1) || s.named.length >= 2 && s.named.filter((e) => (articleFigures(ctx.kb).countsBySubject.get(e.id)?.length ?? 0) > 0).length >= 2,
  // A group with a member left out ("不算甲骨文，四大云要多少") is its other members added up, unless
  // §02's total is what is asked ("如果 Oracle 不算进大云, 总数会变怎样").
  fit: (s) => s.named.some((g) => g.kind === "group" && s.excluded.some((e) => g.members.includes(e.id))) && !LIST_TOTAL.test(s.reading.text) ? 3 : 0,
  run: (ctx, s) => {
    const [cloud] = s.ofKind("cloud");
    if (usersOfOneCloud(s) && cloud !== void 0) {
      const users = cloudUsers(ctx, cloud).related.filter((e) => e.kind === "company");
      if (users.length < 2) return void 0;
      return sumOf(ctx, { ...s, named: users });
    }
    return withRest(ctx, s, withMean(s, sumOf(ctx, s)));
  },
  examples: {
    en: [
      "Anthropic plus Mistral, how many H100s together?",
      "what do the three big clouds want in total",
      "average H100 need across OpenAI, Inflection and Anthropic?"
    ],
    zh: [
      "\u4E09\u5927\u4E91\u5DE8\u5934\u4E00\u5171\u8981\u591A\u5C11\u5F20H100\uFF1F",
      "Tesla \u8DDF Stability \u7684 A100 \u52A0\u8D77\u6765\u6709\u591A\u5C11\u5F20\uFF1F",
      "Meta\u3001\u7279\u65AF\u62C9\u3001Stability AI \u5E73\u5747\u6BCF\u5BB6\u6709\u51E0\u5F20 A100\uFF1F"
    ]
  }
};
function sumOf(ctx, s) {
  const out = new Set(s.excluded.map((e) => e.id));
  const entities = [
    ...new Map(
      s.named.flatMap((e) => e.kind === "group" && e.members.length > 1 ? membersOf(ctx, e) : [e]).filter((e) => !out.has(e.id)).map((e) => [e.id, e])
    ).values()
  ];
  if (WHAT_IF.test(s.reading.text) && !s.has("value")) {
    const figures = entities.flatMap((e) => figureOf(ctx, e, "demand") ?? []);
    const { figures: changed2, working } = applyChanges(figures, readChanges(ctx, s));
    if (working.length > 0 || changed2.some((f, i) => f.value !== figures[i]?.value))
      return sumChanged(ctx, changed2, working);
  }
  if (s.has("value") || s.price !== void 0 && MONEY_ASKED2.test(s.reading.text))
    return costOfMany(ctx, entities, s.price?.value, s.scenario, { each: EACH_TOO.test(s.reading.text) });
  if (measureFor(ctx, s) === "holdings") return sumHoldings(ctx, entities, s.bound);
  const two = articleFigures(ctx.kb).scenario;
  if (two !== void 0 && entities.some((e) => e.id === two.entityId) && BOTH_FIGURES.test(s.reading.text)) {
    const low = demandOfMany(ctx, entities, "meta-25k");
    const high = demandOfMany(ctx, entities, "meta-100k");
    return {
      ...high,
      facts: [...low.facts, ...high.facts.filter((f) => !low.facts.includes(f))],
      calculations: [...low.calculations, ...high.calculations]
    };
  }
  return demandOfMany(ctx, entities, s.scenario);
}
var LIST_TOTAL = /总数|总需求|总价值|总量|432|43\.2|\btotal demand\b|\bthe total\b|\bthe list\b/u;
var REST_WORDS = /\b(?:everybody|everyone|everything) else\b|\bthe rest\b|\brest of (?:them|the list)\b|\bnon-cloud\b|其余|其他人|剩下的|其它的|其他的呢/u;
function withRest(ctx, s, answer) {
  if (answer === void 0 || !REST_WORDS.test(s.reading.text) || s.scenario === "meta-25k") return answer;
  const sum = answer.calculations.find((c) => c.kind === "sum");
  const total = articleFigures(ctx.kb).totalDemand;
  if (sum === void 0 || total === void 0 || sum.result.value >= total) return answer;
  const rest = remainder({ value: total, unit: "gpus" }, sum.result);
  return { ...answer, calculations: [...answer.calculations, rest] };
}
function withMean(s, answer) {
  if (answer === void 0 || !MEAN_WORDS.test(s.reading.text)) return answer;
  const sums = answer.calculations.filter((c) => c.kind === "sum" && (c.steps[0]?.operands.length ?? 0) > 1);
  if (sums.length === 0) return answer;
  return { ...answer, calculations: [...answer.calculations, ...sums.map((c) => averageGpus(c))] };
}

// src/engine/answers/holdings.ts
function holdings(ctx, entity, lead, also = [], gpu) {
  if (entity === void 0) {
    return buildAnswer(ctx, {
      kind: "holdings",
      found: true,
      topic: "holdings",
      facts: factsOnTopics(ctx.kb, ["holdings"])
    });
  }
  const facts = [entity, ...also].flatMap((e) => factsAbout(ctx.kb, e, ["holdings"]));
  if (facts.length === 0) {
    const holders = [...new Set(factsOnTopics(ctx.kb, ["holdings"]).flatMap((f) => f.subject ?? []))];
    return notFound(
      ctx,
      { what: "holdings", entity },
      holders.flatMap((id) => ctx.kb.entityById.get(id) ?? [])
    );
  }
  const own = facts.filter((f) => f.subject === entity.id && f.gpu !== void 0);
  if (gpu !== void 0 && own.length > 0 && own.every((f) => f.gpu?.toLowerCase() !== gpu.id))
    return notFound(ctx, { what: "holdings", entity, gpu });
  const ordered = lead === void 0 ? facts : [...facts.filter(lead), ...facts.filter((f) => !lead(f))];
  return buildAnswer(ctx, {
    kind: "holdings",
    found: true,
    topic: "holdings",
    subject: entity,
    facts: ordered
  });
}

// src/engine/intents/allocationIntent.ts
var WHERE_GO = /\bwhere (?:do|does|did|will) .{1,40}\bgo\b/u;
var allocationIntent = {
  id: "allocation",
  cues: { allocation: 2.05 },
  patterns: [{ re: WHERE_GO, weight: 2.05 }],
  needs: (s) => (s.has("allocation") || WHERE_GO.test(s.reading.text)) && s.named.some((e) => e.kind !== "model"),
  // ("Azure 的 GPU 大部分都给 Anthropic 用, 是不是?": where a cloud's GPUs go, put up for checking,
  // outranks whether the company uses that cloud.)
  fit: (s) => s.yesNo && s.has("allocation") && s.ofKind("cloud").length === 1 && s.ofKind("company").length === 1 ? 1 : 0,
  run: (ctx, s) => {
    const target = s.ofKind("company", "group", "foundry")[0] ?? s.ofKind("cloud")[0];
    if (target === void 0) return void 0;
    const allocated = (f) => f.metric === "gpu-allocation";
    const [from] = s.ofKind("cloud");
    if (!s.yesNo || from === void 0 || from === target) return holdings(ctx, target, allocated);
    const answer = holdings(ctx, from, allocated);
    const goes = ctx.kb.facts.some(
      (f) => allocated(f) && f.subject === from.id && f.objects.includes(target.id)
    );
    return answer === void 0 || !answer.found ? answer : { ...answer, verdict: goes ? "yes" : "no" };
  },
  examples: {
    en: ["how much of azure's gpus go to openai", "where do CoreWeave\u2019s H100s go?"],
    zh: ["\u5FAE\u8F6F\u4E91\u7684GPU\u90FD\u6D41\u5411\u8C01", "CoreWeave \u7684\u5361\u5206\u914D\u7ED9\u8C01"]
  }
};

// src/engine/answers/topic.ts
function topic(ctx, topics, entity, lead) {
  const onTopics = factsOnTopics(ctx.kb, topics).sort(
    (a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic)
  );
  const first = entity === void 0 ? [] : factsAbout(ctx.kb, entity, topics);
  const leading = lead === void 0 ? [] : onTopics.filter(lead);
  return buildAnswer(ctx, {
    kind: "topic",
    found: true,
    topic: topics[0],
    ...entity === void 0 ? {} : { subject: entity },
    facts: [...first, ...leading, ...onTopics]
  });
}
function factList(ctx, on, facts) {
  return buildAnswer(ctx, { kind: "topic", found: true, topic: on, facts });
}

// src/engine/intents/amdIntent.ts
var amdIntent = {
  id: "amd",
  cues: { amd: topicScore(11) },
  patterns: [],
  needs: (s) => (s.has("amd") || s.named.some((e) => e.id === "amd")) && !asksForACloud(s),
  // Named without the cue word ("AMD?") it is still the AMD question.
  fit: (s) => s.has("amd") ? 0 : topicScore(11),
  // The summary keeps the question and the two CEOs' headings but not what they said: what it has is
  // shown, and the answer counts as not found, since the article gives no reason.
  run: (ctx) => ({ ...topic(ctx, ["why-not-amd"]), found: false }),
  examples: {
    en: ["Why don't people buy AMD GPUs?", "what about AMD, can it replace nvidia?"],
    zh: ["\u4E3A\u5565\u4E0D\u9009AMD", "AMD \u7684\u5361\u80FD\u66FF\u4EE3\u82F1\u4F1F\u8FBE\u5417"]
  }
};

// src/calculator/evaluateArithmetic.ts
var STEP_OF = { "*": "multiply", "/": "divide", "+": "sum", "-": "subtract" };
function evaluateArithmetic(operands, operators) {
  const [first] = operands;
  if (first === void 0 || operators.length !== operands.length - 1)
    throw new RangeError("arithmetic needs one operator between each two numbers");
  const steps = [];
  const terms = [first];
  const signs = ["+"];
  operators.forEach((op, i) => {
    const next = operands[i + 1];
    if (op === "+" || op === "-") {
      terms.push(next);
      signs.push(op);
      return;
    }
    const left = terms.pop();
    if (op === "/" && next.value === 0) throw new RangeError("division by zero");
    const result = {
      value: op === "*" ? left.value * next.value : left.value / next.value,
      unit: productUnit(left, next)
    };
    steps.push({ op: STEP_OF[op], operands: [left, next], result });
    terms.push(result);
  });
  const [head, ...rest] = terms;
  if (rest.length > 0 && signs.every((s) => s === "+")) {
    const result = { value: terms.reduce((sum, t2) => sum + t2.value, 0), unit: head.unit };
    steps.push({ op: "sum", operands: terms, result });
  } else {
    let total = head;
    rest.forEach((term, i) => {
      const op = signs[i + 1] === "-" ? "subtract" : "sum";
      const result = {
        value: op === "sum" ? total.value + term.value : total.value - term.value,
        unit: total.unit
      };
      steps.push({ op, operands: [total, term], result });
      total = result;
    });
  }
  const last = steps.at(-1)?.result ?? head;
  return { kind: "arithmetic", result: last, steps };
}
function productUnit(a, b) {
  if (a.unit === "usd" || b.unit === "usd" || a.unit === "usd-per-gpu" || b.unit === "usd-per-gpu")
    return "usd";
  return a.unit === "times" ? b.unit : a.unit;
}

// src/engine/intents/arithmeticCheckIntent.ts
var COUNTED = String.raw`^\s*(?:(?:张|張|块|塊)?\s*(?:h100|a100|gpu|card|卡)s?\s*)?`;
var OPERATOR = new RegExp(
  String.raw`${COUNTED}(?:(?<plus>\+|\bplus\b|加上?)|(?<minus>[-−]|\bminus\b|减去?)|(?<times>[*×x]|\btimes\b|乘以?)|(?<over>[/÷]|\bdivided by\b|除以))\s*$`,
  "u"
);
var CLAIMED = new RegExp(
  String.raw`${COUNTED}(?:=|==|≈|~=|\bis\b|\bequals\b|\bcomes to\b|\bgives\b|等于|得)\s*(?:about|around|roughly|like|~|约|大约)?\s*$`,
  "u"
);
var SAME_RESULT = 0.01;
var ROUNDED_RESULT = 0.05;
function operatorOf(between) {
  const g = OPERATOR.exec(between)?.groups;
  if (g === void 0) return void 0;
  return g.plus !== void 0 ? "+" : g.minus !== void 0 ? "-" : g.times !== void 0 ? "*" : "/";
}
function precisionOf(value) {
  const digits = String(Math.abs(value));
  if (digits.includes(".")) return 10 ** -(digits.split(".")[1]?.length ?? 0);
  return 10 ** (digits.length - digits.replace(/0+$/u, "").length);
}
function arithmeticOf(s) {
  const { numbers } = s.reading;
  if (numbers.length < 3) return void 0;
  let run = [];
  let operators = [];
  let open = false;
  let bracketedSum = false;
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    if (run.length === 0) run = [n];
    if (next === void 0) break;
    const raw = withoutNames(s, n.end, next.start);
    const closes = /[)）]/u.test(raw);
    const opens = /[(（]/u.test(raw);
    const between = raw.replace(/[()（）]/gu, " ");
    const op = operatorOf(between);
    if (open && (op === "+" || op === "-") && !closes) bracketedSum = true;
    if (closes) open = false;
    if (opens) open = true;
    if (bracketedSum) return void 0;
    if (op !== void 0) {
      run.push(next);
      operators.push(op);
      continue;
    }
    if (run.length >= 2 && CLAIMED.test(between)) return { operands: run, operators, claimed: next };
    run = [];
    operators = [];
    open = false;
  }
  return void 0;
}
function withoutNames(s, from, to) {
  let text = s.reading.text.slice(from, to);
  for (const m of s.reading.entities)
    if (m.start >= from && m.start + m.text.length <= to && m.entity.kind !== "gpu")
      text = text.replace(m.text, "").replace(/^\s*(?:'s|’s)/u, "");
  return text;
}
function amountOf(s, n) {
  const role = s.amounts.find((a) => a.start === n.start)?.role;
  const money = n.currency || n.perUnit || role === "price" || role === "money";
  return { value: n.value, unit: n.ratio || role === "ratio" ? "times" : money ? "usd" : "gpus" };
}
function factsBehind(ctx, s, values) {
  const named = new Set(s.named.map((e) => e.id));
  return ctx.kb.facts.filter(
    (f) => values.some((v) => statesFigure(f, v)) && (f.subject === void 0 || named.has(f.subject) || ctx.kb.entityById.get(f.subject)?.kind === "gpu")
  );
}
var arithmeticCheckIntent = {
  id: "arithmetic-check",
  cues: {},
  patterns: [],
  needs: (s) => arithmeticOf(s) !== void 0,
  // Arithmetic written out with its result is the most specific reading a message can have.
  fit: () => 5,
  run: (ctx, s) => {
    const found = arithmeticOf(s);
    if (found === void 0) return void 0;
    const amounts = found.operands.map((n) => amountOf(s, n));
    const claimedMoney = ["money", "price"].includes(
      s.amounts.find((a) => a.start === found.claimed.start)?.role ?? ""
    );
    const priced = claimedMoney && !amounts.some((a) => a.unit === "usd") ? amounts.map(
      (a, i) => i > 0 && found.operators[i - 1] === "*" && a.unit === "gpus" ? { ...a, unit: "usd" } : a
    ) : amounts;
    let calc;
    try {
      calc = evaluateArithmetic(priced, found.operators);
    } catch {
      return void 0;
    }
    const inThousands = found.claimed.value >= 1e3 && found.operands.every((n) => n.value < 1e3 && n.end - n.start <= 4) && Math.abs(calc.result.value * 1e3 - found.claimed.value) <= found.claimed.value * ROUNDED_RESULT;
    if (inThousands) {
      const thousand = { value: 1e3, unit: calc.result.unit };
      const scaled = { value: calc.result.value * 1e3, unit: calc.result.unit };
      calc = {
        ...calc,
        result: scaled,
        steps: [...calc.steps, { op: "multiply", operands: [calc.result, thousand], result: scaled }]
      };
    }
    const result = calc.result.value;
    const rounding = Math.min(precisionOf(found.claimed.value) / 2, Math.abs(result) * ROUNDED_RESULT);
    const holds = Math.abs(result - found.claimed.value) <= Math.max(Math.abs(result) * SAME_RESULT, rounding);
    const lineTotals = [articleFigures(ctx.kb).totalDemand, lineItemsTotal(ctx.kb, "meta-25k")];
    const ofTheList = lineTotals.includes(result) || lineTotals.includes(found.claimed.value);
    const totalFacts = ofTheList ? ctx.kb.facts.filter((f) => f.metric === "h100-demand-total") : [];
    return buildAnswer(ctx, {
      kind: "arithmetic",
      found: true,
      facts: [
        ...factsBehind(
          ctx,
          s,
          found.operands.map((n) => inThousands ? n.value * 1e3 : n.value)
        ),
        ...totalFacts
      ],
      ...ofTheList ? { extraCaveats: ["meta-scenario"] } : {},
      calculations: [calc],
      claimed: found.claimed.value,
      verdict: holds ? "yes" : "no"
    });
  },
  examples: {
    en: ["my math: 50k + 22k + 100k = 172k, right?", "meta 21k A100s / 3.5 = 7000 H100s for inference?"],
    zh: ["5\u4E07\u52A02.2\u4E07\u7B49\u4E8E7.2\u4E07\u5BF9\u5417", "2.1\u4E07\u5F20A100\u9664\u4EE53.5\u7B49\u4E8E6000\u5F20,\u5BF9\u5427"]
  }
};

// src/calculator/gpusForBudget.ts
var MAX_BUDGET_USD = 1e13;
function gpusForBudget(budget, price) {
  if (!Number.isFinite(budget) || budget <= 0 || budget > MAX_BUDGET_USD) {
    throw new UserInputError("invalid-price", {
      en: "The budget must be a number of US dollars above 0 and at most $10 trillion, e.g. $100M or 1 billion dollars.",
      zh: "\u9884\u7B97\u987B\u4E3A\u5927\u4E8E 0\u3001\u4E0D\u8D85\u8FC7 10\u4E07\u4EBF\u7F8E\u5143\u7684\u6570\u5B57\uFF0C\u4F8B\u5982 1\u4EBF\u7F8E\u5143\u3002"
    });
  }
  assertPrice(price);
  const result = { value: Math.floor(budget / price), unit: "gpus" };
  return {
    kind: "budget-gpus",
    result,
    steps: [
      {
        op: "divide",
        operands: [
          { value: budget, unit: "usd" },
          { value: price, unit: "usd-per-gpu" }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/budgetCount.ts
function budgetCount(ctx, budget, price) {
  const h100 = ctx.kb.entityById.get("h100");
  if (h100 === void 0) return void 0;
  const used = pricing(ctx.kb, price);
  return buildAnswer(ctx, {
    kind: "cost",
    found: true,
    topic: "price",
    subject: h100,
    facts: used.facts,
    calculations: [gpusForBudget(budget, used.value)],
    price: { value: used.value, fromUser: used.fromUser }
  });
}

// src/engine/intents/budgetIntent.ts
var BUDGET_FLOOR_USD = 1e5;
var BUYING = /\b(?:buy|buys|bought|afford|purchase|get|grab|pick up|cop|score|budget)\b|预算|买|買|购|購|入手|拿下|能换|換多少|换多少|够买|夠買/u;
var HOLDING_MONEY = /\b(?:have|had|has|got|raised|earmarked|set aside|spend|spending|with)\b|手上有|手头有|手頭有|有|融了|融资|融資|砸/u;
function budgetOf(s) {
  return s.amounts.find(
    (a) => a.role === "money" || a.role === "price" && a.currency && !a.perUnit && a.value >= BUDGET_FLOOR_USD || // "if i had half a mil, how many H100s at the article's price?": no currency, but spent at a price.
    a.role !== "price" && !a.gpus && !a.currency && a.value >= BUDGET_FLOOR_USD && AT_A_PRICE.test(s.reading.text)
  );
}
var AT_A_PRICE = /\bat (?:the )?(?:article'?s? )?(?:price|rate)\b|按文章的?(?:单价|价格)|照文章的?(?:单价|價格)/u;
var budgetIntent = {
  id: "budget",
  cues: { howMany: 0.6, value: 0.3 },
  patterns: [{ re: BUYING, weight: 1 }],
  needs: (s) => budgetOf(s) !== void 0 && (BUYING.test(s.reading.text) || HOLDING_MONEY.test(s.reading.text)) && s.has("howMany"),
  // A budget and a question of how many it buys outweigh a valuation, which a dollar sum also cues.
  fit: () => 3.5,
  run: (ctx, s) => {
    const budget = budgetOf(s);
    if (budget === void 0) return void 0;
    const price = s.amounts.find((a) => a !== budget && a.role === "price");
    return budgetCount(ctx, budget.value, price?.value);
  },
  examples: {
    en: [
      "we have $100M to spend, how many H100s can we buy at the article price?",
      "how many h100s does 1 billion dollars get you at 30k each"
    ],
    zh: ["\u9884\u7B97\u4E00\u4EBF\u7F8E\u5143\uFF0C\u6309\u6587\u7AE0\u7684\u5355\u4EF7\u80FD\u4E70\u591A\u5C11\u5F20 H100\uFF1F", "5000\u4E07\u7F8E\u5143\u6309\u6BCF\u5F203\u4E07\u80FD\u4E70\u51E0\u5F20"]
  }
};

// src/engine/answers/cloudOf.ts
function cloudOf(ctx, company, check, only = false) {
  const facts = factsAbout(ctx.kb, company, ["cloud-usage"]).filter((f) => f.subject === company.id);
  if (facts.length === 0) {
    const covered = [...new Set(factsOnTopics(ctx.kb, ["cloud-usage"]).flatMap((f) => f.subject ?? []))];
    return notFound(
      ctx,
      { what: "cloud", entity: company },
      covered.flatMap((id) => ctx.kb.entityById.get(id) ?? [])
    );
  }
  facts.sort((a, b) => Number(b.section) - Number(a.section));
  const cloudIds = [...new Set(facts.flatMap((f) => f.objects))];
  const related = cloudIds.flatMap((id) => ctx.kb.entityById.get(id) ?? []);
  return buildAnswer(ctx, {
    kind: "cloud-of",
    found: true,
    topic: "cloud-usage",
    subject: company,
    related,
    facts,
    ...check === void 0 ? {} : {
      check: {
        entity: check,
        holds: cloudIds.includes(check.id) && (!only || cloudIds.length === 1),
        ...only ? { only } : {}
      }
    }
  });
}

// src/engine/intents/cloudCheckIntent.ts
var ONLY = /\bonly\b|\bjust\b|\bexclusively\b|\bsolely\b|只用|只在|只有|只是|唯一|仅|僅/u;
var cloudCheckIntent = {
  id: "cloud-check",
  cues: { use: 0.5, cloud: 0.5, whereFrom: 0.5 },
  patterns: [],
  // Several companies on one cloud, or one company on several ("does anthropic use both aws and google
  // cloud?": yes only when it is on each).
  needs: (s) => s.yesNo && s.counts.length === 0 && (s.ofKind("company").length > 0 && s.ofKind("cloud").length === 1 || s.ofKind("company").length === 1 && s.ofKind("cloud").length > 1),
  // ("both" in "does anthropic use both aws and google cloud" asks about each cloud, not a sum.)
  fit: (s) => s.has("use") && s.ofKind("cloud").length > 1 ? 2.8 : 2,
  run: (ctx, s) => {
    const only = ONLY.test(s.reading.text);
    const [company] = s.ofKind("company");
    if (s.ofKind("cloud").length > 1 && company !== void 0) {
      const checks = s.ofKind("cloud").map((c) => cloudOf(ctx, company, c, only));
      if (checks.some((a) => a.check === void 0)) return void 0;
      const shown = checks.find((a) => a.check?.holds === false) ?? checks[0];
      return shown === void 0 ? void 0 : { ...shown, verdict: shown.check?.holds ? "yes" : "no" };
    }
    const [cloud] = s.ofKind("cloud");
    const answers = s.ofKind("company").map((company2) => cloudOf(ctx, company2, cloud, only));
    const [first] = answers;
    if (first === void 0 || answers.every((a) => a.check === void 0)) return void 0;
    if (answers.some((a) => a.check === void 0)) {
      const no = answers.some((a) => a.check?.holds === false);
      const { check: _each, ...lead } = answers.find((a) => a.check !== void 0) ?? first;
      return { ...lead, ...no ? { verdict: "no" } : {}, parts: answers };
    }
    const verdict = answers.every((a) => a.check?.holds) ? "yes" : "no";
    return answers.length === 1 ? { ...first, verdict } : { ...first, verdict, parts: answers };
  },
  examples: {
    en: ["ok so quick q, oai is on msft's cloud right?", "does anthropic use aws?"],
    zh: ["OpenAI \u662F\u901A\u8FC7 Azure \u62FF\u5361\u7684\u5BF9\u5427", "Character.ai \u8DDF Anthropic \u90FD\u5728\u7528\u8C37\u6B4C\u4E91\u5417"]
  }
};

// src/engine/intents/cloudLinkIntent.ts
var PAYING = /\bpa(?:y|ys|id|ying)\b|\bcharg(?:e|es|ed|ing)\b|\bprice\b|\bdiscount|付多少|花多少|多少钱|多少錢|价格|價格|折扣/u;
var cloudLinkIntent = {
  id: "cloud-link",
  cues: {},
  patterns: [],
  needs: (s, ctx) => {
    const user = userOf(s);
    if (user === void 0 || s.has("howMany", "demand") || PAYING.test(s.reading.text)) return false;
    const cloud = s.ofKind("cloud").find((c) => c !== user);
    if (user.kind === "model") return s.has("cloud") || cloud !== void 0 && !asksWhatIsHeld(s);
    if (user.kind === "cloud")
      return cloud !== void 0 && !asksWhatIsHeld(s) && !s.has("who") && !namesCloudUsers(s);
    const usesWhat = s.has("use") && !asksWhatIsHeld(s) && !s.has("training", "inference") && s.gpus.length === 0 && s.counts.length === 0 && !/\bgpus?\b|\bcards?\b|\bchips?\b|显卡|卡|芯片/u.test(s.reading.text) && ctx.kb.facts.some((f) => f.topic === "cloud-usage" && f.subject === user.id);
    return cloud !== void 0 || s.has("cloud") || usesWhat;
  },
  fit: () => 2,
  run: (ctx, s) => {
    const user = userOf(s);
    return user === void 0 ? void 0 : cloudOf(
      ctx,
      user,
      s.ofKind("cloud").find((c) => c !== user)
    );
  },
  examples: {
    en: ["What does xAI use?", "Does Google Cloud use Azure?"],
    zh: ["\u4E09\u661F\u7528\u54EA\u5BB6\u4E91", "Cohere \u7528\u4EC0\u4E48"]
  }
};
function userOf(s) {
  const company = s.ofKind("company", "group", "foundry")[0];
  if (company !== void 0) return company;
  const [first] = s.named;
  return first !== void 0 && (first.kind === "cloud" || first.kind === "model") && s.has("use", "cloud") ? first : void 0;
}

// src/engine/intents/cloudOfIntent.ts
var SAME = /\bsame\b|同一|一样|相同/u;
var cloudOfIntent = {
  id: "cloud-of",
  cues: { cloud: 1.5, whereFrom: 1.5, use: 0.4, demand: -1, howMany: -1.2, value: -1.5, holdings: -0.2 },
  patterns: [
    {
      re: /\bwhich cloud\b|\bwhat cloud\b|\bcloud provider\b|\bcloud\?|\bhosted on\b|\brunning on\b|\bruns on\b|\brun on\b|\bis \S+ on\b|\bare they on\b|同一家云|同一个云|\bsame cloud\b|哪家云|什么云|哪个云|啥云|哪朵云|用的云|跑在/u,
      weight: 1.2
    },
    // "which of the big clouds does openai use", "which big cloud is meta on": a group of clouds to choose from.
    {
      re: /\bwhich (?:one )?(?:of (?:the|those|these) )?(?:[\w-]+ ){0,2}clouds?\b|哪(?:家|个|一家)大云/u,
      weight: 2
    }
  ],
  // ("Is Tesla on the 1000+ list?" asks about a bar of GPUs, not a cloud.)
  // (A company's own figure said beside the question, "helsing wants 10k H100s — which cloud are they
  // using?", is context, not a count to work with.)
  needs: (s, ctx) => s.ofKind("company").length > 0 && s.ofKind("cloud").length === 0 && s.counts.every(
    (c) => s.ofKind("company").some((e) => ["demand", "holdings"].some((m) => figureOf(ctx, e, m)?.value === c.value))
  ) && !s.amounts.some((a) => a.role === "threshold"),
  run: (ctx, s) => {
    const companies = s.ofKind("company");
    const answers = companies.map((c) => cloudOf(ctx, c));
    const [first] = answers;
    if (first === void 0 || !answers.some((a) => a.found)) return first;
    if (answers.length === 1) return first;
    if (!s.yesNo || !SAME.test(s.reading.text)) return { ...first, parts: answers };
    const clouds = answers.map(
      (a) => a.related.map((e) => e.id).sort().join()
    );
    return { ...first, parts: answers, verdict: clouds.every((c) => c === clouds[0]) ? "yes" : "no" };
  },
  examples: {
    en: ["which cloud is oai actually running on?", "Character.ai cloud??"],
    zh: ["OpenAI \u548C Anthropic \u5206\u522B\u7528\u54EA\u5BB6\u4E91\uFF1F", "Hugging Face \u548C Cohere \u662F\u4E0D\u662F\u540C\u4E00\u5BB6\u4E91?"]
  }
};

// src/engine/answers/cloudTally.ts
function cloudTally(ctx) {
  const usage = factsOnTopics(ctx.kb, ["cloud-usage"]);
  const users = /* @__PURE__ */ new Map();
  for (const fact of usage)
    for (const cloud of fact.objects) {
      const set = users.get(cloud) ?? /* @__PURE__ */ new Set();
      if (fact.subject !== void 0) set.add(fact.subject);
      users.set(cloud, set);
    }
  const ranked2 = [...users.entries()].sort((a, b) => b[1].size - a[1].size).flatMap(([id]) => ctx.kb.entityById.get(id) ?? []);
  return buildAnswer(ctx, {
    kind: "cloud-users",
    found: true,
    topic: "cloud-usage",
    related: ranked2,
    facts: usage
  });
}

// src/engine/intents/cloudTallyIntent.ts
var COUNTING_USERS = /\b(?:most|fewest|how many) (?:ai )?(?:companies|cos|customers|clients|users|labs|startups)\b|\bshows? up the most\b|\bmost (?:popular|used|common)\b|几家客户|多少家客户|几家公司在用|多少家公司|最多.{0,6}(?:公司|客户)|(?:公司|客户|用户)(?:数)?最多|被最多|排第几/u;
var USERS_COMPARED = /用的?(?:公司|客户|用户)多|(?:公司|客户|用户)(?:比较)?多|\bmore (?:ai )?(?:companies|customers|clients|users|labs)\b/u;
var cloudTallyIntent = {
  id: "cloud-tally",
  cues: { cloud: 0.5, use: 0.5, howMany: -0.5, demand: -1.5, holdings: -1 },
  patterns: [
    {
      re: new RegExp(`${COUNTING_USERS.source}|${USERS_COMPARED.source}`, "u"),
      // Counting a cloud's users outranks the GPU ranking its "most" would otherwise suggest.
      weight: 4
    }
  ],
  // Clouds compared by their users: one cloud named ("Azure 有几家客户") or none.
  // ("甲骨文用的公司多还是谷歌云用的公司多", "does aws or azure have more customers": two clouds by their users.)
  needs: (s) => (COUNTING_USERS.test(s.reading.text) || USERS_COMPARED.test(s.reading.text)) && (s.has("cloud") || s.ofKind("cloud").length > 0) && s.ofKind("company", "group").length === 0 && (s.ofKind("cloud").length <= 1 || s.ofKind("cloud").length === 2 && USERS_COMPARED.test(s.reading.text)) && s.counts.length === 0,
  run: (ctx) => cloudTally(ctx),
  examples: {
    en: [
      "which cloud provider shows up the most in the cloud list, and for how many companies?",
      "which cloud do the most AI companies use?"
    ],
    zh: ["\u54EA\u4E2A\u4E91\u88AB\u6700\u591A AI \u516C\u53F8\u7528\uFF1F", "Azure \u6709\u51E0\u5BB6\u5BA2\u6237\uFF1F\u6392\u7B2C\u51E0\uFF1F"]
  }
};

// src/engine/intents/cloudUsersIntent.ts
var cloudUsersIntent = {
  id: "cloud-users",
  cues: { who: 1.2, use: 0.8, demand: -0.8, howMany: -1.5, value: -1.5, allocation: -1 },
  patterns: [
    {
      re: /\bwhich (?:ai )?compan(?:y|ies)\b|\bwho(?:'s| is| are)? (?:on|using|uses|runs on|running on)\b|\busers\b|\bcustomers\b|\bclients\b|\btenants\b|\bwho else\b|谁在用|谁用|哪些公司|哪几家|客户|用户|还有谁|還有誰|还有哪些|还有哪几家|谁.{0,6}(?:同一|一样)/u,
      weight: 1.2
    },
    // "用 Google Cloud 嘅 AI 公司有邊幾間?": which companies, though 几 also cues a count (and 有 holdings).
    { re: /(?:公司|实验室|团队).{0,4}哪(?:几|些)|哪几间|哪(?:间|些|几个|家)\s*(?:ai\s*)?公司/u, weight: 3.5 },
    // "every company the article says is on AWS", "all the labs running on GCP".
    {
      re: /\b(?:every|each|all(?: the)?)\s+(?:ai\s+)?(?:compan(?:y|ies)|labs?|startups?|firms?)\b[^.?]{0,40}\b(?:on|using|uses|use|runs?|running)\b/u,
      weight: 2
    },
    // "How many of the companies use AWS?", "几家在用 Azure", "幾多間公司用AWS": a count of users, not of GPUs.
    {
      re: /\bhow many (?:of (?:the|them|those) )?(?:listed )?(?:ai )?(?:compan|cos\b|labs|startups|firms)|几家|多少家|幾家/u,
      weight: 3.5
    },
    // "有多少个公司用谷歌云": the companies counted, which outweighs the count its 多少 cues.
    { re: /(?:几|多少|几多)(?:间|个|家)?\s*(?:ai\s*)?公司/u, weight: 5 }
  ],
  // One cloud, or none with a cloud word ("which clouds do the AI labs use?": every cloud's users).
  needs: (s) => s.ofKind("company").length === 0 && s.counts.length === 0 && !s.yesNo && (s.ofKind("cloud").length === 1 || s.named.length === 0 && s.has("cloud") && s.has("use", "who") && unknownOnlyInContext(s)),
  // A cloud with "use" or "who" and no figure word is asked for its users, whatever else is said.
  fit: (s) => s.has("use", "who") && !s.has("howMany", "demand", "value") && !asksWhatIsHeld(s) ? 1.2 : 0,
  run: (ctx, s) => cloudUsers(ctx, s.ofKind("cloud")[0]),
  examples: {
    en: ["which companies in the article are on AWS?", "and who uses google cloud?"],
    zh: ["\u8C01\u5728\u7528\u5FAE\u8F6F\u4E91", "\u54EA\u4E9B\u516C\u53F8\u5728\u7528\u4E9A\u9A6C\u900A\u4E91\uFF1F"]
  }
};

// src/engine/answers/compareFigures.ts
function compareFigures(ctx, a, b, measure, claim) {
  const [big, small] = a.value >= b.value ? [a, b] : [b, a];
  const amount = (f) => ({ value: f.value, unit: "gpus", label: f.entity.id });
  const sameGpu = a.gpu === b.gpu;
  const calculations = [
    difference(amount(big), amount(small)),
    ...sameGpu && small.value > 0 ? [ratio(amount(big), amount(small))] : []
  ];
  const caveats = [
    ...measure === "demand" ? ["double-counting"] : [],
    ...sameGpu ? [] : ["different-gpus-compared"]
  ];
  const holds = claim === void 0 ? void 0 : claim === "more" ? a.value > b.value : a.value < b.value;
  return buildAnswer(ctx, {
    kind: "comparison",
    found: true,
    topic: measure === "demand" ? "demand" : "holdings",
    subject: big.entity,
    // In the order the question names them; the calculation says which is larger.
    related: [a.entity, b.entity],
    facts: [...a.facts, ...b.facts],
    calculations,
    ...holds === void 0 ? {} : { verdict: holds ? "yes" : "no" },
    ...caveats.length === 0 ? {} : { extraCaveats: caveats }
  });
}

// src/engine/answers/compareRanges.ts
function compareRanges(ctx, a, b, measure, claim) {
  if (a.gpu !== b.gpu) return void 0;
  const [aLow, aHigh] = endsOf(a);
  const [bLow, bHigh] = endsOf(b);
  const aAbove = aLow >= bHigh;
  const bAbove = bLow >= aHigh;
  const side = (subject, calculations) => buildAnswer(ctx, {
    kind: "comparison",
    found: true,
    topic: measure === "demand" ? "demand" : "holdings",
    subject: subject.entity,
    related: [a.entity, b.entity],
    facts: [...a.facts, ...b.facts],
    calculations
  });
  if (!aAbove && !bAbove) return side(a, []);
  const [big, small] = aAbove ? [a, b] : [b, a];
  const [bigLow, bigHigh] = endsOf(big);
  const [smallLow, smallHigh] = endsOf(small);
  const amount = (f, value) => ({ value, unit: "gpus", label: f.entity.id });
  const answer = side(big, [
    difference(amount(big, bigLow), amount(small, smallHigh)),
    difference(amount(big, bigHigh), amount(small, smallLow))
  ]);
  return claim === void 0 ? answer : { ...answer, verdict: claim === "more" === aAbove ? "yes" : "no" };
}

// src/engine/answers/compareSums.ts
function sideLabel(side) {
  return side.map((f) => f.entity.id).join("+");
}
function compareSums(ctx, a, b, measure) {
  const all = [...a, ...b];
  if (all.some((f) => f.range || f.gpu !== all[0]?.gpu)) return void 0;
  const total = (side) => {
    if (side.length === 1) return { value: side[0]?.value ?? 0 };
    const sum = sumGpus(side.map((f) => ({ label: f.entity.id, gpus: f.value })));
    return { value: sum.result.value, sum };
  };
  const [ta, tb] = [total(a), total(b)];
  const sides = [
    { ...ta, label: sideLabel(a) },
    { ...tb, label: sideLabel(b) }
  ];
  const [big, small] = ta.value >= tb.value ? sides : [sides[1], sides[0]];
  if (big === void 0 || small === void 0) return void 0;
  const amount = (s) => ({ value: s.value, unit: "gpus", label: s.label });
  return buildAnswer(ctx, {
    kind: "comparison",
    found: true,
    topic: measure === "demand" ? "demand" : "holdings",
    related: all.map((f) => f.entity),
    facts: all.flatMap((f) => f.facts),
    calculations: [
      ...ta.sum === void 0 ? [] : [ta.sum],
      ...tb.sum === void 0 ? [] : [tb.sum],
      difference(amount(big), amount(small)),
      ...small.value > 0 ? [ratio(amount(big), amount(small))] : []
    ],
    ...measure === "demand" ? { extraCaveats: ["double-counting"] } : {}
  });
}

// src/engine/intents/compareIntent.ts
var COMPARING_WORDS = /\bmore\b|\bless\b|\bfewer\b|\bbigger\b|\blarger\b|\bsmaller\b|多|少|大/u;
var SIDE_BREAK = /\bor\b|\bvs\.?\b|\bversus\b|\bcompared (?:to|with)\b|\bthan\b|还是|比|对比|相比/u;
function sidesOf(s) {
  const mentions = s.reading.entities.filter((m) => s.named.includes(m.entity) && m.start >= 0);
  if (mentions.length < 3) return void 0;
  const text = s.reading.text;
  const cut = mentions.findIndex(
    (m, i) => i > 0 && SIDE_BREAK.test(
      text.slice((mentions[i - 1]?.start ?? 0) + (mentions[i - 1]?.text.length ?? 0), m.start)
    )
  );
  if (cut <= 0) return void 0;
  return [mentions.slice(0, cut).map((m) => m.entity), mentions.slice(cut).map((m) => m.entity)];
}
var HOW_MANY_BEFORE = /(?:\bhow many|几个|幾個|多少个|多少個|相当于几|相當於幾)\s*$/u;
function countsNames(s) {
  return s.reading.entities.some(
    (m) => s.named.includes(m.entity) && m.start > 0 && HOW_MANY_BEFORE.test(s.reading.text.slice(Math.max(0, m.start - 12), m.start))
  );
}
var RATIO_TOLERANCE = 0.05;
var LESS = /\bless\b|\bfewer\b|\bsmaller\b|少于|更少|比.{0,12}少/u;
var compareIntent = {
  id: "compare",
  cues: { compare: 0.5 },
  // ("meta's bigger number" picks one of Meta's figures: no comparison.)
  patterns: [
    {
      re: /\bmore\b.{0,40}\bthan\b|\bless\b.{0,40}\bthan\b|\bfewer\b|\bhow many more\b|\bby how much\b|\bhow much more\b|\bvs\.?\b|\bversus\b|\bcompared? (?:to|with)\b|\bhow many times\b|\btimes (?:as|more)\b|\bmultiple of\b|\bwhat multiple\b|\bminus\b|\bbigger\b(?! (?:number|figure|estimate)s?\b)|\blarger\b(?! (?:number|figure|estimate)s?\b)|\bor\b.{0,30}\?|\bwhich (?:one )?(?:wants|needs|has|have) more\b|\bdiff(?:erence)?\b|\bgap between\b|\bratio\b|多多少|少多少|几倍|多少倍|比.{0,16}(?:多|少|大)|谁.{0,8}(?:多|大)|更多|(?:哪个|哪家|哪间|哪一个|哪一家)[^,，?？]{0,14}(?:多|少|大(?![云雲型]))|差多少|差几|差了多少|相差|差距|对比|(?:跟|和|与).{0,16}比(?!例|重)|比一比|比一下|比较|超过|超過|落后|领先|\bbehind\b|\bahead of\b|\bexceed|\bsurpass|\bovertake|\bpass\b|\bbeat\b/u,
      weight: 3.2
    }
  ],
  needs: (s) => s.named.length >= 2,
  // Two sides set against each other ("A alone, or B + C together?") is a comparison, not a sum.
  // ("meta has exactly 3x the a100s tesla has, right?": a ratio claimed between two named figures.)
  fit: (s) => (s.yesNo ? 0.3 : 0) + (s.named.length === 2 && s.amounts.some((a) => a.role === "ratio") ? 3.2 : 0) + (sidesOf(s) !== void 0 && COMPARING_WORDS.test(s.reading.text) ? 2 : 0) + (countsNames(s) ? 3 : 0),
  run: (ctx, s) => {
    const measure = measureFor(ctx, s);
    const sides = sidesOf(s);
    if (sides !== void 0) {
      const [left, right] = sides.map((side) => side.flatMap((e) => figureOf(ctx, e, measure) ?? []));
      if (left !== void 0 && right !== void 0 && left.length > 0 && right.length > 0)
        return compareSums(ctx, left, right, measure);
    }
    const asked2 = namedFigures(ctx, s);
    const { figures, working } = WHAT_IF.test(s.reading.text) ? applyChanges(asked2, readChanges(ctx, s)) : { figures: asked2, working: [] };
    const [a, b] = figures;
    if (a === void 0 || b === void 0) return void 0;
    const either = /\bmore or (?:less|fewer)\b|\b(?:less|fewer) or more\b|多还是少|少还是多/u.test(
      s.reading.text
    );
    const claim = s.yesNo && !either ? LESS.test(s.reading.text) ? "less" : "more" : void 0;
    if (a.range || b.range) return compareRanges(ctx, a, b, measureFor(ctx, s), claim);
    const stated = s.yesNo ? s.amounts.find((x) => x.role === "ratio")?.value : void 0;
    if (stated !== void 0 && b.value > 0 && working.length === 0) {
      const held = Math.abs(a.value / b.value - stated) <= stated * RATIO_TOLERANCE;
      return { ...compareFigures(ctx, a, b, measure), verdict: held ? "yes" : "no" };
    }
    const compared = compareFigures(ctx, a, b, measure, claim);
    return working.length === 0 ? compared : { ...compared, calculations: [...working, ...compared.calculations] };
  },
  examples: {
    en: [
      "Does Meta want more H100s than Inflection?",
      "how many more does openai want than anthropic",
      "who has more A100s, Meta or Tesla?"
    ],
    zh: ["OpenAI \u7684\u9700\u6C42\u662F Anthropic \u7684\u51E0\u500D\uFF1F", "Meta \u6BD4 Inflection \u591A\u8981\u591A\u5C11\u5F20\uFF1F"]
  }
};

// src/calculator/a100Equivalents.ts
function a100Equivalents(h100s, speedup, source) {
  assertCount(h100s);
  if (!Number.isFinite(speedup) || speedup <= 0)
    throw new RangeError(`speed-up must be positive, got ${speedup}`);
  const result = { value: h100s * speedup, unit: "a100-equivalents" };
  return {
    kind: "a100-equivalents",
    result,
    steps: [
      {
        op: "multiply",
        operands: [
          { value: h100s, unit: "gpus", label: "h100" },
          { value: speedup, unit: "times", ...source === void 0 ? {} : { label: source } }
        ],
        result
      }
    ]
  };
}

// src/calculator/h100Equivalents.ts
function h100Equivalents(a100s, speedup, source) {
  assertCount(a100s);
  if (!Number.isFinite(speedup) || speedup <= 0)
    throw new RangeError(`speed-up must be positive, got ${speedup}`);
  const result = { value: Math.round(a100s / speedup * 10) / 10, unit: "h100-equivalents" };
  return {
    kind: "h100-equivalents",
    result,
    steps: [
      {
        op: "divide",
        operands: [
          { value: a100s, unit: "gpus", label: "a100" },
          { value: speedup, unit: "times", ...source === void 0 ? {} : { label: source } }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/convertGpus.ts
function convertGpus(ctx, from, count, workload, context = []) {
  const counts = typeof count === "number" ? [count] : count;
  const facts = factsOnTopics(ctx.kb, ["performance"]).filter(
    (f) => workload === void 0 || f.metric === `speedup-16bit-${workload}`
  );
  const calculations = facts.flatMap((f) => {
    const speedup = quantityOf(f);
    if (speedup === void 0) return [];
    return counts.map(
      (n) => from === "a100" ? h100Equivalents(n, speedup, f.id) : a100Equivalents(n, speedup, f.id)
    );
  });
  return buildAnswer(ctx, {
    kind: "compare",
    found: true,
    topic: "performance",
    facts: [...context, ...facts],
    calculations
  });
}

// src/engine/intents/convertIntent.ts
var ASKS_FOR = /(?:how many|多少张?|几张|多少块|多少个|换成|换算成|折合|折成|折算成|\bin|\binto|\bas|\bto)\s*(?:nvidia\s*)?(h100|a100)/u;
var ASKS_WITH = /(?:用|换|换做|换作|换用|改用|改成|\bused?|\busing|\bwith|\bswap(?:ped)? (?:to|for)|\bswitch(?:ed)? to)\s*(?:nvidia\s*)?(h100|a100)s?\b[^?？。.]{0,30}(?:多少|几|幾|how many)/u;
var NOT_THE_ASK = /\bthat'?s not (?:the|my) (?:ask|question)\b|\bnot what i'?m asking\b|\bnot what i am asking\b|不是我要问的|我不是问这个|不是问这个/u;
function askedModel(text) {
  return ASKS_FOR.exec(text)?.[1] ?? ASKS_WITH.exec(text)?.[1];
}
var A100_NAMED = /(?<!\bnot (?:the )?|\bnot counting |不是|不要|不算|非)a100/u;
var CONVERT_TO = /(?:换成|换算成|折合|折成|折算成|\bin|\binto|\bas)\s*(?:nvidia\s*)?(?:h100|a100)/u;
var MODEL_WORD = /\b(h100|a100)s?\b/gu;
var ARROW = /\b(a100|h100)s?\s*(?:→|->|=>|\bto\b|换成|換成)\s*(?:h100|a100)s?\b/u;
function sourceModel(s, at) {
  const count = s.counts.find((c) => c.start === at);
  if (count?.model === "a100" || count?.model === "h100") return count.model;
  const arrow = ARROW.exec(s.reading.text)?.[1];
  if (arrow === "a100" || arrow === "h100") return arrow;
  const asked2 = askedModel(s.reading.text);
  if (asked2 !== void 0) return asked2 === "h100" ? "a100" : "h100";
  let before;
  for (const m of s.reading.text.matchAll(MODEL_WORD)) if (m.index < at) before = m[1];
  return before;
}
var TOGETHER = /加起来|加上|加埋|合计|一共|总共|\btogether\b|\bcombined\b|\bin total\b|\bsum\b|\bplus\b|\badd(?:ed)? up\b|\baltogether\b|\+/u;
var convertIntent = {
  id: "convert",
  cues: { compare: 1, training: 0.5, inference: 0.5 },
  patterns: [
    // "一换一全换成 H100 要多少钱": card for card, a purchase, not a conversion by speed.
    { re: ONE_FOR_ONE, weight: -3 },
    {
      re: /\bexpressed in\b|\bin terms of\b|\bequals?\b|(?<!gpt[\w.-]* )\bequivalen(?:ts?|ce)\b|→|->|\bworth of\b|\bis that worth\b|\bin (?:h100|a100) terms\b|\bconvert|\bmatch(?:es)?\b|\breplace\b|\bdo the work of\b|\bhow many (?:h100|a100)s?\b.{0,40}\b(?:a100|h100)|\bhow many (?:h100|a100)s? (?:would|will|is|are|does|do) (?:that|those|these|they|it)(?: be| make| equal)?\b|相当于|等于|等效|换算|折合|折成|折算|顶|抵|换成/u,
      weight: 1.8
    }
  ],
  // A100s named, or an entity whose figures are A100s ("Falcon-40B … how many H100s would that be?").
  // (Where the message asks: "How many H100s does Meta hold? I only know its A100 count" converts nothing.)
  // (A count said in the context around the question converts, "we have 460 A100s. how many H100s is
  // that?", unless the message sets it aside: "meta HAS 21k a100s, thats not the ask. what does meta
  // actually want".)
  needs: (s) => s.counts.some((c) => c.model === "a100" && (s.asking.at(c.start) || !NOT_THE_ASK.test(s.reading.text))) || A100_NAMED.test(s.reading.text) && A100_NAMED.test(s.asking.text) || s.named.length > 0 && s.gpus.some((g) => g.id === "h100") && s.has("compare", "training", "inference"),
  // A count of one GPU ("21k A100s") and a question for the other ("how many H100s?") make a conversion.
  fit: (s) => {
    const asked2 = askedModel(s.reading.text);
    const given = s.counts.find((c) => c.model !== void 0 && (asked2 !== void 0 || !heard(s, c)))?.model;
    const owned = given === void 0 && s.counts.length === 0 && s.named.length > 0 && CONVERT_TO.test(s.reading.text);
    return (given !== void 0 ? 1 : 0) + (asked2 !== void 0 && given !== asked2 ? 1.5 : 0) + (owned ? 1 : 0);
  },
  run: (ctx, s) => {
    const [owner] = s.named;
    if (owner !== void 0 && s.counts.length === 1 && SHORT.test(s.reading.text)) {
      const held = figureOf(ctx, owner, s.measure ?? "holdings");
      if (held !== void 0 && !held.range && held.value !== s.counts[0]?.value)
        return shortOf(
          ctx,
          s,
          convertGpus(ctx, held.gpu === "A100" ? "a100" : "h100", held.value, s.workload, held.facts)
        );
    }
    const askedFor = askedModel(s.reading.text);
    const own = owner === void 0 ? void 0 : figureOf(ctx, owner, "holdings");
    if (own !== void 0 && askedFor !== void 0 && own.gpu.toLowerCase() === askedFor && !CONVERT_TO.test(s.reading.text) && !s.counts.some((c) => c.model !== void 0 && c.model !== askedFor && !heard(s, c)))
      return void 0;
    const asking = askedModel(s.reading.text);
    const counts = countsToWork(s);
    const count = counts.find((c) => c.model !== void 0 && c.model !== asking) ?? counts[0];
    const [, second] = s.counts;
    if (count !== void 0 && second !== void 0 && count.range === void 0 && TOGETHER.test(s.reading.text)) {
      const from2 = sourceModel(s, count.start);
      const owners = s.named.length === s.counts.length ? s.named : [];
      const sum = sumGpus(s.counts.map((c, i) => ({ label: owners[i]?.id ?? "", gpus: c.value })));
      if (from2 !== void 0) {
        const converted = convertGpus(ctx, from2, sum.result.value, s.workload);
        return { ...converted, calculations: [sum, ...converted.calculations] };
      }
    }
    if (count !== void 0) {
      const from2 = sourceModel(s, count.start);
      const high = count.range === "low" ? s.counts[1] : void 0;
      const values = high?.range === "high" ? [count.value, high.value] : count.value;
      if (from2 !== void 0) return shortOf(ctx, s, convertGpus(ctx, from2, values, s.workload));
    }
    const [entity] = s.named;
    if (entity === void 0) return void 0;
    const measure = s.measure ?? (s.has("demand") ? "demand" : "holdings");
    if (s.named.length > 1 && TOGETHER.test(s.reading.text)) {
      const figures = s.named.flatMap((e) => figureOf(ctx, e, measure) ?? []);
      const gpu = figures[0]?.gpu;
      if (figures.length > 1 && figures.every((f) => !f.range && f.gpu === gpu)) {
        const sum = sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })));
        const converted = convertGpus(
          ctx,
          gpu === "A100" ? "a100" : "h100",
          sum.result.value,
          s.workload,
          figures.flatMap((f) => f.facts)
        );
        return { ...converted, calculations: [sum, ...converted.calculations] };
      }
    }
    const figure = figureOf(ctx, entity, measure) ?? figureOf(ctx, entity, measure === "demand" ? "holdings" : "demand");
    if (figure === void 0) return void 0;
    const from = figure.gpu === "A100" ? "a100" : "h100";
    const asked2 = askedModel(s.reading.text);
    if (asked2 !== void 0 && asked2 === from) return void 0;
    return shortOf(
      ctx,
      s,
      convertGpus(ctx, from, figure.range ? endsOf(figure) : figure.value, s.workload, figure.facts)
    );
  },
  examples: {
    en: ["How many H100s do 23,000 A100s equal for training?", "10k H100s is how many A100s for inference"],
    zh: ["3\u4E07\u5F20A100\u505A\u63A8\u7406\u5927\u7EA6\u76F8\u5F53\u4E8E\u591A\u5C11\u5F20H100\uFF1F", "1\u4E07\u5F20H100\u8BAD\u7EC3\u76F8\u5F53\u4E8E\u591A\u5C11\u5F20A100"]
  }
};
var SHORT = /还差|還差|差多少|差幾|差几|够不够|夠不夠|[够夠].{0,14}[吗嗎]|\bshort of\b|\bhow far\b|\benough\b|\bgap to\b/u;
function shortOf(ctx, s, converted) {
  const [result] = converted.calculations;
  if (!SHORT.test(s.reading.text) || converted.calculations.length !== 1 || result === void 0)
    return converted;
  const to = result.kind === "h100-equivalents" ? "h100" : "a100";
  const given = s.counts.find(
    (c) => (c.model === to || c.model === void 0) && c.value !== result.steps[0]?.operands[0]?.value
  );
  const [entity] = s.named;
  const wanted = to === "h100" && entity !== void 0 ? figureOf(ctx, entity, "demand") : void 0;
  const target = given?.value ?? wanted?.value;
  if (target === void 0 || target <= result.result.value) return converted;
  const gap2 = difference(
    {
      value: target,
      unit: "gpus",
      ...wanted === void 0 || given !== void 0 ? {} : { label: wanted.entity.id }
    },
    { value: result.result.value, unit: result.result.unit }
  );
  return { ...converted, facts: [...converted.facts, ...wanted?.facts ?? []], calculations: [result, gap2] };
}

// src/engine/intents/countedAsIntent.ts
var COUNTED_AS = /按多少(?:张)?算|按几万|是按\s*\d[\d.]*\s*万?\s*张?\s*算|算成(?:多少|几)|是按(?:哪个|多少)|用的是(?:哪个|多少)|\bcounts? (?:\w+ )?(?:at|as)\b|\bcounted (?:\w+ )?(?:at|as)\b|\b(?:which|what) (?:meta )?(?:figure|number)\b|\b(?:in there|in it|included|in the total) (?:at|as)\b/u;
var SETTING2 = /\bif\b|如果|假如|要是|的话|\bpercent|%|\bshare\b|占比|百分/u;
var countedAsIntent = {
  id: "counted-as",
  cues: { total: 1 },
  patterns: [{ re: COUNTED_AS, weight: 2 }],
  needs: (s, ctx) => {
    const { scenario: two, totalDemand } = articleFigures(ctx.kb);
    return two !== void 0 && s.named.length === 1 && s.named[0]?.id === two.entityId && (s.has("total") || s.amounts.some((a) => a.value === totalDemand)) && COUNTED_AS.test(s.reading.text) && !SETTING2.test(s.reading.text);
  },
  fit: () => 3,
  run: (ctx, s) => {
    const [entity] = s.named;
    const two = articleFigures(ctx.kb).scenario;
    if (entity === void 0 || two === void 0) return void 0;
    const led = demand(ctx, entity, (f) => f.metric === "h100-demand-high");
    const total = ctx.kb.facts.find((f) => f.metric === "h100-demand-total");
    const answer = total === void 0 ? led : { ...led, facts: [...led.facts, total] };
    const low = s.amounts.some((a) => a.value === two.low);
    const high = s.amounts.some((a) => a.value === two.high);
    return s.yesNo && low !== high ? { ...answer, verdict: high ? "yes" : "no" } : answer;
  },
  examples: {
    en: ["does the 432k count meta at 25k or 100k?", "which meta figure does the total use?"],
    zh: ["43.2\u4E07\u8FD9\u4E2A\u603B\u6570\u91CC\uFF0CMeta \u662F\u6309\u591A\u5C11\u5F20\u7B97\u7684\uFF1F", "\u603B\u9700\u6C42\u662F\u628A Meta \u7B97\u6210\u51E0\u4E07\u5F20\uFF1F"]
  }
};

// src/engine/intents/countedIntent.ts
var countedIntent = {
  id: "counted-check",
  cues: { china: 1.5 },
  patterns: [
    {
      re: /\binclud(?:e|es|ed|ing)\b|\bcount(?:s|ed)?\b|\bin (?:the|that) (?:total|number|432k)\b|包括|包含|算进|计入|算上|算在/u,
      weight: 1.5
    }
  ],
  needs: (s, ctx) => s.yesNo && s.named.some((e) => ctx.kb.facts.some((f) => f.topic === "not-counted" && f.subject === e.id)),
  fit: () => 1,
  run: (ctx, s) => {
    const entity = s.named.find(
      (e) => ctx.kb.facts.some((f) => f.topic === "not-counted" && f.subject === e.id)
    );
    if (entity === void 0) return void 0;
    return { ...topic(ctx, ["not-counted"], entity), verdict: "no" };
  },
  examples: {
    en: ["Does the 432k include ByteDance?", "is baidu counted in the total?"],
    zh: ["43.2\u4E07\u91CC\u5305\u62EC\u5B57\u8282\u5417\uFF1F", "\u817E\u8BAF\u7B97\u5728\u603B\u9700\u6C42\u91CC\u5417"]
  }
};

// src/engine/intents/demandIntent.ts
var ALONE = /单独|單獨|自己|独自|獨自|\bnot (?:the )?(?:combined|total|group|lumped)\b|\balone\b|\bby itself\b|\bon its own\b|\bindividually\b|\bits own (?:number|figure)\b/u;
function listedTogether(s) {
  const [a, b] = s.reading.entities.filter((m) => m.entity.kind !== "gpu" && m.start >= 0);
  if (a === void 0 || b === void 0) return true;
  return /^\s*(?:和|与|及|跟|同|、|,|，|&|\+|and|plus)?\s*$/u.test(
    s.reading.text.slice(a.start + a.text.length, b.start)
  );
}
function quotesOwnDemand(ctx, s) {
  const [only, ...others] = s.named;
  if (only === void 0 || others.length > 0) return false;
  const own = ctx.kb.facts.filter(
    (f) => f.subject === only.id && f.topic === "demand" && f.quantity !== void 0 && "value" in f.quantity
  );
  return s.amounts.some(
    (a) => own.some((f) => f.quantity !== void 0 && "value" in f.quantity && f.quantity.value === a.value)
  );
}
var demandIntent = {
  id: "demand",
  cues: { demand: 1.5, howMany: 0.8, cloud: -1, value: -1.5, compare: -0.5 },
  // "xAI要买多少张": a count to buy is wanted, though 买 is also a word of money.
  // ("how much is lambda alone asking for?": an amount wanted, not money.)
  patterns: [
    { re: /要买(?:多少|几)张|想买(?:多少|几)张|\bwants? to buy how many\b/u, weight: 1.5 },
    { re: /\bhow much (?:is|are|does|do) (?:[\w'’]+ ){1,4}(?:asking for|want|need)\b/u, weight: 1.5 }
  ],
  // A count the question quotes ("like 22k or smth?") is fine; the answer states the article's figure.
  // Several named ("Lambda 和 CoreWeave 要多少张") are each one's line item, listed and added up.
  // "Is Tesla on the 1000+ list?": a bar of GPUs asks about what it needs too.
  // ("…how many each?" says neither: for names the article gives only a demand figure, that is the count.)
  needs: (s, ctx) => s.named.length > 0 && (s.measure === "demand" || s.amounts.some((a) => a.role === "threshold") || // "I've seen people say twenty five thousand and others a hundred thousand, which one is it": its
  // demand figures quoted, with no word for demand.
  s.measure === void 0 && quotesOwnDemand(ctx, s) || s.measure === void 0 && s.has("howMany") && s.named.every(
    (e) => figureOf(ctx, e, "demand") !== void 0 && figureOf(ctx, e, "holdings") === void 0
  )) && s.named[0]?.kind !== "model",
  // A price per GPU asks what the demand is worth ("如果 $35k 一张要多少钱"), not how large it is.
  // (Read from the figures alone, with no word for demand, it outranks a holding the article lacks.)
  fit: (s) => (s.price !== void 0 ? -1.5 : 0) + (s.amounts.some((a) => a.role === "threshold") ? 1.5 : s.measure === void 0 ? 0.6 : 0),
  run: (ctx, s) => {
    const several = s.ofKind("company", "cloud", "group");
    if (several.length > 1 && listedTogether(s)) return demandOfMany(ctx, several, s.scenario);
    const [entity] = s.named;
    if (entity === void 0) return void 0;
    const shared2 = figureOf(ctx, entity, "demand")?.facts.every((f) => f.subject !== entity.id) === true;
    if (shared2 && entity.kind !== "group" && ALONE.test(s.reading.text))
      return notFound(ctx, { what: "demand", entity }, [entity]);
    const answer = demand(
      ctx,
      entity,
      s.scenario === "meta-100k" ? (f) => f.metric === "h100-demand-high" : statesANumber(s)
    );
    const bar = s.amounts.find((a) => a.role === "threshold");
    const listed = bar !== void 0 && answer.facts.some(
      (f) => f.topic === "who-needs" && f.quantity !== void 0 && "value" in f.quantity && f.quantity.value >= bar.value
    );
    return s.yesNo && listed ? { ...answer, verdict: "yes" } : answer;
  },
  examples: {
    en: ["fb wants how many h100s again?", "how many H100s does Inflection need"],
    zh: ["OpenAI \u9700\u8981\u591A\u5C11\u5F20 H100\uFF1F", "\u79C1\u6709\u4E91\u8981\u591A\u5C11\u5F20 H100"]
  }
};

// src/engine/intents/derivationIntent.ts
var DERIVED = /\bwhere (?:does|did|do) .{0,40}\bcome from\b|\bhow (?:does|did|do) (?:they|the article|it|gpu utils|the author|you) (?:get|arrive|come up with|calculate|compute|work out|reach)\b|\bshow (?:me )?(?:the |your )?(?:math|maths|working|calculation)\b|\bhow (?:is|was|were) .{0,30}\b(?:calculated|computed|derived|worked out|arrived at)\b|怎么算(?:出来)?的|怎么来的|哪里来的|从哪(?:里)?来的|怎么得出|如何得出|是怎么算|怎样算出/u;
var derivationIntent = {
  id: "derivation",
  cues: {},
  patterns: [],
  needs: (s, ctx) => DERIVED.test(s.reading.text) && namesTheTotal(ctx, s),
  // The article's own total asked about outranks where the article itself comes from.
  fit: () => 3.5,
  run: (ctx) => gap(ctx, { scenario: "meta-100k", focus: "total" }),
  examples: {
    en: ["where does the 432k number even come from? show me the math", "how did the article get to $15B?"],
    zh: ["43.2\u4E07\u662F\u600E\u4E48\u7B97\u51FA\u6765\u7684\uFF1F", "150\u4EBF\u7F8E\u5143\u8FD9\u4E2A\u6570\u662F\u600E\u4E48\u6765\u7684"]
  }
};
function namesTheTotal(ctx, s) {
  const { totalDemand, gap: headline2 } = articleFigures(ctx.kb);
  const value = ctx.kb.facts.find((f) => f.metric === "demand-value")?.quantity;
  const figures = [totalDemand, headline2, value !== void 0 && "value" in value ? value.value : void 0];
  return s.named.length === 0 && (s.has("total") || s.amounts.some((a) => figures.includes(a.value)));
}

// src/calculator/scaleDuration.ts
function scaleDuration(time, speedup, from, unit, source) {
  if (!Number.isFinite(time) || time <= 0) throw new RangeError(`time must be positive, got ${time}`);
  const value = from === "a100" ? time / speedup : time * speedup;
  const result = { value: Math.round(value * 100) / 100, unit: "duration" };
  return {
    kind: "duration",
    result,
    steps: [
      {
        op: from === "a100" ? "divide" : "multiply",
        operands: [
          { value: time, unit: "duration", label: unit },
          { value: speedup, unit: "times", ...source === void 0 ? {} : { label: source } }
        ],
        result
      }
    ]
  };
}

// src/engine/answers/convertDuration.ts
function convertDuration(ctx, from, time, unit, workload) {
  const facts = factsOnTopics(ctx.kb, ["performance"]).filter(
    (f) => workload === void 0 || f.metric === `speedup-16bit-${workload}`
  );
  const calculations = facts.flatMap((f) => {
    const speedup = quantityOf(f);
    return speedup === void 0 ? [] : [scaleDuration(time, speedup, from, unit, f.id)];
  });
  return buildAnswer(ctx, { kind: "compare", found: true, topic: "performance", facts, calculations });
}

// src/engine/intents/durationIntent.ts
var durationIntent = {
  id: "duration",
  cues: { compare: 0.5, training: 0.3, inference: 0.3 },
  patterns: [
    {
      re: /\bhow long\b|\bhow many (?:hours|days|minutes|weeks)\b|多久|多长时间|几天|多少天|几个小时|几小时|多少小时/u,
      weight: 1.5
    }
  ],
  needs: (s) => s.amounts.some((a) => a.role === "duration") && /h100|a100/.test(s.reading.text),
  // A time and a GPU in one question are a strong sign on their own.
  fit: () => 2.2,
  run: (ctx, s) => {
    const time = s.amounts.find((a) => a.role === "duration");
    const first = /h100|a100/.exec(s.reading.text)?.[0];
    if (time === void 0 || time.duration === void 0 || first !== "a100" && first !== "h100")
      return void 0;
    if (time.value <= 0) return void 0;
    return convertDuration(ctx, first, time.value, time.duration, s.workload);
  },
  examples: {
    en: [
      "If a 16-bit training run takes 23 days on A100s, how many days would it take on H100s?",
      "my H100 job takes 10 hours, how long on A100s for inference?"
    ],
    zh: ["\u4E00\u4E2A16\u4F4D\u63A8\u7406\u4EFB\u52A1\u5728A100\u4E0A\u8DD1\u4E8614\u5C0F\u65F6,\u6362H100\u5927\u6982\u8981\u591A\u4E45?", "H100\u4E0A\u8BAD\u7EC3\u898112\u5C0F\u65F6\u7684\u6D3B,\u7528A100\u8981\u591A\u4E45?"]
  }
};

// src/engine/intents/foundryIntent.ts
var foundryIntent = {
  id: "foundry",
  cues: { foundry: topicScore(5) },
  patterns: [],
  // A foundry named with a cloud question ("does Samsung use Azure?") or a demand question
  // ("TSMC需要多少H100") is not asking who makes the H100.
  // ("stability ai gpu count? they make stable diffusion right": a maker word in the context around the
  // question asks nothing about who makes the H100.)
  needs: (s) => cueAsked(s, "foundry") || s.ofKind("foundry").length > 0 && !((s.ofKind("cloud").length > 0 || s.has("cloud")) && s.has("use", "who", "cloud")) && !s.has("demand", "holdings", "value"),
  // A foundry named beside its cue ("三星能代工吗, 缓解短缺?") is asked about, whatever else is said.
  fit: (s) => s.has("foundry") ? s.ofKind("foundry").length > 0 ? 0.5 : 0 : topicScore(5),
  run: (ctx, s) => topic(ctx, ["foundry", "supply"], s.ofKind("foundry")[0]),
  examples: {
    en: ["Who manufactures the H100?", "what about samsung"],
    zh: ["H100 \u662F\u8C01\u4EE3\u5DE5\u7684", "\u8C01\u5728\u751F\u4EA7H100"]
  }
};

// src/engine/answers/gapCompared.ts
function gapCompared(ctx, other) {
  const gapFact = ctx.kb.facts.find((f) => f.metric === "h100-gap");
  const gap2 = gapFact === void 0 ? void 0 : quantityOf(gapFact);
  if (gapFact === void 0 || gap2 === void 0) return void 0;
  const figure = "entity" in other ? other : void 0;
  const value = figure?.value ?? ("metric" in other ? quantityOf(other) : void 0);
  if (value === void 0 || value === 0) return void 0;
  const a = { value: gap2, unit: "gpus", label: gapFact.id };
  const b = { value, unit: "gpus", label: figure?.entity.id ?? ("id" in other ? other.id : "") };
  const [big, small] = gap2 >= value ? [a, b] : [b, a];
  return buildAnswer(ctx, {
    kind: "comparison",
    found: true,
    topic: "gap",
    ...figure === void 0 ? {} : { subject: figure.entity, related: [figure.entity] },
    facts: [gapFact, ...figure?.facts ?? ("metric" in other ? [other] : [])],
    // Against §02's total the two are nearly equal: "how many times" says nothing there.
    calculations: figure === void 0 ? [difference(big, small)] : [ratio(a, b), difference(big, small)]
  });
}

// src/engine/intents/gapCompareIntent.ts
var SET_AGAINST2 = /\bhow far apart\b|\bapart\b|\bratio\b|\btimes\b|\bhow many (?:\S+ )?(?:worth|of)\b|\bworth of\b|\bdifference\b|\bgap between\b|\bhow (?:much|many) (?:more|bigger|larger)\b|\bcompared?\b|\bvs\.?\b|几个|幾個|几倍|幾倍|多少倍|相当于|相當於|相差|差多少|差几|差幾|比.{0,12}(?:多|大|少)/u;
var SHORTAGE = /缺口|短缺|\bshortage\b|\bgap\b|\bmissing\b|\bshortfall\b/u;
var gapCompareIntent = {
  id: "gap-compare",
  cues: { gap: 1.5, compare: 0.5 },
  patterns: [{ re: SET_AGAINST2, weight: 1.5 }],
  needs: (s) => s.has("gap") && SHORTAGE.test(s.reading.text) && SET_AGAINST2.test(s.reading.text) && (s.named.length === 1 || s.named.length === 0 && s.has("total")),
  run: (ctx, s) => {
    const [entity] = s.named;
    if (entity === void 0) {
      const total = ctx.kb.facts.find((f) => f.metric === "h100-demand-total");
      return total === void 0 ? void 0 : gapCompared(ctx, total);
    }
    const figure = figureOf(ctx, entity, measureFor(ctx, s) === "holdings" ? "holdings" : "demand") ?? figureOf(ctx, entity, "holdings");
    return figure === void 0 ? void 0 : gapCompared(ctx, figure);
  },
  examples: {
    en: ["the shortage is how many times what openai wants?", "ratio of the shortage to gcp's h100s?"],
    zh: ["\u7F3A\u53E343\u4E07\u5F20\uFF0C\u76F8\u5F53\u4E8E\u51E0\u4E2A OpenAI \u7684\u9700\u6C42\uFF1F", "\u4F9B\u7ED9\u7F3A\u53E3\u548C\u603B\u9700\u6C4243.2\u4E07\u76F8\u5DEE\u591A\u5C11\u5F20\uFF1F"]
  }
};

// src/engine/answers/gapFilled.ts
function gapFilled(ctx, supplied, from = "headline") {
  const gapFact = ctx.kb.facts.find(
    (f) => f.metric === (from === "total" ? "h100-demand-total" : "h100-gap")
  );
  const gap2 = gapFact === void 0 ? void 0 : quantityOf(gapFact);
  if (gapFact === void 0 || gap2 === void 0 || supplied.value > gap2) return void 0;
  return buildAnswer(ctx, {
    kind: "what-if",
    found: true,
    topic: "gap",
    ...supplied.entity === void 0 ? {} : { subject: supplied.entity, related: [supplied.entity] },
    // (Off §02's total, the headline's own shortage is said beside it.)
    facts: [
      gapFact,
      ...from === "total" ? ctx.kb.facts.filter((f) => f.metric === "h100-gap") : [],
      ...supplied.facts
    ],
    calculations: [
      difference(
        { value: gap2, unit: "gpus", label: gapFact.id },
        {
          value: supplied.value,
          unit: "gpus",
          ...supplied.entity === void 0 ? {} : { label: supplied.entity.id }
        }
      )
    ]
  });
}

// src/engine/intents/gapFilledIntent.ts
var DELIVERED = /\b(?:got|gets|get|received?|receives|delivered|shipped|supplied|filled|fulfill(?:ed)?|satisf(?:y|ied)|land(?:s|ed)?|arrived?|arrives|came in|showed up|turned up)\b|拿到|到手|到了|到货|到貨|交付|交货|交貨|满足|滿足|补上|補上|供上|发货|發貨/u;
var SHIPS = /^\s*(?:(?:could|can|would|will|just|actually|somehow)\s+)*(?:ship|ships|shipped|supplied|supplies|delivered|delivers|pumped out|made|produced)\b|^\s*(?:明天|今天|马上|立刻|立即|下个月|今年|一下子|能|再|多|又)*(?:发货|發貨|出货|出貨|交付|供应|供應|生产|生產|造)/u;
var MIN_BARE_COUNT = 1e3;
var LEFT = /\bleft\b|\bremain|\bstill short\b|\bdent\b|\bclose the gap\b|还剩|還剩|剩下|剩多少|还差|還差|还缺|還缺/u;
var SHORTAGE_NAMED = /\bshortage\b|\bgap\b|\bshortfall\b|缺口|43(?:\.2)?万|43(?:\.2)?萬|\b43[02](?:k|,000| ?000)\b/u;
var gapFilledIntent = {
  id: "gap-filled",
  cues: { gap: 1.5 },
  patterns: [
    { re: DELIVERED, weight: 1.5 },
    { re: LEFT, weight: 1 }
  ],
  // The shortage named outright: "还差多少张" alone asks what the entity itself still lacks.
  needs: (s) => (s.has("gap") || SHORTAGE_NAMED.test(s.reading.text)) && SHORTAGE_NAMED.test(s.reading.text) && DELIVERED.test(s.reading.text) && LEFT.test(s.reading.text) && s.named.length <= 1,
  fit: () => 0.5,
  run: (ctx, s) => {
    const shipper = (e) => s.reading.entities.some(
      (m) => m.entity.id === e.id && m.start >= 0 && SHIPS.test(s.reading.text.slice(m.start + m.text.length, m.start + m.text.length + 14))
    );
    const [entity] = s.named.filter((e) => !shipper(e));
    const figure = entity === void 0 ? void 0 : figureOf(ctx, entity, "demand");
    const { gap: gap2, totalDemand } = articleFigures(ctx.kb);
    const counts = s.amounts.filter(
      (a) => a.role === "count" || a.role === "bare" && a.value >= MIN_BARE_COUNT
    );
    const count = counts.find((a) => a.value !== figure?.value && a.value !== gap2 && a.value !== totalDemand);
    const from = counts.some((a) => a.value === totalDemand) ? "total" : "headline";
    if (figure !== void 0 && count === void 0)
      return gapFilled(ctx, { value: figure.value, entity: figure.entity, facts: figure.facts }, from);
    if (count === void 0) return void 0;
    return gapFilled(
      ctx,
      { value: count.value, ...entity === void 0 ? {} : { entity }, facts: [] },
      from
    );
  },
  examples: {
    en: [
      "if openai got all the h100s it wants, what's left of the shortage?",
      "if 100k h100s were delivered tomorrow, how much of the gap would remain?"
    ],
    zh: ["\u5982\u679C OpenAI \u62FF\u5230\u4E86\u5B83\u8981\u7684\u5361\uFF0C\u7F3A\u53E3\u8FD8\u5269\u591A\u5C11\uFF1F", "\u5047\u5982\u5230\u8D27 10 \u4E07\u5F20\uFF0C\u7F3A\u53E3\u8FD8\u5DEE\u591A\u5C11\uFF1F"]
  }
};

// src/engine/intents/gapIntent.ts
var BETWEEN = /\b(?:gap|difference) between\b|\bbetween (?:the two|them|both)\b|差距|相差/u;
var gapIntent = {
  id: "gap",
  cues: { gap: topicScore(6) },
  patterns: [],
  needs: (s) => s.has("gap"),
  // "the gap between the two", "两家差距多大": a difference of the names, not the shortage.
  fit: (s) => s.named.length >= 2 && BETWEEN.test(s.reading.text) ? -3 : 0,
  run: (ctx, s) => {
    const answer = gap(ctx, { scenario: scenarioOf(s), focus: "gap", ...withPrice(s) });
    const { gap: headline2, totalDemand } = articleFigures(ctx.kb);
    const quoted = s.amounts.find((a) => a.role === "count" || a.role === "bare" && a.value >= 1e3);
    if (!s.yesNo || quoted === void 0 || answer === void 0) return answer;
    return { ...answer, verdict: quoted.value === headline2 || quoted.value === totalDemand ? "yes" : "no" };
  },
  examples: {
    en: ["How big is the H100 shortage?", "Is there really a shortage of H100s?"],
    zh: ["H100 \u7F3A\u53E3\u6709\u591A\u5927", "\u77ED\u7F3A\u591A\u5C11\u5F20"]
  }
};

// src/engine/intents/gpuChoiceIntent.ts
var WHICH_FORM = /\b(?:which|what)(?: exact| specific| particular)? (?:version|h100|model|form|kind|variant|flavou?r|config|sku|type)\b[^?]{0,40}\b(?:want|wants|wanted|buy|buying|after|popular|getting|chasing|fighting)|\b(?:which|what)(?: exact| specific| particular)? (?:flavou?r|config|sku|variant|version)\b|(?:哪个|什么|哪一)版本|哪个版|抢的.{0,8}(?:哪|什么)|\bthe (?:one|h100|gpu|version|model|sku) (?:everyone|everybody|people|ppl|buyers)(?:'s| is| are)? (?:after|wants?|buying|chasing|fighting (?:over|for))\b|大家(?:都)?(?:想要|在抢|抢)的(?:是|就是)?/u;
var FORMS = /\b(?:pcie|sxm\d?|hgx|dgx|nvl|[48]-gpu)\b/gu;
var gpuChoiceIntent = {
  id: "gpu-choice",
  cues: { popular: topicScore(9), factors: -3 },
  // "What exact GPU config does everyone want?": which model and form, not how many.
  patterns: [
    { re: /\bconfig(?:uration)?s?\b|配置|\bsku\b|\bform factor\b/u, weight: 1 },
    { re: WHICH_FORM, weight: 3 },
    // (A price asked of a form, "pcie vs sxm price gap", is no question of which form is wanted.)
    { re: /\bprices?\b|\bcosts?\b|\bworth\b|多少钱|价格|价钱|差价/u, weight: -3 },
    // (Nor is a speed-up asked of it: "what H100 vs A100 speedup does the article give".)
    { re: /\bspeed ?ups?\b|\bfaster\b|快多少|快几倍|提速/u, weight: -3 }
  ],
  needs: (s) => s.named.length === 0 && (s.has("popular") || WHICH_FORM.test(s.reading.text) || s.gpus.some((g) => g.id === "h100") && unknownOnlyInContext(s)),
  // The H100 alone ("tell me about the H100") falls back to why it is the GPU everyone wants.
  // (A form put up for checking, "大家抢的是PCIe版吗", "the most-wanted SKU is the PCIe H100 right?", is
  // answered with the one wanted, however unknown.)
  fit: (s) => (s.has("popular") ? 0 : 0.9) + (s.yesNo && (WHICH_FORM.test(s.reading.text) || s.has("popular")) && (s.reading.text.match(FORMS)?.length ?? 0) > 0 ? 2 : 0),
  // "is the 8-GPU HGX H100 SXM the one everyone's after?": yes when every form named is the article's.
  run: (ctx, s) => {
    const answer = topic(ctx, ["gpu-choice"]);
    const forms = [...new Set(s.reading.text.match(FORMS) ?? [])];
    const [claimed] = s.reading.entities.filter((m) => m.entity.kind === "gpu" && m.start >= 0);
    if (s.yesNo && forms.length === 0 && claimed !== void 0 && (s.has("popular") || WHICH_FORM.test(s.reading.text))) {
      const wanted = answer.facts.some(
        (f) => f.metric === "most-popular-gpu" && f.subject === claimed.entity.id
      );
      return { ...answer, verdict: wanted ? "yes" : "no" };
    }
    if (!s.yesNo || forms.length === 0) return answer;
    const said = answer.facts.map((f) => f.text.en.toLowerCase()).join(" ");
    return { ...answer, verdict: forms.every((f) => said.includes(f)) ? "yes" : "no" };
  },
  examples: {
    en: ["Which GPU do buyers want most?", "which gpu is the most popular rn"],
    zh: ["\u73B0\u5728\u6700\u53D7\u6B22\u8FCE\u7684GPU\u662F\u54EA\u6B3E", "\u5927\u5BB6\u6700\u60F3\u8981\u54EA\u6B3E\u663E\u5361"]
  }
};

// src/engine/intents/gpuPriceIntent.ts
var MARKET = /\bin (?:china|taiwan|hong kong|hk|the us|the states|europe|japan|korea|india)\b|\b(?:second[- ]?hand|used market|resale|scalp\w*|grey market|gray market|black market|street price|going price|spot price)\b|(?:在|于)?(?:中国|台湾|台灣|香港|大陆|大陸|日本|韩国|美国)(?:卖|賣|的价|的價|价格|價格|市场|市場)|国内(?:的)?(?:价|價|卖|賣|行情)|國內(?:的)?(?:價|賣|行情)|二手|黑市|渠道|加价|加價|行情|现价|現價|市价|市價/u;
var gpuPriceIntent = {
  id: "gpu-price",
  // ("what's all that demand worth" values the demand, not one GPU.)
  cues: { value: 1.2, each: 0.3, total: -1.5, gap: -1.5, demand: -1 },
  patterns: [
    // A market's price is asked of a GPU, whatever else the message mentions (China's H800 buyers).
    { re: MARKET, weight: 1.5 },
    {
      re: /\b(?:go|goes|going|sell|sells|selling) for\b|啥价|什么价|价格|價格|卖多少|賣多少|多少钱一|多少錢一/u,
      weight: 1
    },
    {
      re: /\bprice\b.{0,40}\b(?:of|for)\b|\bcost of an?\b|\bhow much (?:is|does) an?\b|\bper (?:gpu|card)\b|多少钱一张|一张多少钱|单价|售价/u,
      weight: 1
    }
  ],
  // "what per-GPU price does the article assume?": the GPU is the one the article prices.
  // ("苹果买了多少张h100" asks how many were bought, not what one costs.)
  needs: (s, ctx) => (s.gpus.length >= 1 || PER_GPU.test(s.reading.text)) && !(/多少张|几张|多少块|\bhow many\b/u.test(s.reading.text) && !PRICE_ASKED.test(s.reading.text)) && s.named.length === 0 && // ("what's an A100 cost? want to compare it to the $35k H100": the price given is the H100's.)
  (s.price === void 0 || s.gpus.some((g) => !isPriced(ctx, g.id)) && s.gpus.some((g) => isPriced(ctx, g.id))) && (s.counts.length === 0 || MARKET.test(s.reading.text)) && // Several GPUs: only when one of them is not priced ("what does an H800 go for compared to an H100").
  (s.gpus.length <= 1 || s.gpus.some((g) => !isPriced(ctx, g.id))),
  // A GPU the article gives no price for, asked its price, is what the message asks, whatever price it
  // quotes for another ("what's an A100 cost? want to compare it to the $35k H100").
  fit: (s, ctx) => s.gpus.some((g) => !isPriced(ctx, g.id)) && MONEY_ASKED3.test(s.reading.text) ? 3.5 : 0.5,
  run: (ctx, s) => {
    const unpriced = s.gpus.find((g) => !isPriced(ctx, g.id));
    const gpu = s.gpus[0] ?? pricedGpu(ctx);
    if (unpriced !== void 0) return notFound(ctx, { what: "price", entity: unpriced });
    if (gpu === void 0) return void 0;
    const market = MARKET.exec(s.reading.text)?.[0];
    return market === void 0 ? topic(ctx, ["price"]) : notFound(ctx, market.trim(), [gpu]);
  },
  examples: {
    en: ["What price does the article give for an A100?", "how much does an H100 cost per the article?"],
    zh: ["\u6587\u7AE0\u91CC H100 \u4E00\u5F20\u591A\u5C11\u94B1\uFF1F", "A100 \u7684\u5355\u4EF7\u662F\u591A\u5C11"]
  }
};
var MONEY_ASKED3 = /多少钱|多少錢|价|價|贵|貴|便宜|\bprices?\b|\bcosts?\b|\bworth\b|\bexpensive\b|\bpricier\b|\bcheaper\b|\bhow much (?:is|does|would|for) (?:an?|one)\b/u;
var PRICE_ASKED = /多少钱|价|贵|便宜|\bprice|\bcost|\bhow much\b|\bworth\b|\bexpensive\b|\bpricier\b|\bcheaper\b/u;
var PER_GPU = /\bper[- ](?:gpu|card|unit|chip)\b|\bprice (?:per|of an?) (?:gpu|card)\b|单价|每张.{0,4}(?:价|多少钱)|一张多少钱/u;
function pricedGpu(ctx) {
  const id = ctx.kb.facts.find((f) => f.topic === "price" && f.subject !== void 0)?.subject;
  return id === void 0 ? void 0 : ctx.kb.entityById.get(id);
}

// src/engine/answers/overview.ts
function overview(ctx, entity) {
  const facts = factsAbout(ctx.kb, entity);
  if (facts.length === 0) return notFound(ctx, entity.name[ctx.lang]);
  return buildAnswer(ctx, { kind: "overview", found: true, subject: entity, facts });
}

// src/engine/intents/haveVsWantIntent.ts
var HOW_MUCH = /几倍|多少倍|\btimes\b|差多少|差几|多多少|少多少|多出|超出|相差|还差|还缺|缺多少|缺几|\bgap\b|\bdifference\b|\bhow many more\b|\bshort\b|\bratio between\b|\bthe ratio\b/u;
var HAS_WORDS = /\b(?:has|have|had|holds?|holdings?|owns?|got)\b|\bsitting on\b|\b(?:in|on) hand\b|(?<!文章|原文|没|沒)有|手上|手里|囤|\bused\b|用了|用的|用卡|用量|这个数|那个数|\b(?:this|that) (?:number|figure)\b/u;
var SHORT_OF = /\bhow (?:many|far|much) short\b|\bshort by\b|\bshort of (?:what|its)\b|还差多少|还差几|还缺多少|缺多少|缺几/u;
function ownersOf(s) {
  const all = s.ofKind("company", "cloud", "group");
  return all.filter((e) => !(e.kind === "group" && all.some((o) => o !== e && e.members.includes(o.id))));
}
var haveVsWantIntent = {
  id: "have-vs-want",
  cues: { demand: 1, holdings: 1 },
  patterns: [
    { re: /\bvs\.?\b|\bversus\b|\bcompared\b|\band\b|对比|相比|比|差|和|跟/u, weight: 1 },
    // "not want, own": demand named only to be set aside.
    { re: NOT_DEMAND, weight: -2 }
  ],
  // Only for an entity with a figure to show ("the article has a section on AMD" is not about holdings).
  // ("how many short is google?": by how much what it has falls short of what it wants, when the
  // article gives both.)
  needs: (s, ctx) => ownersOf(s).length === 1 && (SHORT_OF.test(s.asking.text) && s.counts.length === 0 && s.named.some(
    (e) => figureOf(ctx, e, "demand") !== void 0 && figureOf(ctx, e, "holdings") !== void 0
  ) || (s.has("demand") || /需求/u.test(s.reading.text)) && s.named.some(
    (e) => figureOf(ctx, e, "demand") !== void 0 || figureOf(ctx, e, "holdings") !== void 0
  ) && HAS_WORDS.test(
    // (In the sentences that ask: "claude has been rate limiting me" is chatter.)
    s.asking.text
  )),
  // "By how much", "几倍": the two figures set against each other, which no plain look-up does.
  // (Counts the question quotes itself are compared as quoted.)
  // ("Azure 手上的上限跟它要的三万张比": with a range's end named, the count quoted is its own figure.)
  fit: (s) => 0.6 + (SHORT_OF.test(s.asking.text) && s.counts.length === 0 ? 1 : 0) + (HOW_MUCH.test(s.reading.text) && (s.counts.length === 0 || s.bound !== void 0) ? 1.5 : 0),
  run: (ctx, s) => {
    const [entity] = ownersOf(s);
    if (entity === void 0) return void 0;
    const want = figureOf(ctx, entity, "demand");
    const holding = figureOf(ctx, entity, "holdings");
    const have = holding === void 0 ? void 0 : atBound(holding, s.bound);
    const [wanted] = want?.facts ?? [];
    const [held] = have?.facts ?? [];
    if (HOW_MUCH.test(s.reading.text) && want !== void 0 && have !== void 0 && wanted !== void 0 && held !== void 0 && have.gpu === want.gpu && !have.range)
      return compareQuoted(ctx, { value: want.value, fact: wanted }, { value: have.value, fact: held });
    if (HOW_MUCH.test(s.reading.text) && want !== void 0 && have === void 0)
      return notFound(ctx, { what: "holdings", entity }, [entity]);
    return overview(ctx, entity);
  },
  examples: {
    en: ["goog cloud has how many H100s vs how many it wants?"],
    zh: ["\u8C37\u6B4C\u4E91\u624B\u4E0A\u6709\u591A\u5C11 H100 \u8DDF\u60F3\u8981\u7684\u6BD4\u5462"]
  }
};

// src/engine/answers/help.ts
function help(ctx) {
  return buildAnswer(ctx, { kind: "help", found: true });
}

// src/engine/intents/helpIntent.ts
var helpIntent = {
  id: "help",
  cues: { help: topicScore(14) },
  patterns: [],
  needs: (s) => s.has("help") && s.named.length === 0 && s.gpus.length === 0,
  run: (ctx) => help(ctx),
  examples: {
    en: ["what can you do?", "help"],
    zh: ["\u4F60\u80FD\u505A\u4EC0\u4E48", "\u600E\u4E48\u7528\u8FD9\u4E2A\u673A\u5668\u4EBA"]
  }
};

// src/engine/intents/holdingsIntent.ts
var OTHER_GPU_ASKED = /(?:\bhow many|多少张?|几张)\s*(h100|a100)/u;
var otherGpu = (model) => model === "a100" ? "h100" : model === "h100" ? "a100" : void 0;
var SET_ASIDE = /(?:\bnot (?:the )?|\bnot counting |不是|不要|不算|非)\s*$/u;
var holdingsIntent = {
  id: "holdings",
  // "Which clouds does Inflection train on?" asks for clouds, not for GPUs held.
  // "Who fabs it? Nvidia doesn't have fabs" asks about the maker, not about GPUs held.
  cues: { holdings: 0.3, value: -1.5, foundry: -1.5 },
  patterns: [
    { re: /\b(?:which|what) clouds?\b|哪家云|哪个云|什么云|哪些云/u, weight: -2 },
    {
      re: /\btrained (?:on|with)\b|\bused\b|\bhas how many\b|\bhave how many\b|\bgot\b|\bsitting on\b|\bin hand\b|\bon hand\b|用了|训练.{0,6}(?:多少|几)|有多少|有几|手上|手里|囤/u,
      weight: 1
    }
  ],
  // A count word with no demand word ("Google Cloud's H100 count") asks what is held too, and a model
  // ("GPT-5 需要多少张") is answered from what the article says it ran or will run on.
  // A count quoted as the entity's own figure ("Character.ai 要1萬張, 咁佢手上有幾多?") asks nothing new.
  needs: (s, ctx) => (
    // "384 A100s. How many H100s would do the same job?" asks a conversion of the count given.
    !s.counts.some(
      (c) => c.model !== void 0 && OTHER_GPU_ASKED.exec(s.reading.text)?.[1] === otherGpu(c.model)
    ) && // (A count said outside the sentences that ask is context: "someone said like 4k lol".)
    s.counts.every((a) => {
      const named = s.named[0];
      return !s.asking.at(a.start) || heard(s, a) || // (Put up as what it holds, "Meta手里已经有两万五千张H100了对吧?", it is a claim to check.)
      named !== void 0 && !s.yesNo && figureOf(ctx, named, "demand")?.value === a.value;
    }) && s.named.length > 0 && (s.measure === "holdings" || s.measure === void 0 && s.has("howMany", "holdings", "training") || s.named[0]?.kind === "model")
  ),
  fit: (s) => s.measure === "holdings" && s.ofKind("company", "cloud", "group").length <= 1 ? 2.1 : 1.2,
  run: (ctx, s) => {
    const owners = s.ofKind("company", "cloud", "group");
    const askedOf = owners.find(
      (e) => s.reading.entities.some((m) => m.entity === e && s.asking.says(m.text, true))
    );
    const entity = (owners.length > 1 ? askedOf : void 0) ?? owners[0] ?? s.named[0];
    if (entity === void 0) return void 0;
    const others = figureOf(ctx, entity, "holdings") === void 0 ? [] : s.named.filter((e) => e !== entity);
    const asked2 = s.reading.entities.filter(
      (m) => m.entity.kind === "gpu" && s.asking.says(m.text) && !SET_ASIDE.test(s.reading.text.slice(Math.max(0, m.start - 14), m.start))
    );
    const gpu = !s.yesNo && asked2.length === 1 ? asked2[0]?.entity : void 0;
    return holdings(ctx, entity, void 0, others, gpu);
  },
  examples: {
    en: ["Inflection trained their GPT-3.5 level model on how many GPUs?", "how many A100s has Meta got"],
    zh: ["\u7279\u65AF\u62C9\u624B\u4E0A\u6709\u591A\u5C11\u5F20 A100\uFF1F", "Meta \u6709\u51E0\u5F20 A100"]
  }
};

// src/engine/intents/makerIntent.ts
var makerIntent = {
  id: "maker-check",
  cues: { foundry: 1.5, supply: 0.5 },
  patterns: [
    {
      re: /\bonly\b|\bsole\b|\bcan\b|\bcould\b|\bable\b|唯一|只有|独家|能不能|能否|可以|能.{0,6}吗|行不行/u,
      weight: 1
    }
  ],
  needs: (s, ctx) => (
    // "so intel could just start making H100s tomorrow? 🙄" asks too, without an auxiliary first.
    (s.yesNo || /[?？][\s\p{Extended_Pictographic}]*$/u.test(s.reading.text)) && s.ofKind("foundry").length > 0 && // (The foundries' client, "给英伟达代工", is part of what is asked: only other names ask about them.)
    s.ofKind("company", "cloud", "group").every((e) => inFoundryFacts(ctx, e.id))
  ),
  // Asked outright as yes or no ("三星吗"), a foundry is checked rather than described.
  fit: (s) => s.yesNo ? 2.2 : 1.2,
  run: (ctx, s) => {
    const foundries = s.ofKind("foundry");
    const foundry = foundries.at(-1);
    if (foundry === void 0) return void 0;
    const makes = (id) => ctx.kb.facts.some((f) => f.topic === "foundry" && f.subject === id && f.objects.includes("h100"));
    const together = foundries.length > 1 && namedTogether(s);
    const holds = together ? foundries.every((f) => makes(f.id)) : makes(foundry.id);
    return { ...topic(ctx, ["foundry", "supply"], foundry), verdict: holds ? "yes" : "no" };
  },
  examples: {
    en: ["Is TSMC the only company making H100s right now?", "can samsung make h100s?"],
    zh: ["TSMC \u505A H100\uFF0C\u90A3\u4E09\u661F\u80FD\u505A\u5417\uFF1F", "\u53F0\u79EF\u7535\u662F\u552F\u4E00\u4EE3\u5DE5\u7684\u5417"]
  }
};
function inFoundryFacts(ctx, id) {
  return ctx.kb.facts.some((f) => f.metric === "foundry" && (f.subject === id || f.objects.includes(id)));
}
var LISTED = /^\s*(?:跟|和|与|與|及|同|\band\b|&|\+|、|\/|,|，)\s*$/u;
function namedTogether(s) {
  const mentions = s.reading.entities.filter((m) => m.entity.kind === "foundry" && m.start >= 0).sort((a, b) => a.start - b.start);
  return mentions.some((m, i) => {
    const next = mentions[i + 1];
    return next !== void 0 && LISTED.test(s.reading.text.slice(m.start + m.text.length, next.start));
  });
}

// src/engine/answers/membership.ts
function membership(ctx, group, entity) {
  const holds = group.members.includes(entity.id);
  const facts = [
    ...factsAbout(ctx.kb, group, ["who-needs", "demand"]),
    ...factsAbout(ctx.kb, entity, ["who-needs"])
  ];
  return buildAnswer(ctx, {
    kind: "overview",
    found: true,
    topic: "who-needs",
    subject: group,
    related: group.members.flatMap((id) => ctx.kb.entityById.get(id) ?? []),
    facts,
    check: { entity, holds },
    verdict: holds ? "yes" : "no"
  });
}

// src/engine/intents/membershipIntent.ts
var CHOICE_OF_LISTS = /\bis\b.{0,40}\ban?\b.{0,40}\bor\b|(?:属于|算|是).{0,16}还是/u;
var membershipIntent = {
  id: "membership",
  cues: {},
  patterns: [
    {
      re: /\bone of\b|\bamong\b|\bpart of\b|\bmember\b|\bin the\b|\bcount(?:s|ed)? as\b|属于|之一|算不算|算是|算.{0,10}吗|里面|当中|其中/u,
      weight: 1
    },
    // "is coreweave a public cloud or a private one?", "甲骨文属于三大云还是私有云": which list it is on.
    { re: CHOICE_OF_LISTS, weight: 2 }
  ],
  needs: (s) => (s.yesNo || CHOICE_OF_LISTS.test(s.reading.text)) && s.named.some((e) => e.kind === "group" && e.members.length > 0) && s.named.some((e) => e.kind !== "group"),
  fit: () => 2.3,
  run: (ctx, s) => {
    const entity = s.named.find((e) => e.kind !== "group");
    const groups = s.named.filter((e) => e.kind === "group" && e.members.length > 0);
    const group = groups.find((g) => entity !== void 0 && g.members.includes(entity.id)) ?? groups[0];
    return group === void 0 || entity === void 0 ? void 0 : membership(ctx, group, entity);
  },
  examples: {
    en: ["Is Oracle one of the three big clouds?", "is coreweave one of the private clouds?"],
    zh: ["\u7532\u9AA8\u6587\u7B97\u4E09\u5927\u4E91\u5DE8\u5934\u5417\uFF1F", "Lambda \u5C5E\u4E8E\u79C1\u6709\u4E91\u5417"]
  }
};

// src/engine/intents/noFigureIntent.ts
var noFigureIntent = {
  id: "no-figure",
  cues: { howMany: 1.5, demand: 0.5 },
  patterns: [],
  // ("假设字节要5万张, 总需求变成多少?" gives the figure itself: a what-if, not a question of it.)
  needs: (s, ctx) => !(WHAT_IF.test(s.reading.text) && s.counts.length > 0) && (uncounted(s, ctx) !== void 0 || s.named.length === 1 && s.named.every((e) => {
    const facts = ctx.kb.facts.filter((f) => f.subject === e.id);
    return facts.length > 0 && facts.every((f) => f.quantity === void 0) && facts.some((f) => f.topic === "not-counted");
  })),
  fit: () => 1.5,
  run: (ctx, s) => {
    const gpuAlone = uncounted(s, ctx);
    if (gpuAlone !== void 0) return notFound(ctx, { what: "count", entity: gpuAlone });
    const [entity] = s.named;
    if (entity === void 0) return void 0;
    const [gpu] = s.gpus;
    return notFound(ctx, { what: "demand", entity, ...gpu === void 0 ? {} : { gpu } }, [entity]);
  },
  examples: {
    en: ["how many h800s does bytedance want", "how many GPUs do the finance companies need?"],
    zh: ["\u767E\u5EA6\u8981\u591A\u5C11\u5F20h800", "\u817E\u8BAF\u9700\u8981\u51E0\u5F20 H800", "\u4E2D\u56FD\u516C\u53F8\u8981\u7684 H800 \u5360\u603B\u9700\u6C42\u767E\u5206\u4E4B\u51E0"]
  }
};
function uncounted(s, ctx) {
  const asksNumber = PORTION2.test(s.reading.text) || /多少|几|\bhow many\b|\bhow much\b/u.test(s.reading.text);
  if (s.named.length > 0 || s.has("who") || !asksNumber) return void 0;
  return s.gpus.find(
    (g) => !ctx.kb.facts.some((f) => f.gpu?.toLowerCase() === g.id && f.quantity !== void 0)
  );
}
var PORTION2 = /%|\bpercent|\bshare\b|占比|比例|百分/u;

// src/engine/intents/notCountedIntent.ts
var INCLUDED = /\bbaked in|\binclud(?:e|es|ed|ing)\b|\bcount(?:s|ed)?\b|\bpart of\b|\bin the (?:total|number|432k|figure)\b|包括|包含|算进|算在|计入|算入|纳入/u;
var NAMES_ASKED = /\bnames?\b|\bname them\b|叫什么|叫啥|名字|名单|有哪些/u;
var notCountedIntent = {
  id: "not-counted",
  cues: { china: topicScore(10) },
  patterns: [],
  needs: (s, ctx) => {
    const left = articleFigures(ctx.kb).notCounted;
    return (s.has("china") || [...s.named, ...s.gpus].some((e) => left.has(e.id))) && !asksForACloud(s);
  },
  fit: (s) => s.has("china") ? 0 : topicScore(10),
  run: (ctx, s) => {
    const left = articleFigures(ctx.kb).notCounted;
    const unnamed = s.named.find((e) => left.has(e.id) && e.kind === "group" && e.members.length === 0);
    const mention = s.reading.entities.find((m) => m.entity === unnamed);
    if (mention !== void 0 && (s.has("who") || NAMES_ASKED.test(s.reading.text)))
      return notFound(ctx, mention.text, []);
    const answer = topic(
      ctx,
      ["not-counted"],
      s.named.find((e) => left.has(e.id))
    );
    return s.yesNo && INCLUDED.test(s.reading.text) ? { ...answer, verdict: "no" } : answer;
  },
  examples: {
    en: ["What about Chinese companies like Baidu?", "what do chinese companies buy instead"],
    zh: ["\u4E2D\u56FD\u516C\u53F8\u7528\u4EC0\u4E48GPU", "\u5B57\u8282\u8DF3\u52A8\u7684\u9700\u6C42\u5462"]
  }
};

// src/engine/intents/otherGpuSpecsIntent.ts
var otherGpuSpecsIntent = {
  id: "other-gpu-specs",
  cues: { amd: 1.5, compare: 1, factors: 0.8 },
  patterns: [
    {
      re: /\bspecs?\b|\bmemory\b|\bvram\b|\bhbm\b|\bbenchmark|\bfaster\b|\bslower\b|\bcheaper\b|显存|内存|参数|规格|跑分|比.{0,10}(?:快|慢|多|少|便宜)/u,
      weight: 1.5
    }
  ],
  // AMD's chips, or the H800 measured against the H100: the article gives neither's specs.
  needs: (s) => s.has("amd") || s.named.some((e) => e.id === "amd") || s.gpus.some((g) => g.id === "h800") && s.has("compare", "factors"),
  run: (ctx, s) => notFound(ctx, s.reading.cueWords.get("amd")?.[0] ?? (s.has("amd") ? "AMD" : "H800"), []),
  examples: {
    en: ["How does AMD's MI250 compare to the H100 on specs?", "is the mi300 faster than h100"],
    zh: ["MI300X\u6709\u591A\u5C11\u663E\u5B58,\u6BD4H100\u591A\u591A\u5C11?", "AMD \u7684\u5361\u6BD4 H100 \u6162\u591A\u5C11"]
  }
};

// src/engine/intents/overviewIntent.ts
var overviewIntent = {
  id: "overview",
  cues: {},
  patterns: [
    {
      re: /\btell me about\b|\bwhat about\b|\bwhat do you know about\b|\binfo on\b|介绍|情况|怎么样|的事/u,
      weight: 0.6
    }
  ],
  needs: (s) => s.named.length > 0 && unknownOnlyInContext(s),
  // The reading of last resort for a name: any question asking something in particular scores higher.
  fit: () => 0.9,
  run: (ctx, s) => {
    const target = s.ofKind("company", "group", "foundry")[0] ?? s.ofKind("cloud")[0] ?? s.named[0];
    return target === void 0 ? void 0 : overview(ctx, target);
  },
  examples: {
    en: ["Tell me about CoreWeave", "what about Lambda?"],
    zh: ["\u4ECB\u7ECD\u4E00\u4E0BMeta\u7684\u60C5\u51B5", "Inflection \u5462"]
  }
};

// src/engine/answers/premiseCheck.ts
function premiseCheck(ctx, entity, count, gpu, topics, inHand = false) {
  const facts = factsAbout(ctx.kb, entity, topics).filter(
    (f) => f.subject === entity.id && f.quantity !== void 0
  );
  if (facts.length === 0) return void 0;
  const states = (f) => {
    const q = f.quantity;
    if (q === void 0) return false;
    if (count === void 0) return true;
    return "value" in q ? q.value === count : q.min <= count && count <= q.max;
  };
  const sameGpu = (f) => gpu === void 0 || f.gpu?.toLowerCase() === gpu;
  const delivered = (f) => !inHand || f.hedge !== "booked-not-delivered";
  const holds = facts.some((f) => states(f) && sameGpu(f) && delivered(f));
  const stated = (f) => states(f) && sameGpu(f);
  const lead = [...facts.filter(stated), ...facts.filter((f) => !stated(f))];
  return buildAnswer(ctx, {
    kind: topics.includes("holdings") && lead[0]?.topic === "holdings" ? "holdings" : "demand",
    found: true,
    topic: lead[0]?.topic ?? "holdings",
    subject: entity,
    facts: lead,
    verdict: holds ? "yes" : "no"
  });
}

// src/engine/intents/premiseIntent.ts
var IN_HAND = /\balready\b|\bsitting\b|\bin stock\b|\bdelivered\b|\bin (?:their|the) (?:dcs?|datacenters?|data centers?|racks?)\b|\bracked\b|\bon hand\b|\bin hand\b|现货|到手|已经有|已有|手上|手里|交付/u;
var THRESHOLD_BEFORE = /(?:\bmore than|\bover|\bat least|\bupwards of|超过|至少|多于)\s*$/u;
var COMPARING = /\bthan\b|\bvs\.?\b|\bversus\b|\bcompared\b|比|和.{0,12}(?:一样|相同)/u;
var premiseIntent = {
  id: "premise",
  cues: {},
  patterns: [],
  // One entity, or several when no comparison is asked ("Tesla has 70k A100s so it's ahead of Meta,
  // yeah?" states a figure for the first one named).
  needs: (s) => {
    const buyers = s.ofKind("company", "cloud", "group").length;
    const subjects = buyers > 0 ? buyers : s.named.length;
    const claimed = s.amounts.filter(
      (a) => (a.role === "count" || a.role === "bare" && a.value >= 100) && !THRESHOLD_BEFORE.test(s.reading.text.slice(Math.max(0, a.start - 14), a.start))
    );
    const gpuSaid = s.reading.entities.some((m) => m.entity.kind === "gpu" && m.start >= 0);
    const gpuClaimed = claimed.length === 0 && s.gpus.length === 1 && gpuSaid && subjects === 1 && s.named.length === 1 && !COMPARING.test(s.reading.text);
    return s.yesNo && (gpuClaimed || (subjects === 1 || subjects > 1 && !COMPARING.test(s.reading.text)) && claimed.length > 0);
  },
  // A GPU claimed alone outranks the plain look-up its "trained on" would also cue.
  fit: (s) => s.counts.length === 0 && s.gpus.length === 1 ? 4 : 2.5,
  run: (ctx, s) => {
    const entity = s.ofKind("company", "cloud", "group")[0] ?? s.named[0];
    const amount = s.amounts.find((a) => a.role === "count") ?? s.amounts.find((a) => a.role === "bare");
    if (entity === void 0) return void 0;
    const gpu = amount?.model ?? (s.gpus.length === 1 ? s.gpus[0]?.id : void 0);
    const topics = s.measure === "holdings" ? ["holdings"] : s.measure === "demand" ? ["demand"] : ["holdings", "demand"];
    const inHand = IN_HAND.test(s.reading.text);
    const own = premiseCheck(ctx, entity, amount?.value, gpu, topics, inHand);
    if (own === void 0 && amount !== void 0 && s.measure === "demand" && entity.kind !== "group") {
      const held = premiseCheck(ctx, entity, amount?.value, gpu, ["holdings"], inHand);
      if (held === void 0 || held.verdict === "no") return held;
      const { verdict: _unsure, ...facts } = held;
      return facts;
    }
    const other = figureOf(ctx, entity, s.measure === "demand" ? "holdings" : "demand");
    if (own?.verdict === "no" && amount !== void 0 && s.measure !== void 0 && other !== void 0 && endsOf(other).includes(amount.value))
      return { ...own, facts: [...own.facts, ...other.facts.filter((f) => !own.facts.includes(f))] };
    if (own !== void 0 || entity.kind !== "group") return own;
    const each = membersOf(ctx, entity).map((m) => premiseCheck(ctx, m, amount?.value, gpu, topics, inHand));
    const [first] = each;
    if (first === void 0 || each.some((a) => a === void 0)) return void 0;
    return { ...first, verdict: each.every((a) => a?.verdict === "yes") ? "yes" : "no" };
  },
  examples: {
    en: ["Did Inflection use 3,500 A100s for its GPT-3.5 equivalent?", "does meta want 100k h100s?"],
    zh: ["Tesla \u6709 7000 \u5F20 H100 \u5417\uFF1F", "OpenAI \u662F\u4E0D\u662F\u8981 5 \u4E07\u5F20\uFF1F"]
  }
};

// src/engine/intents/priceCheckIntent.ts
var SAME_PRICE = 0.02;
var priceCheckIntent = {
  id: "price-check",
  cues: { value: 0.6, each: 0.4, total: -1, gap: -1 },
  patterns: [
    {
      re: /\bprices?\b|\bpriced\b|\bper (?:card|gpu|unit)\b|\beach\b|单价|每张|每块|一张|按.{0,10}算/u,
      weight: 0.8
    }
  ],
  // A dollar price said per GPU, and nothing to value with it: no count, no buyer.
  needs: (s, ctx) => s.yesNo && s.price !== void 0 && s.price.yuan !== true && s.counts.length === 0 && s.named.length === 0 && s.priceChange === void 0 && pricing(ctx.kb, void 0).facts.length > 0,
  fit: () => 2.6,
  run: (ctx, s) => {
    const article = pricing(ctx.kb, void 0);
    if (article.facts.length === 0 || s.price === void 0) return void 0;
    const same = Math.abs(s.price.value - article.value) <= article.value * SAME_PRICE;
    return {
      ...topic(ctx, ["price"]),
      verdict: same ? "yes" : "no",
      price: { value: s.price.value, fromUser: true }
    };
  },
  examples: {
    en: ["the article prices an H100 at about $35k, right?", "is it $40k per card in the article?"],
    zh: ["\u6587\u7AE0\u662F\u6309\u6BCF\u5F204\u4E07\u7F8E\u5143\u7B97\u7684\u5417\uFF1F", "\u6587\u4E2D H100 \u5355\u4EF7\u662F3.5\u4E07\u7F8E\u5143\u5BF9\u5427\uFF1F"]
  }
};

// src/engine/answers/priceSaving.ts
function priceSaving(ctx, count, prices) {
  const [first, second] = prices;
  const label = count.entity?.id;
  const a = valueAtPrice(count.value, first, "demand-cost", label);
  const b = valueAtPrice(count.value, second, "demand-cost", label);
  const [high, low] = a.result.value >= b.result.value ? [a, b] : [b, a];
  return buildAnswer(ctx, {
    kind: "cost",
    found: true,
    topic: "price",
    ...count.entity === void 0 ? {} : { subject: count.entity },
    facts: [...count.facts, ...pricing(ctx.kb, void 0).facts],
    calculations: [high, low, difference(high.result, low.result)],
    price: { value: low.steps[0]?.operands[1]?.value ?? second, fromUser: true }
  });
}

// src/engine/intents/priceSavingIntent.ts
var SAVING = /省多少|省下|能省|节省|節省|少花|多花|差价|差價|\bcosts? less\b|\bcosts? more\b|\bsave[sd]?\b|\bsaving|\bhow much (?:less|cheaper|more expensive)\b|\bdifference in (?:cost|value|price)\b/u;
var priceSavingIntent = {
  id: "price-saving",
  cues: { value: 0.5 },
  patterns: [{ re: SAVING, weight: 3 }],
  needs: (s) => SAVING.test(s.reading.text) && new Set(s.amounts.filter((a) => a.role === "price").map((a) => a.value)).size === 2 && (s.counts.length > 0 || s.named.length === 1),
  // Two prices and what one saves outweigh pricing the count at either.
  fit: () => 1.5,
  run: (ctx, s) => {
    const prices = [...new Set(s.amounts.filter((a) => a.role === "price").map((a) => a.value))];
    const [p1, p2] = prices;
    if (p1 === void 0 || p2 === void 0) return void 0;
    const [entity] = s.named;
    const figure = entity === void 0 ? void 0 : figureOf(ctx, entity, "demand");
    const given = s.counts[0];
    const total = ctx.kb.facts.find((f) => f.metric === "h100-demand-total");
    const count = given !== void 0 ? {
      value: given.value,
      facts: given.value === articleFigures(ctx.kb).totalDemand && total !== void 0 ? [total] : []
    } : figure === void 0 ? void 0 : { value: figure.value, entity: figure.entity, facts: figure.facts };
    return count === void 0 ? void 0 : priceSaving(ctx, count, [p1, p2]);
  },
  examples: {
    en: ["openai's 50k h100s at $30k instead of $35k, how much do they save?"],
    zh: ["43.2\u4E07\u5F20\u63093.5\u4E07\u5200\u7B97\u5927\u7EA6150\u4EBF\u3002\u5982\u679C\u5355\u4EF7\u780D\u52303\u4E07\u5200\uFF0C\u603B\u4EF7\u80FD\u7701\u591A\u5C11\uFF1F"]
  }
};

// src/engine/intents/quotedCompareIntent.ts
var DIFFERENCE = /\bhow many more\b|\bhow much more\b|\bby how much\b|\bhow many times\b|\bhow many x\b|\bthe gap is how (?:many|much)\b|%\s*jump\b|\bpercent jump\b|\bhow (?:big|large) is the gap between\b|(?<!\b(?:at|by|using|with) (?:the |a |its )?(?:article's |same |speed-?up )?)\bratio\b|\bx as (?:big|many|much)\b|\btimes (?:as|more|bigger)\b|\bdifference\b|\bgap between\b|\bhow (?:many|much) extra\b|\bextra is that\b|多多少|少多少|多几|差几|差多少|差了多少|几倍|多少倍|幾倍/u;
var MONEY_ASKED4 = /(?<![\w$])\$(?![\w$])|\bdollars?\b|\bworth\b|\bcost\b|\bmoney\b|钱|錢|值多少|价值|價值/u;
var PERCENT_CHANGE = /%|\bpercent|涨幅|增幅|百分之几|百分比/u;
var BOTH_ENDS = /(?:上限|最高|\bhigh(?:er)? end\b|\bupper (?:bound|end)\b|\btop of the range\b).*(?:下限|最低|\blow(?:er)? end\b|\blower (?:bound|end)\b|\bbottom of the range\b)|(?:下限|最低|\blow(?:er)? end\b|\blower (?:bound|end)\b).*(?:上限|最高|\bhigh(?:er)? end\b|\bupper (?:bound|end)\b)/u;
var TWO_FIGURES = /两种|两个数|两个说法|两个\s*scenarios?|两个情况|两种情况|说法|传闻|传言|\b(?:both|two) scenarios\b|\bboth (?:figures|numbers|estimates)\b|\btwo (?:figures|numbers|estimates)\b|\brumou?r|\bsome say\b/u;
function twoFigured(ctx, s) {
  const [owner] = ownersOf2(s);
  if (owner === void 0 || s.named.length !== 1 || s.measure === "holdings" || !(TWO_FIGURES.test(s.reading.text) || s.gpus.every((g) => g.id !== "a100")))
    return void 0;
  const facts = factsAbout(ctx.kb, owner, ["demand"]).filter((f) => f.subject === owner.id);
  const main = facts.find((f) => f.metric === "h100-demand");
  const high = facts.find((f) => f.metric === "h100-demand-high");
  const [a, b] = [main, high].map((f) => f === void 0 ? void 0 : quantityOf(f));
  if (main === void 0 || high === void 0 || a === void 0 || b === void 0) return void 0;
  return [
    { value: a, fact: main },
    { value: b, fact: high }
  ];
}
function stating(ctx, s, value) {
  const [owner] = ownersOf2(s);
  const pool = owner !== void 0 ? factsAbout(ctx.kb, owner, ["demand", "holdings"]) : ctx.kb.facts;
  return statingCount(pool, value);
}
function otherFigure(ctx, s, quoted) {
  const [entity] = ownersOf2(s);
  if (entity === void 0 || quoted.fact === void 0) return void 0;
  const two = twoFigured(ctx, s);
  const other = two?.find((q) => q.value !== quoted.value);
  if (two?.some((q) => q.value === quoted.value) === true && other !== void 0) return other;
  const measure = quoted.fact.topic === "holdings" ? "demand" : "holdings";
  const figure = figureOf(ctx, entity, measure);
  const [fact] = figure?.facts ?? [];
  if (figure === void 0 || figure.range || fact === void 0) return void 0;
  return { value: figure.value, fact };
}
var quotedCompareIntent = {
  id: "quoted-compare",
  cues: {},
  patterns: [{ re: DIFFERENCE, weight: 3 }],
  needs: (s, ctx) => ownersOf2(s).length <= 1 && DIFFERENCE.test(s.reading.text) && (s.counts.length > 0 || ownersOf2(s).length === 1 && BOTH_ENDS.test(s.reading.text) || twoFigured(ctx, s) !== void 0),
  // A difference asked outright beats showing both figures side by side.
  fit: () => 1,
  run: (ctx, s) => {
    const [owner] = ownersOf2(s);
    const two = twoFigured(ctx, s);
    if (s.counts.length === 0 && two !== void 0) return compareQuoted(ctx, two[1], two[0]);
    if (s.counts.length === 0 && owner !== void 0) {
      const figure = figureOf(ctx, owner, s.measure ?? "holdings") ?? figureOf(ctx, owner, "demand");
      const [fact] = figure?.facts ?? [];
      if (figure === void 0 || !figure.range || fact === void 0) return void 0;
      const [low, high] = endsOf(figure);
      return compareQuoted(ctx, { value: high, fact }, { value: low, fact });
    }
    const values = [...new Set(s.counts.map((c) => c.value))];
    const quoted = values.slice(0, 2).map((value) => ({ value, ...withFact(stating(ctx, s, value)) }));
    const [a] = quoted;
    const b = quoted[1] ?? (a === void 0 ? void 0 : otherFigure(ctx, s, a));
    if (a === void 0 || b === void 0) return void 0;
    const gpu = (q) => q.fact?.gpu;
    if (gpu(a) !== void 0 && gpu(b) !== void 0 && gpu(a) !== gpu(b) && quoted.length < 2)
      return void 0;
    if (quoted.length < 2 && (a.fact === void 0 || quantityOf(a.fact) === void 0)) return void 0;
    return compareQuoted(ctx, a, b, {
      percent: PERCENT_CHANGE.test(s.reading.text),
      ...MONEY_ASKED4.test(s.reading.text) ? { price: pricing(ctx.kb, s.price?.value) } : {}
    });
  },
  examples: {
    en: ["Inflection wants 22k but trained on 3,500 H100s. How many more does it want, how many times?"],
    zh: ["Inflection \u8981\u7684 2.2\u4E07\u5F20,\u662F\u5B83\u8BAD\u7EC3\u7528\u7684 3500 \u5F20\u7684\u591A\u5C11\u500D?", "\u8C37\u6B4C\u4E91\u6709 2.5 \u4E07\u5F20, \u8DDF\u5B83\u8981\u7684 3 \u4E07\u5DEE\u51E0\u5F20?"]
  }
};
function ownersOf2(s) {
  return s.ofKind("company", "cloud", "group");
}
function withFact(fact) {
  return fact === void 0 ? {} : { fact };
}

// src/engine/answers/compare.ts
function compare(ctx, workload, count, context = []) {
  const all = factsOnTopics(ctx.kb, ["performance"]);
  const metric = (w) => `speedup-16bit-${w}`;
  const facts = workload === void 0 ? all : all.filter((f) => f.metric === metric(workload));
  const calculations = count === void 0 ? [] : facts.flatMap((f) => {
    const speedup = quantityOf(f);
    return speedup === void 0 ? [] : [a100Equivalents(count, speedup, f.id)];
  });
  const preferred = factsOnTopics(ctx.kb, ["training-factors"]).filter((f) => f.objects.includes("a100"));
  return buildAnswer(ctx, {
    kind: "compare",
    found: true,
    topic: "performance",
    facts: [...context, ...facts, ...workload === void 0 ? preferred : []],
    calculations
  });
}

// src/engine/intents/ratioPremiseIntent.ts
var ratioPremiseIntent = {
  id: "ratio-premise",
  cues: { compare: 1 },
  patterns: [],
  needs: (s) => s.yesNo && s.amounts.some((a) => a.role === "ratio") && s.named.length === 0,
  fit: () => 2,
  run: (ctx, s) => {
    const stated = s.amounts.find((a) => a.role === "ratio")?.value;
    if (stated === void 0) return void 0;
    const answer = compare(ctx, s.workload);
    const stating2 = (f) => f.topic === "performance" && quantityOf(f) === stated;
    const holds = answer.facts.some(stating2);
    const both = compare(ctx);
    const elsewhere = !holds && both.facts.some(stating2);
    const facts = elsewhere ? [...answer.facts, ...both.facts.filter((f) => !answer.facts.includes(f))] : [...answer.facts.filter(stating2), ...answer.facts.filter((f) => !stating2(f))];
    return { ...answer, facts, verdict: holds ? "yes" : "no" };
  },
  examples: {
    en: [
      "Is the H100 about 2.3x faster than the A100 for 16-bit training?",
      "is inference 2.3x faster on h100?"
    ],
    zh: ["\u6587\u7AE0\u662F\u4E0D\u662F\u8BF4 H100 \u63A8\u7406\u6BD4 A100 \u5FEB 2.3 \u500D\uFF1F", "H100 \u8BAD\u7EC3\u5FEB 2.3 \u500D\u5417"]
  }
};

// src/engine/answers/shareOfFigure.ts
function shareOfFigure(ctx, part, whole) {
  if (part.gpu !== whole.gpu || part.range || whole.range || whole.value === 0) return void 0;
  return shareAnswer(
    ctx,
    part,
    { value: whole.value, label: whole.entity.id },
    [...part.facts, ...whole.facts],
    [whole.entity]
  );
}
function shareAnswer(ctx, part, whole, facts, others, before = []) {
  const holdings2 = part.facts.every((f) => f.topic === "holdings");
  return buildAnswer(ctx, {
    kind: "share",
    found: true,
    topic: holdings2 ? "holdings" : "demand",
    subject: part.entity,
    related: [part.entity, ...others],
    facts,
    calculations: [
      ...before,
      share(
        { value: part.value, unit: "gpus", label: part.entity.id },
        { value: whole.value, unit: "gpus", label: whole.label }
      )
    ]
  });
}
function shareOfSum(ctx, part, figures) {
  if (figures.some((f) => f.gpu !== part.gpu || f.range) || !figures.some((f) => f.entity.id === part.entity.id))
    return void 0;
  const sum = sumGpus(figures.map((f) => ({ label: f.entity.id, gpus: f.value })));
  if (sum.result.value === 0) return void 0;
  const label = figures.map((f) => f.entity.id).join("+");
  return shareAnswer(
    ctx,
    part,
    { value: sum.result.value, label },
    figures.flatMap((f) => f.facts),
    [],
    [sum]
  );
}

// src/engine/answers/shareOfTotal.ts
function shareOfTotal(ctx, figures, scenario) {
  const totalFact = ctx.kb.facts.find((f) => f.metric === "h100-demand-total");
  const stated = totalFact === void 0 ? void 0 : quantityOf(totalFact);
  if (totalFact === void 0 || stated === void 0) return void 0;
  const items25k = scenario === "meta-25k" ? demandLineItems(ctx.kb, "meta-25k") : [];
  const base = items25k.length === 0 ? void 0 : sumGpus(
    items25k.map(({ fact, gpus }) => ({ label: fact.subject ?? fact.id, gpus })),
    "sum"
  );
  const total = base?.result.value ?? stated;
  const items = new Map(figures.flatMap((f) => f.facts).map((f) => [f.id, f]));
  const lineItems = [...items.values()];
  const [only] = figures;
  const sum = figures.length === 1 || only === void 0 ? void 0 : sumGpus(lineItems.map((f) => ({ label: f.subject ?? f.id, gpus: quantityOf(f) ?? 0 })));
  const part = sum === void 0 && only !== void 0 ? { value: only.value, unit: "gpus", label: only.entity.id } : { value: sum?.result.value ?? 0, unit: "gpus" };
  return buildAnswer(ctx, {
    kind: "share",
    found: true,
    topic: "demand",
    ...figures.length === 1 && only !== void 0 ? { subject: only.entity } : {},
    related: figures.map((f) => f.entity),
    facts: [
      ...lineItems,
      totalFact,
      ...factsOnTopics(ctx.kb, ["demand-total"]).filter((f) => f !== totalFact)
    ],
    calculations: [
      ...sum === void 0 ? [] : [sum],
      ...base === void 0 ? [] : [base],
      share(part, {
        value: total,
        unit: "gpus",
        label: base === void 0 ? totalFact.subject ?? "h100" : "meta-25k"
      })
    ],
    extraCaveats: ["meta-scenario", "double-counting"]
  });
}

// src/engine/intents/shareIntent.ts
var OF_TOTAL = /\btotal\b|\b432k\b|\boverall\b|\ball demand\b|总需求|总数|总量|整体|全部|43\.2万/u;
var GPU_WORDS = /\btotal\b|总数|总需求|总量|\bh100s?\b|\bgpus?\b|\bcards?\b|\bcount\b|\bdemand\b|\bwants?\b|\bneeds?\b|\bhas\b|\bhave\b|张|卡|需求|要|有/u;
var WITHIN = /合计里|合計裡|合计中|合計中|加起来里|加起來裡|之中|当中|當中|里面|裡面|\bof (?:the|those|these) (?:three|four|two)\b|\bamong them\b|\bof their (?:combined|total)\b/u;
var SUM = /\+|\bplus\b|\btogether\b|\bcombined\b|加起来|合计|一共|\band\b.*\bshare\b/u;
var SUPPOSED = /\bwhat if\b|假如|如果|要是|假设|\bsuppose|\bif\b[^?]{0,40}\b(?:wanted|wants|needed|needs|doubled|tripled|halved|went)\b/u;
var shareIntent = {
  id: "share",
  cues: {},
  patterns: [
    {
      re: /%|\bpercent(?:age)?\b|\bshare\b|\bfraction\b|\bproportion\b|\bwhat part\b|占比|比例|百分之|百分比|占.{0,8}(?:多少|几)|几成/u,
      weight: 5
    },
    // "25k vs 100k, what % jump is that": a change between two figures, not a share of a whole.
    { re: /%\s*(?:jump|increase|rise|growth)\b|\bpercent (?:jump|increase|rise)\b|涨幅|增幅/u, weight: -2 }
  ],
  // ("what if openai wanted 100k, what's the new total and openai's share of it?": a count supposed for
  // the one named changes the total first; the what-if gives the share of the new one.)
  fit: (s) => s.counts.length > 0 && s.scenario === void 0 && SUPPOSED.test(s.reading.text) ? -1.5 : 0,
  // "Of the companies using AWS, what % also use GCP?" asks about users, which have no GPU figure.
  // ("单价降 10%" changes the price; it asks for no share.)
  needs: (s) => s.named.length > 0 && s.priceChange === void 0 && !(s.has("use") && s.ofKind("cloud").length > 0 && s.measure === void 0 && s.gpus.length === 0 && !GPU_WORDS.test(s.reading.text)),
  run: (ctx, s) => {
    const asked2 = s.counts.map((c) => c.value);
    const measure = measureOf(s);
    const total = articleFigures(ctx.kb).totalDemand;
    const ofTotal = OF_TOTAL.test(s.reading.text) || s.counts.some((c) => c.value === total);
    const [a, b] = s.named;
    const within = WITHIN.exec(s.reading.text);
    if (within !== null && s.named.length > 1 && !ofTotal) {
      const all = s.named.flatMap((e) => figureOf(ctx, e, measure) ?? []);
      const after = s.reading.entities.filter(
        (m) => s.named.includes(m.entity) && [m.start, ...(m.others ?? []).map((o) => o.start)].some((at) => at > within.index)
      );
      const twice = after.filter((m) => (m.others ?? []).length > 0);
      const [one] = after.length === 1 ? after : twice.length === 1 ? twice : [];
      const part = one === void 0 ? void 0 : all.find((f) => f.entity === one.entity);
      if (part !== void 0 && all.length === s.named.length) return shareOfSum(ctx, part, all);
    }
    const aboutGpus = s.gpus.length > 0 || s.measure !== void 0 || GPU_WORDS.test(s.reading.text);
    if (s.named.length === 2 && a !== void 0 && b !== void 0 && !ofTotal && aboutGpus && !SUM.test(s.reading.text)) {
      const part = figureOf(ctx, a, measure);
      const whole = figureOf(ctx, b, measure);
      if (part !== void 0 && whole !== void 0) return shareOfFigure(ctx, part, whole);
    }
    const quotesTotal = s.counts.some((c) => c.value === total);
    const high = articleFigures(ctx.kb).scenario?.high;
    const prefer = high !== void 0 && quotesTotal && s.counts.every((c) => c.value === total) ? [...asked2, high] : asked2;
    const figures = s.named.flatMap((e) => figureOf(ctx, e, measure, prefer) ?? []);
    return figures.length === 0 ? void 0 : shareOfTotal(ctx, figures, quotesTotal ? void 0 : s.scenario);
  },
  examples: {
    en: ["what % of the 432k is openai", "what share of total demand is Meta?"],
    zh: ["OpenAI \u5360\u603B\u9700\u6C42\u7684\u6BD4\u4F8B\u662F\u591A\u5C11\uFF1F", "Inflection \u5360 43.2 \u4E07\u7684\u767E\u5206\u4E4B\u51E0"]
  }
};

// src/engine/answers/shortfall.ts
function shortfall(ctx, entity, wanted, had, priced) {
  if (had.value >= wanted.value) return void 0;
  const short = difference(
    { value: wanted.value, unit: "gpus", label: entity.id },
    { value: had.value, unit: "gpus" }
  );
  const used = priced === void 0 ? void 0 : pricing(ctx.kb, priced.price);
  return buildAnswer(ctx, {
    kind: "what-if",
    found: true,
    // What it holds (or gets) against what it wants.
    topic: "holdings",
    subject: entity,
    related: [entity],
    facts: [...wanted.facts, ...had.facts ?? [], ...used?.facts ?? []],
    calculations: [
      ...had.working === void 0 ? [] : [had.working],
      ...had.value > 0 ? [share({ value: had.value, unit: "gpus" }, { value: wanted.value, unit: "gpus", label: entity.id })] : [],
      // The count short last: what a follow-up ("what would the rest cost?") points back at.
      short,
      ...used === void 0 ? [] : [valueAtPrice(short.result.value, used.value, "demand-cost")]
    ],
    ...used === void 0 ? {} : { price: { value: used.value, fromUser: used.fromUser } }
  });
}

// src/engine/intents/shortfallIntent.ts
var SHORT_ASKED = /\bshort\b|\bshortfall\b|\bto reach\b|\bstill (?:need|missing|lack)|\bleft to (?:get|buy|go)\b|\bmissing\b|还差|還差|仲差|差多少|差幾|差几|缺多少|缺幾|缺几|还缺|還缺|仲缺/u;
var HAS_OR_GETS = /\bhas\b|\bhave\b|\bhad\b|\bgot\b|\bgets?\b|\breceiv|\bdeliver|\bsits? on\b|\bsitting on\b|\bowns?\b|\bin hand\b|已经有|已經有|已有|手上|手里|手頭|手头|拿到|得到|到手|收到|只有|有/u;
var CONVERTING = /换成|換成|换算|換算|折合|相当于|相當於|等效|\bequivalent\b|\bin h100s?\b|\bworth of h100/u;
var FRACTIONS = [
  { re: /\ba third\b|\bone third\b|三分之一/u, factor: 1 / 3 },
  { re: /\ba quarter\b|\bone quarter\b|四分之一/u, factor: 0.25 },
  { re: /\btwo thirds\b|三分之二/u, factor: 2 / 3 },
  { re: /\bthree quarters\b|四分之三/u, factor: 0.75 }
];
function shareGot(s) {
  const text = s.reading.text;
  const percent = s.amounts.find((a) => a.percent && a.value > 0 && a.value < 100);
  if (percent !== void 0) return percent.value / 100;
  const factor = [...FACTORS, ...FRACTIONS].find((f) => f.factor > 0 && f.factor < 1 && f.re.test(text));
  return factor?.factor;
}
function pairOf(ctx, s) {
  const owners = s.ofKind("company", "cloud", "group");
  const [entity] = owners;
  if (owners.length !== 1 || entity === void 0) return void 0;
  const wanted = figureOf(
    ctx,
    entity,
    "demand",
    s.counts.map((c) => c.value)
  );
  if (wanted === void 0 || wanted.range) return void 0;
  const own = /* @__PURE__ */ new Set([...endsOf(wanted), articleFigures(ctx.kb).totalDemand]);
  const given = s.counts.filter((c) => !own.has(c.value) && c.range === void 0 && c.model !== "a100");
  const factor = shareGot(s);
  if (given.length === 1 && given[0] !== void 0) return { entity, wanted, had: given[0].value };
  if (given.length === 0 && factor !== void 0) return { entity, wanted, factor };
  return void 0;
}
function pricedOf(s) {
  return s.price !== void 0 || MONEY_ASKED.test(s.reading.text) ? { price: s.price?.value } : void 0;
}
var shortfallIntent = {
  id: "shortfall",
  cues: {},
  patterns: [],
  needs: (s, ctx) => SHORT_ASKED.test(s.asking.text) && HAS_OR_GETS.test(s.reading.text) && !CONVERTING.test(s.reading.text) && pairOf(ctx, s) !== void 0,
  // Strict needs: a named entity's figure, a count or share it has, and "short" asked of them.
  fit: (s) => 4 + (pricedOf(s) === void 0 ? 0 : 0.6),
  run: (ctx, s) => {
    const pair = pairOf(ctx, s);
    if (pair === void 0) return void 0;
    const { entity, wanted } = pair;
    if ("had" in pair) {
      const held = figureOf(ctx, entity, "holdings");
      const facts = held !== void 0 && endsOf(held).includes(pair.had) ? held.facts : [];
      return shortfall(ctx, entity, wanted, { value: pair.had, facts }, pricedOf(s));
    }
    const working = scaleGpus(wanted.value, pair.factor, entity.id);
    return shortfall(ctx, entity, wanted, { value: working.result.value, working }, pricedOf(s));
  },
  examples: {
    en: [
      "if meta only got half of its 25k ask, how many cards would it be short?",
      "azure already has 15k h100s, how many short of what it needs?"
    ],
    zh: ["\u5982\u679C OpenAI \u53EA\u62FF\u5230\u4E00\u534A\uFF0C\u8FD8\u5DEE\u591A\u5C11\u5F20\uFF1F", "Inflection \u624B\u4E0A\u5DF2\u7ECF\u6709\u4E00\u4E07\u5F20\uFF0C\u79BB\u5B83\u8981\u7684\u8FD8\u5DEE\u591A\u5C11"]
  }
};

// src/engine/intents/sourceIntent.ts
var ATTRIBUTION = /* @__PURE__ */ new Set(["article", "\u6587\u7AE0"]);
var OTHER_TOPICS = [
  "compare",
  "training",
  "inference",
  "foundry",
  "supply",
  "gap",
  "amd",
  "factors"
];
function attributionOnly(s) {
  return (s.reading.cueWords.get("source") ?? []).every((w) => ATTRIBUTION.has(w));
}
var sourceIntent = {
  id: "source",
  cues: { source: topicScore(12), whereFrom: topicScore(12) },
  patterns: [],
  // "Where does OpenAI get its GPUs?" asks for a cloud; "where is this from?" for the source. A question
  // about a figure ("does the article give Meta's demand?") is about the figure.
  // ("the training speedup the article gives": "article" only says where another answer comes from.)
  needs: (s) => s.named.length === 0 && !s.has("demand", "holdings", "value", "howMany", "cloud") && !(attributionOnly(s) && s.has(...OTHER_TOPICS)) && (s.has("source") || s.has("whereFrom")),
  run: (ctx) => topic(ctx, ["source"]),
  examples: {
    en: ["Where is this data from?", "who wrote this article?"],
    zh: ["\u8FD9\u7BC7\u6587\u7AE0\u7684\u51FA\u5904\u662F\u54EA\u91CC", "\u6570\u636E\u6765\u6E90\u662F\u4EC0\u4E48"]
  }
};

// src/engine/intents/speedupIntent.ts
var HOW_MUCH2 = /几倍|多少倍|相差|差多少|差几|\bhow many times\b|\bratio\b|\bdifference\b|\bhow much (?:bigger|larger|more)\b|\btimes (?:bigger|larger)\b/u;
var speedupIntent = {
  id: "speedup",
  cues: {},
  patterns: [],
  needs: (s) => s.named.length === 0 && (s.gpus.some((g) => g.id === "h100") && s.gpus.some((g) => g.id === "a100") || s.has("compare") && (s.gpus.length > 0 || s.has("inference", "training")) || s.has("inference", "training") && s.gpus.length > 0),
  // Both GPUs or a speed word make it the speed-up question; a workload and a GPU alone, barely.
  fit: (s) => s.gpus.some((g) => g.id === "h100") && s.gpus.some((g) => g.id === "a100") || s.has("compare") ? topicScore(7) : 1,
  run: (ctx, s) => {
    const both = s.has("inference") && s.has("training") && s.counts.length === 0;
    if (both && HOW_MUCH2.test(s.reading.text)) {
      const [inference, training] = ["speedup-16bit-inference", "speedup-16bit-training"].map(
        (m) => ctx.kb.facts.find((f) => f.metric === m)
      );
      const [a, b] = [inference, training].map((f) => f === void 0 ? void 0 : quantityOf(f));
      if (inference !== void 0 && training !== void 0 && a !== void 0 && b !== void 0 && a >= b) {
        const [big, small] = [a, b];
        const factor = (value) => ({ value, unit: "times" });
        return buildAnswer(ctx, {
          kind: "comparison",
          found: true,
          topic: "performance",
          facts: [inference, training],
          calculations: [difference(factor(big), factor(small)), ratio(factor(big), factor(small))]
        });
      }
    }
    return compare(ctx, s.workload, countsToWork(s)[0]?.value);
  },
  examples: {
    en: ["How much faster is an H100 than an A100?", "inference speedup of H100 over A100"],
    zh: ["H100 \u6BD4 A100 \u5FEB\u591A\u5C11", "16\u4F4D\u63A8\u7406\u5FEB\u591A\u5C11"]
  }
};

// src/engine/intents/statedNumberIntent.ts
var statedNumberIntent = {
  id: "stated-number",
  cues: {},
  patterns: [
    {
      re: /\bfigure\b|\bnumber\b|\brefer|\bmean|\bstand for\b|指的是|是什么意思|什么数|这个数/u,
      weight: 1.2
    }
  ],
  needs: (s, ctx) => s.named.length === 0 && ctx.kb.facts.some(statesANumber(s)),
  fit: () => 0.7,
  run: (ctx, s) => {
    const stating2 = ctx.kb.facts.find(statesANumber(s));
    return stating2 === void 0 ? void 0 : topic(ctx, [stating2.topic], void 0, statesANumber(s));
  },
  examples: {
    en: ["What does the 15 billion figure refer to?", "what is that 1,000+ number about?"],
    zh: ["150\u4EBF\u6307\u7684\u662F\u4EC0\u4E48", "\u6587\u7AE0\u91CC\u7684150\u4EBF\u662F\u4EC0\u4E48\u6570"]
  }
};

// src/engine/intents/summaryIntent.ts
var PUBLISHED = /\bpublish|\boutlet\b|\bbased on\b|\boriginal\b|原文|英文|\bwho wrote\b|\bwritten by\b|\bwhich (?:site|website|media)\b|发布|發布|发表|發表|发的|發的|媒体|媒體|谁写|誰寫|出处|出處/u;
var summaryIntent = {
  id: "summary",
  cues: { summary: topicScore(13) },
  // "Which outlet published this summary?" asks where the summary comes from, not for it.
  patterns: [],
  needs: (s) => s.has("summary") && s.named.length === 0 && !PUBLISHED.test(s.reading.text),
  run: (ctx, s) => gap(ctx, { scenario: scenarioOf(s), focus: "gap" }),
  examples: {
    en: ["tl;dr of the article?", "give me a summary of the H100 situation"],
    zh: ["\u603B\u7ED3\u4E00\u4E0B\u8FD9\u7BC7\u6587\u7AE0", "\u7ED9\u6211\u4E2A\u6458\u8981"]
  }
};

// src/engine/intents/supplyIntent.ts
var supplyIntent = {
  id: "supply",
  cues: { supply: topicScore(4), foundry: -1 },
  // ("H100缺货的瓶颈到底卡在哪一环": where the shortage is stuck asks what limits supply, not its size.)
  patterns: [{ re: /瓶颈|卡在哪|卡脖子|\bbottlenecks?\b|\bchoke ?points?\b/u, weight: 0.5 }],
  needs: (s) => s.has("supply") || s.has("gap") && asksWhy(s),
  // "Why is there a shortage?" is answered by what limits supply, not by the size of the gap.
  fit: (s) => s.has("gap") && asksWhy(s) ? topicScore(8) : 0,
  run: (ctx) => topic(ctx, ["supply", "foundry"]),
  examples: {
    en: ["What's the bottleneck for H100s?", "Why is there an H100 shortage?"],
    zh: ["H100 \u7684\u74F6\u9888\u5728\u54EA\u91CC", "\u4E3A\u4EC0\u4E48H100\u8FD9\u4E48\u7F3A"]
  }
};

// src/engine/topicSearch.ts
import Fuse from "fuse.js";
var MIN_TERMS = 2;
var MAX_TERMS = 16;
var MAX_FACT_SHARE = 0.12;
var MAX_FUZZ = 0.2;
var MIN_FUZZY_LENGTH2 = 6;
var MAX_DISTINCT_FACTS = 2;
var FUNCTION_WORDS = new Set(
  "what whats that this these those which who whom whose when where there their they them then than the and but for from with about into onto over does did doing have has had are was were will would could should can just like also very much many more most some any all each both only other such two three four".split(
    " "
  )
);
var HAN2 = /\p{Script=Han}/u;
var UNSEARCHED = /* @__PURE__ */ new Set(["source"]);
function wordsOf(text) {
  const out = [];
  for (const { segment } of segmentWords(fold(text))) {
    if (/\d/.test(segment) || FUNCTION_WORDS.has(segment)) continue;
    if (HAN2.test(segment) ? segment.length >= 2 : segment.length >= 3) out.push(segment);
  }
  return out;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function topicSearch(kb2) {
  const known = cache2.get(kb2);
  if (known !== void 0) return known;
  const factsByWord = /* @__PURE__ */ new Map();
  for (const fact of kb2.facts) {
    for (const word of wordsOf(`${fact.text.en} ${fact.text.zh} ${fact.quote}`)) {
      const facts = factsByWord.get(word) ?? /* @__PURE__ */ new Set();
      facts.add(fact);
      factsByWord.set(word, facts);
    }
  }
  const limit = Math.max(2, Math.floor(kb2.facts.length * MAX_FACT_SHARE));
  for (const [word, facts] of factsByWord) if (facts.size > limit) factsByWord.delete(word);
  const latin = new Fuse(
    [...factsByWord.keys()].filter((w) => !HAN2.test(w)),
    { includeScore: true, threshold: MAX_FUZZ, ignoreLocation: true, minMatchCharLength: 3 }
  );
  const memo = /* @__PURE__ */ new Map();
  const factsFor = (term) => {
    const seen = memo.get(term);
    if (seen !== void 0) return seen;
    const words = HAN2.test(term) || term.length < MIN_FUZZY_LENGTH2 ? [term] : latin.search(term).filter((r) => (r.score ?? 1) <= MAX_FUZZ && Math.abs(r.item.length - term.length) <= 2).map((r) => r.item);
    const found = [...new Set(words.flatMap((w) => [...factsByWord.get(w) ?? []]))];
    if (memo.size > 5e3) memo.clear();
    memo.set(term, found);
    return found;
  };
  const search = (text) => {
    const terms = [...new Set(wordsOf(text))].slice(0, MAX_TERMS);
    const byTopic = /* @__PURE__ */ new Map();
    for (const term of terms) {
      for (const fact of factsFor(term)) {
        const entry = byTopic.get(fact.topic) ?? { terms: /* @__PURE__ */ new Set(), facts: /* @__PURE__ */ new Set() };
        entry.terms.add(term);
        entry.facts.add(fact);
        byTopic.set(fact.topic, entry);
      }
    }
    const ranked2 = [...byTopic].filter(([t2]) => !UNSEARCHED.has(t2)).sort((a, b) => b[1].terms.size - a[1].terms.size);
    const [best, second] = ranked2;
    if (best === void 0 || best[1].terms.size < MIN_TERMS) return void 0;
    if (![...best[1].terms].some((t2) => factsFor(t2).length <= MAX_DISTINCT_FACTS)) return void 0;
    if (second !== void 0 && second[1].terms.size === best[1].terms.size) return void 0;
    return { topic: best[0], facts: [...best[1].facts], terms: [...best[1].terms] };
  };
  cache2.set(kb2, search);
  return search;
}

// src/engine/intents/topicSearchIntent.ts
var topicSearchIntent = {
  id: "topic-search",
  cues: {},
  patterns: [],
  // Names and figures have intents of their own; words the reading could not place are what is searched.
  needs: (s) => s.named.length === 0 && s.reading.names.length === 0,
  fit: () => 0.6,
  run: (ctx, s) => {
    const hit = topicSearch(ctx.kb)(s.reading.text);
    if (hit === void 0) return void 0;
    return topic(ctx, [hit.topic], void 0, (f) => hit.facts.includes(f));
  },
  examples: {
    en: ["what about the two CEO headings", "so what did those two ceos answer"],
    zh: ["\u4E24\u4F4DCEO\u7684\u56DE\u7B54\u5462", "\u90A3\u4E24\u4E2ACEO\u600E\u4E48\u56DE\u7B54\u7684"]
  }
};

// src/engine/intents/totalIntent.ts
var totalIntent = {
  id: "total",
  cues: { total: 1.25, demand: 0.5 },
  patterns: [],
  // Nothing named: the whole article's demand. A named company makes it that company's demand, unless
  // the question sets its scenario figure ("what is the total if Meta only wants 25k?").
  needs: (s, ctx) => (
    // Words the reading cannot place may be a name the article lacks ("华为要多少"), unless the
    // question asks for the total outright ("add up everyone's").
    (s.has("total") || s.has("demand") && unknownOnlyInContext(s)) && (s.named.length === 0 || setsTheScenario(ctx, s))
  ),
  fit: () => 0.8,
  // "tweet: total H100 demand = 357k, 对不对?": a total put up for checking gets its verdict against
  // the one worked out (357k is the total with Meta at 25k, not the article's).
  run: (ctx, s) => {
    const answer = gap(ctx, { scenario: scenarioOf(s), focus: "total", ...withPrice(s) });
    const quoted = s.amounts.find((a) => a.role === "count" || a.role === "bare" && a.value >= 1e3);
    if (!s.yesNo || quoted === void 0 || answer === void 0) return answer;
    const total = answer.calculations.find((c) => c.result.unit === "gpus")?.result.value;
    const { totalDemand } = articleFigures(ctx.kb);
    const said = s.scenario === void 0 ? totalDemand : total;
    return said === void 0 ? answer : { ...answer, verdict: quoted.value === said ? "yes" : "no" };
  },
  examples: {
    en: ["What's the total H100 demand across all these companies?", "add up everyone, how many in total?"],
    zh: ["\u603B\u5171\u9700\u8981\u591A\u5C11\u5F20H100", "\u5927\u5BB6\u52A0\u8D77\u6765\u4E00\u5171\u8981\u591A\u5C11"]
  }
};
function setsTheScenario(ctx, s) {
  const { scenario } = articleFigures(ctx.kb);
  return scenario !== void 0 && s.has("total") && s.named.length === 1 && s.named[0]?.id === scenario.entityId && s.reading.numbers.some((n) => n.value === scenario.low || n.value === scenario.high);
}

// src/engine/intents/trainingFactorsIntent.ts
var trainingFactorsIntent = {
  id: "training-factors",
  // (A factor named only in the context around the question, "p99 latency is meh. How much faster is
  // H100…?", asks for no factors: it counts where the message asks.)
  cues: { prefer: 1.5, popular: 1 },
  patterns: [
    {
      re: /\bbesides\b|\bother than\b|\bapart from\b|\breasons?\b|\bwhy\b|除了|原因|理由|为什么|为啥|为何/u,
      weight: 0.8
    }
  ],
  // Both GPUs: the article's factors explain the H100 over the A100 ("why the shortage" is supply).
  // "What do companies care about when choosing GPUs?" names neither.
  needs: (s) => {
    if (s.named.length > 0) return false;
    const h100 = s.gpus.some((g) => g.id === "h100");
    return cueAsked(s, "factors") || h100 && s.gpus.some((g) => g.id === "a100") || h100 && s.has("prefer") && !s.has("gap", "supply", "foundry", "compare");
  },
  fit: (s) => 0.6 + (cueAsked(s, "factors") ? 2 : 0),
  run: (ctx, s) => topic(
    ctx,
    ["training-factors"],
    s.gpus.find((g) => g.id === "a100")
  ),
  examples: {
    en: [
      "why do ppl prefer h100 over a100 for training (besides raw speed)",
      "what do buyers look at when picking H100 for training"
    ],
    zh: ["H100 \u6BD4 A100 \u53D7\u6B22\u8FCE\u9664\u4E86\u5FEB\u8FD8\u6709\u5565\u539F\u56E0", "\u8BAD\u7EC3\u65F6\u5927\u5BB6\u770B\u91CD H100 \u7684\u54EA\u4E9B\u6307\u6807"]
  }
};

// src/engine/intents/unanswerableIntent.ts
var WHEN_WILL = /\bwhen\b.{0,60}\b(?:end|ends|over|ease|eases|resolve|resolved|improve|start|begin|launch|ship|arrive|catch up)\b|(?:什么时候|何时|啥时候|几时|幾時|什麼時候).{0,12}(?:结束|缓解|好转|解决|开始|可以|能|会|上市|出货|到货|出|发布|推出|上线|面世)/u;
var OTHER_CURRENCY = /新台币|新台幣|台币|台幣|港币|港幣|港元|港纸|港紙|日元|日圓|欧元|歐元|韩元|韓元|\b(?:twd|ntd|hkd|jpy|eur|euros?|yen)\b/u;
var YUAN = /人民币|人民幣|\b(?:rmb|cny|yuan)\b|¥/u;
function yuanWithoutMeans(s) {
  const inYuan2 = s.amounts.filter((a) => a.yuan === true && a.role !== "rate");
  if (s.rate !== void 0) return inYuan2.length > 0;
  if (s.price?.yuan) return inYuan2.some((a) => a !== s.price);
  return inYuan2.length > 0 || YUAN.test(s.reading.text);
}
var TIME_ASKED = /几天|幾天|多少天|多久|多长时间|多長時間|几个小时|幾個小時|几周|几个月|\bhow long\b|\bhow many (?:days|hours|weeks|months)\b/u;
var PER_TIME = /\b(?:a|per|each|every) (?:day|week|month|quarter|year)\b|每(?:天|日|周|星期|月|季度?|年)|一(?:天|周|个月|年)/u;
var TIME_ASKED_ALL = new RegExp(TIME_ASKED.source, "gu");
function timeAskedWithoutOne(s) {
  return !s.amounts.some((a) => a.role === "duration") && !PER_TIME.test(s.reading.text) && TIME_ASKED.test(s.reading.text) && [...s.reading.text.matchAll(TIME_ASKED_ALL)].some((m) => s.asking.at(m.index));
}
var FUTURE_YEAR = /(?<![\d.])20(?:2[4-9]|[3-9]\d)(?![\d.])(?!\s*(?:张|块|h100|a100|gpus?))/gu;
function beyond(s) {
  return (
    // (Whether another foundry could make it later is the article's: "Samsung or Intel, maybe, but not to
    // ease it soon"; how many they would make is not.)
    asked(s, "forecast") && !(s.has("foundry") && !s.has("howMany")) || asked(s, "outOfScope") && !pricedRevenue(s) && !currencyOfThePrice(s) || futureYearAsked(s) || OTHER_CURRENCY.test(s.reading.text) && s.price?.foreign === void 0 || timeAskedWithoutOne(s) || yuanWithoutMeans(s) || paidToANamedOne(s)
  );
}
var PAID_BEFORE = /\b(?:pay|pays|paying|paid)\s+$|付给\s*$|付錢給\s*$|付钱给\s*$|交给\s*$/u;
function paidToANamedOne(s) {
  return s.reading.entities.some(
    (m) => m.start > 0 && m.entity.kind !== "gpu" && PAID_BEFORE.test(s.reading.text.slice(Math.max(0, m.start - 10), m.start))
  );
}
var FOREIGN_WORDS = /^(?:新台币|台币|港币|港元|twd|ntd|hkd)$/u;
function currencyOfThePrice(s) {
  const words = (s.reading.cueWords.get("outOfScope") ?? []).filter((w) => s.asking.says(w, true));
  return s.price?.foreign !== void 0 && words.every((w) => FOREIGN_WORDS.test(w));
}
var REVENUE = /^(?:revenues?|营收|收入|销售额)$/u;
function pricedRevenue(s) {
  const words = (s.reading.cueWords.get("outOfScope") ?? []).filter((w) => s.asking.says(w, true));
  const counted = s.counts.length > 0 || s.has("gap", "total") || WHAT_IF.test(s.reading.text);
  return s.price !== void 0 && counted && words.every((w) => REVENUE.test(w));
}
var WH = /\b(?:what|which|who|how|whats)\b|什么|什麼|哪|谁|誰|啥/u;
var GUESS_TAIL = /[,，]\s*(?:like |maybe |perhaps |probably |e\.g\. |是不是|难道是)?([^\s,，?？\d]{2,20}(?: [^\s,，?？\d]{1,20})?)\s*[?？]+\s*$/u;
function onlyGuessed(s, word) {
  const tail = GUESS_TAIL.exec(s.reading.text);
  return tail !== null && tail[1]?.includes(word) === true && WH.test(s.reading.text.slice(0, tail.index)) && !s.reading.text.slice(0, tail.index).includes(word);
}
function asked(s, cue) {
  return (s.reading.cueWords.get(cue) ?? []).some((w) => s.asking.says(w, true) && !onlyGuessed(s, w));
}
function futureYearAsked(s) {
  return [...s.reading.text.matchAll(FUTURE_YEAR)].some((m) => s.asking.says(m[0], true));
}
var unanswerableIntent = {
  id: "unanswerable",
  cues: {},
  patterns: [{ re: WHEN_WILL, weight: 6 }],
  // What cannot be known counts where the message asks, not in the context around its question ("we
  // ship models fast. how many A100s does Stability have?", "我们组2024年打算…, 换成 H100 要几张?").
  needs: (s) => WHEN_WILL.test(s.reading.text) || beyond(s),
  fit: (s) => beyond(s) ? 6 : 0,
  // The future has no word to echo: the article simply does not forecast.
  // (Yuan with no means to reach them is echoed: the article's prices are all in dollars.)
  run: (ctx, s) => notFound(
    ctx,
    asked(s, "forecast") ? void 0 : s.reading.cueWords.get("outOfScope")?.[0] ?? (yuanWithoutMeans(s) ? YUAN.exec(s.reading.text)?.[0] : void 0),
    []
  ),
  examples: {
    en: [
      "What will an H100 cost next year?",
      "how much is an hour of H100 on Lambda",
      "should I buy nvidia stock"
    ],
    zh: ["H100 \u73B0\u5728\u79DF\u4E00\u5C0F\u65F6\u591A\u5C11\u94B1\uFF1F", "\u82F1\u4F1F\u8FBE2023\u5E74H100\u7684\u51FA\u8D27\u91CF\u662F\u591A\u5C11\uFF1F"]
  }
};

// src/engine/intents/unknownNameIntent.ts
var unknownNameIntent = {
  id: "unknown-name",
  cues: {},
  patterns: [],
  // (A name in a clause that asks nothing is context: "我哋公司諗緊自己搭 cluster，想問下 OpenAI 要幾多張?")
  needs: (s) => s.reading.names.some((name) => s.asking.says(name, true)),
  fit: () => 4.5,
  run: (ctx, s) => {
    const name = s.reading.names.find((n) => s.asking.says(n, true));
    return name === void 0 ? void 0 : notFound(ctx, name, ctx.lexicon.suggest(name).slice(0, 3));
  },
  examples: {
    en: ["How many Gaudi2s does Intel want?", "Does Apple use Azure?"],
    zh: ["Apple \u7528\u54EA\u5BB6\u4E91", "Graphcore \u9700\u8981\u591A\u5C11\u5F20"]
  }
};

// src/calculator/changePrice.ts
function changePrice(price, percent) {
  assertPrice(price);
  const by = Math.round(price * Math.abs(percent)) / 100;
  const result = { value: percent < 0 ? price - by : price + by, unit: "usd-per-gpu" };
  assertPrice(result.value);
  const before = { value: price, unit: "usd-per-gpu" };
  const change = { value: by, unit: "usd-per-gpu" };
  return {
    kind: "price-change",
    result,
    steps: [
      { op: "multiply", operands: [before, { value: Math.abs(percent), unit: "percent" }], result: change },
      { op: percent < 0 ? "subtract" : "sum", operands: [before, change], result }
    ]
  };
}

// src/engine/answers/holdingsCost.ts
function holdingsCost(ctx, entity, price, bound) {
  const held = figureOf(ctx, entity, "holdings");
  if (held === void 0) return void 0;
  const figure = atBound(held, bound);
  if (figure.gpu !== "H100") {
    const gpu = ctx.kb.entityById.get(figure.gpu.toLowerCase());
    return gpu === void 0 ? void 0 : notFound(ctx, { what: "price", entity: gpu });
  }
  return costOfRange(ctx, entity, endsOf(figure), { price, facts: figure.facts, topic: "holdings" });
}

// src/engine/intents/valueIntent.ts
var ORDER = /\border(?:ed|s)?\b|订单|訂單/u;
function booked(ctx, entity) {
  return ctx.kb.facts.some((f) => f.subject === entity.id && f.hedge === "booked-not-delivered");
}
var ONE_CARD_ASKED = /(?:一|每)(?:张|張|块|塊|片|卡)\s*(?:h100\s*)?(?:是|要|合|值|折合)?\s*(?:多少|几|幾)|\b(?:per|each|one|a single) (?:card|gpu|h100|unit)\b/u;
var LIST_NAMED = /\blisted demand\b|\bwhole list\b|\bdemand list\b|\btotal demand\b|\bthe total\b|\bline items\b|总\s*(?:需求|demand)|全部需求|各项需求|(?:整体|整體|总体|總體|整个|整個)(?:的)?\s*需求|\boverall demand\b|其[他它余餘](?:的)?(?:都)?不[变變]|\beverything else (?:the same|unchanged|stays)\b|§02/u;
var valueIntent = {
  id: "value",
  cues: { value: 1.2, each: 0.4, gap: 0.3, total: 0.3 },
  // ("…at $35k a card, to match Meta's A100s, how many H100s": a count of GPUs asked is the reading's
  // to answer first; its cost is the part after.)
  patterns: [
    { re: /\bhow many (?:h100|a100)s?\b(?! (?:\$|\d))|(?:多少|几)张\s*(?:h100|a100)/u, weight: -1.5 },
    // Card for card, the swap is a purchase of that many H100s, not a conversion by speed.
    { re: ONE_FOR_ONE, weight: 2 }
  ],
  // A valuation at the article's price needs a value word and something to value.
  needs: (s) => s.price !== void 0 || s.priceChange !== void 0 && s.has("value") || // "How many A100s is it worth" converts; "要花多少", "多少钱" still ask a price.
  s.has("value") && (!s.has("howMany") || /多少钱|花多少|要花|花费|总价|(?:乘|×|x|\*|按)\s*(?:每张|每块)?\s*(?:价钱|价格|单价)|换成钱|折成钱|换算成钱|值多少(?![张块个片卡台])|\bhow much\b(?! (?:faster|quicker|slower|more|less|bigger|smaller))/u.test(
    s.reading.text
  )) && (s.named.length > 0 || s.counts.length > 0) && /\bworth\b|\bcost\b|\bprice\b|\bhow much money\b|(?:乘|×|\*)\s*(?:每张|每块)?\s*(?:价格|单价)|价值|价钱|值多少|多少钱|换成钱|折成钱|换算成钱|总价|花多少|要花|花费|砸多少|烧多少|多少亿?(?:刀|美元|美金|人民币)|几亿/u.test(
    s.reading.text
  ),
  // A price the user gave is the strongest sign of all that a valuation is wanted.
  // (A holding and a price said per GPU, "reserved batch at 28 grand a card", ask what it is worth.)
  fit: (s) => s.price !== void 0 ? 2.2 + (s.measure === "holdings" && (s.price.perUnit || s.price.currency) ? 1.3 : 0) : s.priceChange !== void 0 ? 2.2 : 1,
  run: (ctx, s) => {
    const change = s.priceChange === void 0 ? void 0 : changePrice(pricing(ctx.kb, s.price?.value).value, s.priceChange);
    const valued = valueAt(ctx, s, change?.result.value ?? s.price?.value);
    const answer = valued === void 0 || change === void 0 ? valued : { ...valued, calculations: [change, ...valued.calculations] };
    return answer === void 0 ? answer : checkedSum(s, answer);
  },
  examples: {
    en: [
      "what would the 432k cost at 40 grand apiece",
      "what's Mistral's order worth at $30k each",
      "price 1000 h100s at 25k",
      "what is the 432k worth if the price drops 20%"
    ],
    zh: [
      "\u7F3A\u53E3\u63092.8\u4E07\u5200\u4E00\u5757\u7B97\u503C\u591A\u5C11",
      "\u6309\u6BCF\u5F203\u4E07\u7F8E\u5143\u7B97\uFF0COpenAI \u7684\u9700\u6C42\u503C\u591A\u5C11\u94B1",
      "\u5355\u4EF7\u964D 10% \u7684\u8BDD OpenAI \u90A35\u4E07\u5F20\u503C\u591A\u5C11"
    ]
  }
};
var SAME_SUM = 0.01;
function checkedSum(s, answer) {
  const claimed = s.amounts.find((a) => a.role === "money" && a.value > 0);
  if (!s.yesNo || claimed === void 0 || answer.verdict !== void 0) return answer;
  const values = answer.calculations.filter((c) => c.result.unit === "usd").map((c) => c.result.value);
  if (values.length === 0) return answer;
  const holds = values.some((v) => Math.abs(v - claimed.value) <= v * SAME_SUM);
  return { ...answer, verdict: holds ? "yes" : "no" };
}
function valueAt(ctx, s, price) {
  const buyers = s.named.filter(
    (e) => (e.kind === "company" || e.kind === "cloud" || e.kind === "group") && (figureOf(ctx, e, "demand") !== void 0 || figureOf(ctx, e, "holdings") !== void 0)
  );
  const total = articleFigures(ctx.kb).totalDemand;
  const [unpriced] = s.named;
  const modelFact = buyers.length === 0 && s.counts.length === 0 ? ctx.kb.facts.find(
    (f) => f.subject === unpriced?.id && unpriced?.kind === "model" && f.gpu === "H100" && f.quantity !== void 0
  ) : void 0;
  if (modelFact?.quantity !== void 0 && unpriced !== void 0) {
    const [low, high2] = endsOfQuantity(modelFact.quantity);
    const ends = s.bound === "high" ? [high2, high2] : s.bound === "low" ? [low, low] : [low, high2];
    return costOfRange(ctx, unpriced, ends, { price, facts: [modelFact] });
  }
  if (buyers.length === 0 && unpriced !== void 0 && s.counts.length === 0 && s.price === void 0)
    return notFound(ctx, { what: "price", entity: unpriced });
  const scenario = scenarioOf(s);
  const lineTotal = lineItemsTotal(ctx.kb, scenario);
  if (s.counts.some((c) => c.value === lineTotal && c.value !== total))
    return gap(ctx, { scenario, focus: "total", ...price === void 0 ? {} : { price } });
  const count = s.counts.find((c) => c.value !== total);
  if (s.rate !== void 0 && buyers.length === 0 && count === void 0 && ONE_CARD_ASKED.test(s.reading.text)) {
    const one = ctx.kb.entityById.get("h100");
    if (one !== void 0) return costOfRange(ctx, one, [1, 1], { price });
  }
  const h100 = ctx.kb.entityById.get("h100");
  if (ONE_FOR_ONE.test(s.reading.text) && h100 !== void 0) {
    const [swapper] = buyers;
    const held = swapper === void 0 ? void 0 : figureOf(ctx, swapper, "holdings");
    if (count !== void 0 && count.model !== "h100")
      return costOfRange(ctx, h100, [count.value, count.value], { price, facts: held?.facts ?? [] });
    if (buyers.length === 1 && held !== void 0 && held.gpu === "A100")
      return costOfRange(ctx, h100, endsOf(atBound(held, s.bound)), {
        price,
        facts: held.facts,
        topic: "holdings"
      });
  }
  const unpricedGpu = unpricedGpuOf(ctx, s, count);
  if (unpricedGpu !== void 0) {
    if (s.price === void 0) return notFound(ctx, { what: "price", entity: unpricedGpu });
    if (count !== void 0) return cost(ctx, unpricedGpu, price, count.value);
    const held = buyers.length === 1 && buyers[0] !== void 0 ? figureOf(ctx, buyers[0], "holdings") : void 0;
    if (held === void 0 || held.gpu.toLowerCase() !== unpricedGpu.id)
      return notFound(ctx, { what: "price", entity: unpricedGpu });
    return costOfRange(ctx, unpricedGpu, endsOf(atBound(held, s.bound)), {
      price,
      facts: held.facts,
      topic: "holdings"
    });
  }
  const two = articleFigures(ctx.kb).scenario;
  const twoFigured2 = two?.entityId;
  if (LIST_NAMED.test(s.reading.text) && s.scenario !== void 0 && buyers.length === 1 && buyers[0]?.id === twoFigured2)
    return gap(ctx, { scenario, focus: "total", ...price === void 0 ? {} : { price } });
  const each = EACH_TOO.test(s.reading.text);
  if (buyers.length > 1) return costOfMany(ctx, buyers, price, s.scenario, { each });
  const [buyer] = buyers;
  const ordered = buyer !== void 0 && ORDER.test(s.reading.text) && booked(ctx, buyer);
  const trainedModel = s.ofKind("model").length > 0;
  const heldByDefault = s.measure === void 0 && buyers.length === 1 && measureFor(ctx, s) === "holdings";
  if (buyer !== void 0 && count === void 0 && (s.measure === "holdings" || ordered || trainedModel || heldByDefault)) {
    const held = holdingsCost(ctx, buyer, price, s.bound);
    if (held !== void 0) return held;
  }
  const restated = buyer?.kind === "group" && count !== void 0 && membersOf(ctx, buyer).some((m) => figureOf(ctx, m, "demand")?.value === count.value);
  const high = s.counts.find((c) => c.range === "high");
  if (count?.range === "low" && high !== void 0 && s.bound === void 0) {
    const held = buyer === void 0 ? void 0 : figureOf(ctx, buyer, "holdings");
    const same = held !== void 0 && endsOf(held).join() === [count.value, high.value].join();
    const subject = buyer ?? ctx.kb.entityById.get("h100");
    if (same && buyer !== void 0) return holdingsCost(ctx, buyer, price);
    if (subject !== void 0) return costOfRange(ctx, subject, [count.value, high.value], { price });
  }
  const bothQuoted = two !== void 0 && s.counts.some((c) => c.value === two.low) && s.counts.some((c) => c.value === two.high);
  if (buyer !== void 0 && buyer.id === two?.entityId && (BOTH_FIGURES.test(s.reading.text) && (count === void 0 || count.value === two?.low || count.value === two?.high) || bothQuoted))
    return costOfRange(ctx, buyer, [two.low, two.high], { price, facts: demandFacts(ctx, buyer) });
  if (buyer !== void 0) return cost(ctx, buyer, price, restated ? void 0 : count?.value, { each });
  if (count !== void 0 && s.counts.every((c) => c.value !== total)) {
    const h1002 = ctx.kb.entityById.get("h100");
    return h1002 === void 0 ? void 0 : cost(ctx, h1002, price, count.value);
  }
  return gap(ctx, {
    scenario: "meta-100k",
    focus: s.has("gap") ? "gap" : "total",
    ...price === void 0 ? {} : { price }
  });
}
function unpricedGpuOf(ctx, s, count) {
  const id = count?.model ?? (s.gpus.length > 0 && s.gpus.every((g) => !isPriced(ctx, g.id)) ? s.gpus[0]?.id : void 0);
  return id === void 0 || isPriced(ctx, id) ? void 0 : ctx.kb.entityById.get(id);
}

// src/engine/answers/whatIf.ts
function whatIf(ctx, changes, price, {
  valueChange = false,
  countChange = false,
  baseline
} = {}) {
  const items = demandLineItems(ctx.kb, "meta-100k");
  const byId = new Map(changes.map((c) => [c.entity.id, c.count]));
  const replaced = items.filter(({ fact }) => fact.subject !== void 0 && byId.has(fact.subject));
  const counted = new Set(items.map(({ fact }) => fact.subject));
  const added = changes.filter((c) => !counted.has(c.entity.id) && c.count > 0);
  if (replaced.length === 0 && added.length === 0) return void 0;
  const total = sumGpus(
    [
      ...items.map(({ fact, gpus }) => ({
        label: fact.subject ?? fact.id,
        gpus: byId.get(fact.subject ?? "") ?? gpus
      })),
      ...added.map((c) => ({ label: c.entity.id, gpus: c.count }))
    ],
    "gap-total"
  );
  const used = pricing(ctx.kb, price);
  const value = valueAtPrice(total.result.value, used.value, "gap-value");
  const [first] = changes;
  return buildAnswer(ctx, {
    kind: "what-if",
    found: true,
    topic: "demand-total",
    ...changes.length === 1 && first !== void 0 ? { subject: first.entity } : {},
    related: [
      ...replaced.flatMap(({ fact }) => ctx.kb.entityById.get(fact.subject ?? "") ?? []),
      ...added.map((c) => c.entity)
    ],
    facts: [...replaced.map(({ fact }) => fact), ...factsOnTopics(ctx.kb, ["demand-total"]), ...used.facts],
    calculations: [
      ...changes.flatMap((c) => changeWorking(c) ?? []),
      total,
      value,
      ...valueChange ? againstArticle(items, value, used.value) : [],
      ...countChange && !valueChange ? countAgainst(items, total, baseline) : []
    ],
    price: { value: used.value, fromUser: used.fromUser },
    extraCaveats: ["meta-scenario", "double-counting"]
  });
}
function countAgainst(items, total, baseline) {
  const differs = items.some(({ fact, gpus }) => {
    const was = baseline?.get(fact.subject ?? "");
    return was !== void 0 && was !== gpus;
  });
  if (baseline === void 0 || !differs) {
    const before2 = items.reduce((sum, item) => sum + item.gpus, 0);
    return [difference(total.result, { value: before2, unit: "gpus", label: "article-total" })];
  }
  const before = sumGpus(
    items.map(({ fact, gpus }) => ({
      label: fact.subject ?? fact.id,
      gpus: baseline.get(fact.subject ?? "") ?? gpus
    }))
  );
  return [before, difference(total.result, { ...before.result, label: "baseline-total" })];
}
function againstArticle(items, value, price) {
  const before = items.reduce((sum, item) => sum + item.gpus, 0);
  const was = valueAtPrice(before, price, "gap-value", "article-total");
  return [was, difference(value.result, { ...was.result, label: "article-total" })];
}

// src/engine/intents/whatIfIntent.ts
var VALUE_CHANGE = /(?:少|多|差|省|减少|增加)(?:了)?(?:多少|几多)(?:钱|美元|美金|刀)|多花(?:了)?多少|少花(?:了)?多少|省(?:下)?多少|\bhow much (?:more|less|cheaper)\b.{0,30}\b(?:cost|worth|value|money|\$)|\b(?:cost|value|worth)\b.{0,20}\b(?:difference|change|drop)\b|\bsaves?\b/u;
var COUNT_CHANGE = /(?:增加|增长|增多|多出|多了|减少|少了|涨|降|跌)(?:了)?(?:多少|几多)(?!钱|錢|美元|美金|刀)|\bhow much (?:does|would|will|did) (?:the |that |our )?(?:432k |43\.2万 )?(?:total |demand |overall )*(?:go up|go down|rise|grow|increase|drop|fall|shrink|change)\b|\b(?:go(?:es)? up|increases?|rises?|grows?|drops?|falls?|changes?) by how (?:much|many)\b|\bhow many (?:more|fewer|extra)\b|\bhow much (?:bigger|larger|smaller)\b/u;
var TOTAL_NAMED = /432|43\.2|\btotal\b|\bthe list\b|\beveryone\b|\bleft\b|\bremain|总需求|总量|总数|合计|全部|还剩|剩下|剩多少/u;
var SUPPOSING_RE = /\bwhat if\b|\bif\b|\binstead\b|\bwith \S+ at\b|\bnew total\b|\bcounting \S+ at\b|\bsuppose|\bassum|\bsay\b|假如|如果|要是|假设|换成|改成|改回|改为|改做|改返|由.{0,12}改|按.{0,10}算|真要|只要/u;
var BECOMING_RE = /变成多少|会变成|会?变多少|变为|跌到多少|降到多少|还剩|剩多少|剩下多少|\bbecomes?\b|\bleft over\b|\bwhat's left\b/u;
var WAS_BEFORE = /(?:\binstead of|\brather than|\bnot|\bfrom|而不是|而非|不是|从|由)\s*(?:the |its |their )?\s*$/u;
function saidBefore(ctx, s, changes) {
  const was = /* @__PURE__ */ new Map();
  const { countsBySubject } = articleFigures(ctx.kb);
  for (const c of changes) {
    const own = countsBySubject.get(c.entity.id) ?? [];
    const a = s.amounts.find(
      (x) => x.value !== c.count && own.includes(x.value) && WAS_BEFORE.test(s.reading.text.slice(Math.max(0, x.start - 14), x.start))
    );
    if (a !== void 0) was.set(c.entity.id, a.value);
  }
  return was.size > 0 ? was : void 0;
}
var MIN_TOTAL_CLAIMED = 1e5;
var whatIfIntent = {
  id: "what-if",
  // ("Besides OpenAI, which LLM startups are there?" leaves names out of a list, not out of the total.)
  cues: { total: 2.5, value: 0.3, who: -1 },
  patterns: [
    { re: SUPPOSING_RE, weight: 1.5 },
    // "…43.2万会变成多少?", "还剩多少": the total after the change.
    { re: BECOMING_RE, weight: 1.5 }
  ],
  // A change needs saying: a supposition, a total that becomes something, a factor or a name left out.
  // ("my math: 4 clouds x 30k = 120k, + private clouds 100k = 220k" changes nothing.)
  needs: (s) => (s.named.length > 0 || s.excluded.length > 0 || EVERYTHING.test(s.reading.text) && FACTORS.some((f) => f.re.test(s.reading.text))) && (SUPPOSING_RE.test(s.reading.text) || BECOMING_RE.test(s.reading.text) || s.excluded.length > 0 || FACTORS.some((f) => f.re.test(s.reading.text))),
  // A factor said of everything ("halve everything") changes every line item: a what-if, whatever price.
  fit: (s) => {
    const factor = FACTORS.some((f) => f.re.test(s.reading.text));
    if (factor && EVERYTHING.test(s.reading.text)) return 1.5;
    return factor || s.excluded.length > 0 ? 0.8 : 0;
  },
  run: (ctx, s) => {
    const changes = readChanges(ctx, s);
    const scenario = articleFigures(ctx.kb).scenario?.entityId;
    const real = changes.filter((c) => c.count !== countedFor(ctx, c.entity) || c.entity.id === scenario);
    if (s.named.length > 1 && s.scenario !== void 0 && real.every((c) => c.entity.id === scenario))
      return void 0;
    const onlyLeftOut = s.excluded.length > 0 && real.every((c) => c.count === 0 && c.by === void 0);
    if (onlyLeftOut && s.named.length > 0 && s.counts.length === 0 && !TOTAL_NAMED.test(s.reading.text))
      return void 0;
    const valueChange = VALUE_CHANGE.test(s.reading.text);
    if (real.length === 0) return void 0;
    const countChange = COUNT_CHANGE.test(s.reading.text);
    const baseline = countChange ? saidBefore(ctx, s, real) : void 0;
    const worked = whatIf(ctx, changes, s.price?.value, {
      valueChange,
      countChange,
      ...baseline === void 0 ? {} : { baseline }
    });
    const newTotal = worked?.calculations.find((c) => c.kind === "gap-total")?.result;
    const [one] = real;
    const answer = worked !== void 0 && newTotal !== void 0 && one !== void 0 && real.length === 1 && s.has("portion") ? {
      ...worked,
      calculations: [
        ...worked.calculations,
        share({ value: one.count, unit: "gpus", label: one.entity.id }, newTotal)
      ]
    } : worked;
    const counts = new Set(changes.map((c) => c.count));
    const claimed = s.amounts.find(
      (a) => (a.role === "count" || a.role === "bare") && !counts.has(a.value) && a.value >= MIN_TOTAL_CLAIMED
    );
    const total = answer?.calculations.findLast((c) => c.result.unit === "gpus")?.result.value;
    if (!s.yesNo || claimed === void 0 || total === void 0 || answer === void 0) return answer;
    return { ...answer, verdict: claimed.value === total ? "yes" : "no" };
  },
  examples: {
    en: [
      "What if OpenAI wanted 100k instead of 50k, what's the new total?",
      "if each of the four large clouds wanted 40,000 instead of 30,000, what would total demand become?"
    ],
    zh: ["Meta \u6309 2.5 \u4E07\u5F20\u7B97\u3001\u6BCF\u5F20 3 \u4E07\u7F8E\u5143\uFF0C\u603B\u4EF7\u503C\u591A\u5C11\uFF1F", "\u8981\u662F\u79C1\u6709\u4E91\u90A310\u4E07\u5F20\u780D\u4E00\u534A\uFF0C\u603B\u9700\u6C42\u8FD8\u5269\u591A\u5C11\uFF1F"]
  }
};

// src/engine/answers/whatIfItem.ts
function whatIfItem(ctx, change, was, asks2) {
  const working = changeWorking(change);
  const calculations = working === void 0 ? [] : [working];
  const article = { value: was.value, unit: "gpus", label: was.facts[0]?.id ?? "article" };
  const now = { value: change.count, unit: "gpus", label: change.entity.id };
  if (asks2.change && change.by === void 0)
    calculations.push(change.count >= was.value ? difference(now, article) : difference(article, now));
  const used = asks2.value ? pricing(ctx.kb, asks2.price) : void 0;
  if (used !== void 0)
    calculations.push(valueAtPrice(change.count, used.value, "demand-cost", change.entity.id));
  return buildAnswer(ctx, {
    kind: "what-if",
    found: true,
    topic: "demand",
    subject: change.entity,
    related: [change.entity],
    facts: [...was.facts, ...used?.facts ?? []],
    calculations,
    ...used === void 0 ? {} : { price: { value: used.value, fromUser: used.fromUser } }
  });
}

// src/engine/intents/whatIfItemIntent.ts
var TOTAL_ASKED = /\btotal\b|\boverall\b|\baltogether\b|\bin all\b|\bwhole (?:list|market|demand)\b|\bshortage\b|\bgap\b|总|總|合计|合計|一共|缺口|整体|整體|43\.2|432/u;
var CHANGE_ASKED = /\bthan (?:today|now|before|currently)\b|\bextra\b|\bmore\b|\bfewer\b|\bless\b|\badd(?:s|ed)?\b|\bincrease\b|多多少|多出|增加多少|多要多少|少多少|差多少|多了多少|少了多少/u;
var PORTION_OF = /\b(?:half|thirds?|quarters?|fifth|tenth)\s+of\b|一半|[二三四五十]分之[一二三]/u;
var whatIfItemIntent = {
  id: "what-if-item",
  cues: { total: -2, howMany: 0.3, value: 0.6 },
  patterns: [
    { re: WHAT_IF, weight: 1.5 },
    { re: TOTAL_ASKED, weight: -3 },
    // "how many more is that than today?": the changed figure against its own, not against another name.
    {
      re: /\bthan (?:today|now|before|currently|it (?:is|does) now|the article(?:'s)?)\b|比现在|比現在|比原来|比原來|比文章/u,
      weight: 3
    }
  ],
  needs: (s, ctx) => (WHAT_IF.test(s.reading.text) || FACTORS.some((f) => f.re.test(s.reading.text))) && s.named.length >= 1 && s.excluded.length === 0 && (s.has("howMany") || s.has("value") || PORTION_OF.test(s.reading.text) || CHANGE_ASKED.test(s.reading.text) || MONEY_ASKED.test(s.reading.text)) && readChanges(ctx, s).length === 1,
  // A change said of one figure outweighs pricing or looking up that figure as the article gives it.
  // ("Half of what OpenAI wants" asks the part, with no "if" to say so.)
  fit: (s) => 1.8 + (PORTION_OF.test(s.reading.text) && !WHAT_IF.test(s.reading.text) ? 1 : 0),
  run: (ctx, s) => {
    const [change] = readChanges(ctx, s);
    if (change === void 0 || change.count === countedFor(ctx, change.entity)) return void 0;
    const twoFigures = articleFigures(ctx.kb).scenario;
    const isTwoFigured = change.entity.id === twoFigures?.entityId;
    const portion = FACTORS.some((f) => f.re.test(s.reading.text));
    if (isTwoFigured && (s.scenario === void 0 || !portion)) return void 0;
    const was = figureOf(
      ctx,
      change.entity,
      "demand",
      isTwoFigured && s.scenario === "meta-100k" && twoFigures !== void 0 ? [twoFigures.high] : []
    );
    if (was === void 0) return void 0;
    return whatIfItem(ctx, change, was, {
      change: CHANGE_ASKED.test(s.reading.text),
      value: s.has("value") || MONEY_ASKED.test(s.reading.text),
      ...s.price === void 0 ? {} : { price: s.price.value }
    });
  },
  examples: {
    en: [
      "if openai doubled its ask, how many h100s would it want and what would they cost?",
      "if anthropic wanted what openai wants, how many extra h100s is that?"
    ],
    zh: [
      "\u5047\u5982 Inflection \u8981\u7684\u5361\u7FFB\u500D\uFF0C\u5B83\u8981\u591A\u5C11\u5F20\uFF1F",
      "\u5982\u679C Anthropic \u7684\u9700\u6C42\u53D8\u6210\u4E09\u500D\uFF0C\u8981\u591A\u5C11\u5F20\uFF1F\u6309\u6BCF\u5F203.5\u4E07\u7F8E\u5143\u8981\u82B1\u591A\u5C11\uFF1F"
    ]
  }
};

// src/engine/intents/whoNeedsIntent.ts
var whoNeedsIntent = {
  id: "who-needs",
  cues: { whoNeeds: topicScore(2) },
  patterns: [],
  // "Who's in the 100+ bucket?": a bar drawn by the article's lists is a who-needs question too.
  needs: (s) => s.has("whoNeeds") || s.has("who") && s.named.length === 0 && (s.has("demand") || s.amounts.some((a) => a.role === "threshold")) || // "Besides OpenAI, which LLM startups are there?": a group of §01's lists, asked who is in it.
  s.has("who") && s.named.length === 1 && (s.named[0]?.members.length ?? 0) > 0 && !s.yesNo,
  // "needing 1,000+", "100 张以上": the bars §01's lists are drawn at.
  fit: (s) => (s.has("whoNeeds") ? 0 : topicScore(2)) + (s.amounts.some((a) => a.role === "threshold") ? 1 : 0),
  run: (ctx, s) => {
    const target = s.ofKind("company", "group", "foundry")[0] ?? s.ofKind("cloud")[0] ?? s.named[0];
    const answer = topic(
      ctx,
      ["who-needs"],
      target,
      s.has("cloud") ? (f) => involvesACloud(ctx, f) : statesANumber(s)
    );
    const left = leftOut(ctx, s);
    const kept = (f) => {
      const about = [f.subject, ...f.objects].filter((id) => id !== void 0);
      return about.length === 0 || about.some((id) => !left.has(id));
    };
    const listed = left.size === 0 ? answer : { ...answer, facts: answer.facts.filter(kept) };
    const named = target !== void 0 && listed.facts.some((f) => f.subject === target.id || f.objects.includes(target.id));
    return s.yesNo && named ? { ...listed, verdict: "yes" } : listed;
  },
  examples: {
    en: ["Which companies need more than 1,000 H100s?", "who needs H100s?"],
    zh: ["\u8C01\u9700\u8981H100", "\u54EA\u4E9B\u516C\u53F8\u9700\u8981\u4E0A\u5343\u5F20H100"]
  }
};
function involvesACloud(ctx, fact) {
  return [fact.subject, ...fact.objects].some((id) => ctx.kb.entityById.get(id ?? "")?.kind === "cloud");
}

// src/engine/intents/whoStatesCountIntent.ts
var whoStatesCountIntent = {
  id: "who-states-count",
  cues: {},
  patterns: [],
  needs: (s, ctx) => {
    const count = s.counts[0]?.value ?? s.reading.numbers[0]?.value;
    return s.named.length === 0 && s.has("who", "whoNeeds") && count !== void 0 && ctx.kb.facts.some((f) => onTopic(s.has("demand"), s.has("holdings"))(f) && statesCount(f, count));
  },
  fit: () => topicScore(3),
  run: (ctx, s) => {
    const count = s.counts[0]?.value ?? s.reading.numbers[0]?.value;
    if (count === void 0) return void 0;
    const stated = ctx.kb.facts.filter(
      (f) => onTopic(s.has("demand"), s.has("holdings"))(f) && statesCount(f, count)
    );
    const [first] = stated;
    return first === void 0 ? void 0 : factList(ctx, first.topic, stated);
  },
  examples: {
    en: ["Which company wants 22,000 H100s?", "who has 7000 A100s"],
    zh: ["\u8C01\u89815\u4E07\u5F20H100", "\u8C01\u67097000\u5F20A100"]
  }
};
function onTopic(demand2, holdings2) {
  const topics = demand2 ? ["demand"] : holdings2 ? ["holdings"] : ["demand", "holdings"];
  return (f) => topics.includes(f.topic);
}
function statesCount(fact, count) {
  return fact.quantity !== void 0 && "value" in fact.quantity && fact.quantity.value === count;
}

// src/engine/intents/table.ts
var INTENTS = [
  arithmeticCheckIntent,
  compareIntent,
  sumIntent,
  rankIntent,
  shareIntent,
  convertIntent,
  whatIfIntent,
  premiseIntent,
  membershipIntent,
  makerIntent,
  countedIntent,
  countedAsIntent,
  derivationIntent,
  unanswerableIntent,
  valueIntent,
  holdingsIntent,
  haveVsWantIntent,
  trainingFactorsIntent,
  noFigureIntent,
  unknownNameIntent,
  cloudCheckIntent,
  cloudOfIntent,
  cloudUsersIntent,
  demandIntent,
  ratioPremiseIntent,
  otherGpuSpecsIntent,
  durationIntent,
  gpuPriceIntent,
  priceCheckIntent,
  helpIntent,
  summaryIntent,
  sourceIntent,
  amdIntent,
  notCountedIntent,
  gpuChoiceIntent,
  supplyIntent,
  foundryIntent,
  speedupIntent,
  gapIntent,
  totalIntent,
  whoNeedsIntent,
  whoStatesCountIntent,
  overviewIntent,
  statedNumberIntent,
  allocationIntent,
  cloudLinkIntent,
  topicSearchIntent,
  quotedCompareIntent,
  cloudTallyIntent,
  budgetIntent,
  whatIfItemIntent,
  gapCompareIntent,
  gapFilledIntent,
  priceSavingIntent,
  shortfallIntent
];

// src/engine/splitParts.ts
var QUESTION_EN = /\b(?:how|what|what's|whats|which|who|where|why|when|is|are|does|do|did|can|could|will|would|has|have)\b/i;
var QUESTION_ZH = /多少|哪|几|吗|谁|什么|啥|能否|是否|怎么|呢\s*[?？]?\s*$/u;
var JOINT_EN = /(?:,?\s+(?:and|also|plus|&|\+)\s+|[?]+\s*(?:and\s+|also\s+)?|;\s*|,\s*(?=(?:how|what|what's|whats|which|who|where|why|when)\b))(?=(?:(?:roughly|approximately|about|around|then|so|just)\s+)?(?:how|what|what's|whats|which|who|where|why|when|is|are|does|do|did|can|could|will|would|has|have)\b)/gi;
var JOINT_QMARK = /[?]+\s*(?=(?:and|also|plus|what about|how about)\b[^?]{1,30}\?\s*$|or (?:is|are|was|were|do|does|did) (?:it|they|that)\b|(?:if|say|suppose|assuming)\b[^?]{0,80}\b(?:how|what|what's|whats|which|who)\b|(?:enough|is that|would that|does that|could that|will that|that's|thats)\b|[^?]{1,60}\b(?:right|correct|innit)\s*[?!.]*\s*$|(?:since|because|cause|cuz|coz|bc)\b)/giu;
var BETWEEN_BEFORE2 = /\bbetween\b[^,;?.]*$/u;
var COUNT_ASKED = /^\s*(?:[\w.'’-]+\s+){1,3}(?:count|number|figure|numbers|figures)\s*$/iu;
var TAG_CHECK = /\b(?:right|correct|innit)\s*[?？!.]*\s*$|(?:是|有|用)[^,，。]{1,20}吧\s*[?？!！.。~～]*\s*$/iu;
var WH_BEFORE = /(?:^|[,;?.!:]\s*)(?:[\w'’]+\s+){0,3}?(?:how|what(?! if\b)|what's|whats|which|who|where|why|when)\b[^,;?]*$/iu;
var JOINT_ENUM = /\s*(?:\(\d\)|（\d）|(?<![\w.])\d\)|\([a-e]\)|(?<![\w.])[a-e]\)(?=\s))\s*/giu;
var WORD_ENUM = /(?<=^|[\s:：,，。;；!！?？哈啊])(?:第)?([一二三四五])(?:[、．.:：]\s*|\s+)/gu;
var ENUM_VALUE = { \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5 };
function wordEnumeration(text) {
  const markers = [];
  for (const m of text.matchAll(WORD_ENUM)) {
    if (ENUM_VALUE[m[1] ?? ""] !== markers.length + 1) continue;
    markers.push({ start: m.index, end: m.index + m[0].length, numbered: true });
  }
  return markers.length >= 2 ? markers : [];
}
var JOINT_ZH = /(?:[，;；？?]|,(?!\d{3}(?!\d)))\s*/gu;
var GUESS = /^\s*(?:like|maybe|about|around|~|大概|大约|大約|约|約)?\s*\$?[\d.,]+\s*[A-Za-z万萬千%]{0,6}(?:\s*(?:还是|還是|或者|或|\bor\b|\/)\s*\$?[\d.,]+\s*[A-Za-z万萬千%]{0,6})?\s*[?？]*\s*$/u;
var CURRENCY = /人民币|人民幣|港币|港幣|港元|港纸|港紙|台币|台幣|欧元|歐元|日元|日圓|\b(?:rmb|cny|yuan|hkd|twd|ntd|eur|euros?|jpy|yen)\b/iu;
var CLAIMED_AMOUNT = /(?<!(?:汇率|匯率|rate)\s*(?:is|of|=|:|按|是)?\s*)\d|[一二两兩三四五六七八九十百千万萬亿億]/iu;
var ASIDE = /^\s*[(（]?\s*(?:我)?(?:不是|並不是|并不是|不是在|唔系|唔係)(?:[问問]|要多少|想要多少|需要多少|要的|想要的|需求)|^\s*[(（]?\s*(?:i'?m |i am )?not asking\b|^\s*[(（]?\s*not (?:what|how many) (?:it|they) (?:wants?|needs?)\b/iu;
var CONDITION = /^\s*(?:按|以|照|假设|假設|假如|如果|要是|汇率|匯率|\b(?:exchange |fx )?rate\b|\bat\b|\bassuming\b|\bassume\b|\bif\b|\bsay\b|\bwith\b)[^,，.。!！]{0,30}(?:\d|[一二两兩三四五六七八九十][十百千万萬])/iu;
var BOTH_WAYS = /都算|都计|都計|兩個情況|两个情况|\bboth (?:of )?(?:the |its |meta'?s? )?(?:figures|numbers|ways|scenarios|estimates)\b/iu;
var TAG_ONLY = /^[\s,，]*(?:是不是|对不对|對不對|对吗|對嗎|对吧|對吧|是吗|是嗎|係咪|系咪|真的吗|真的嗎|真的假的|真假|是真的吗|是真的嗎|right|correct|true|yes or no)[\s?？!！.。~～]*$/iu;
var WORKLOAD_ONLY = /^[\s,，]*(?:(?:不是|不要|是|要|按|用|for|not|i mean|specifically)?\s*(?:推理|训练|inference|training)[\s,，;；]*)+[.。!！]*\s*$/iu;
function depthAt(text, at) {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === "(" || c === "\uFF08") depth++;
    else if ((c === ")" || c === "\uFF09") && depth > 0) depth--;
  }
  return depth;
}
function splitParts(text) {
  const joints = /\p{Script=Han}/u.test(text) ? [JOINT_EN, JOINT_ZH] : [JOINT_EN, JOINT_QMARK];
  const numbered = [
    ...[...text.matchAll(JOINT_ENUM)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      numbered: true
    })),
    ...joints[1] === JOINT_ZH ? wordEnumeration(text) : []
  ];
  const cuts = [
    ...numbered,
    ...joints.flatMap(
      (joint) => [...text.matchAll(joint)].filter(
        (m) => joint !== JOINT_EN || (!/^,\s*$/u.test(m[0]) || WH_BEFORE.test(text.slice(0, m.index))) && !BETWEEN_BEFORE2.test(text.slice(0, m.index))
      ).map((m) => ({ start: m.index, end: m.index + m[0].length, numbered: false }))
    ).filter((c) => depthAt(text, c.start) === 0)
  ].sort((a, b) => a.start - b.start);
  if (cuts.length === 0) return [text];
  const pieces = [];
  const asked2 = /* @__PURE__ */ new Set();
  let start = 0;
  let afterNumber = false;
  for (const cut of cuts) {
    if (cut.start < start) {
      start = Math.max(start, cut.end);
      afterNumber ||= cut.numbered;
      continue;
    }
    const piece = text.slice(start, cut.start);
    if (/^[?？]|^\s*[+&]\s*$/u.test(text.slice(cut.start, cut.end)) || afterNumber) asked2.add(piece);
    pieces.push(piece);
    start = cut.end;
    afterNumber = cut.numbered;
  }
  const last = text.slice(start);
  if (afterNumber || /[?？]\s*$/u.test(last)) asked2.add(last);
  pieces.push(last);
  const unquoted = (s) => s.replace(/「[^」]*」|“[^”]*”|"[^"]*"|'[^']*'/gu, " ");
  const isQuestion = (s) => !GUESS.test(s) && (asked2.has(s) || QUESTION_EN.test(unquoted(s)) || QUESTION_ZH.test(unquoted(s)) || TAG_CHECK.test(s) || COUNT_ASKED.test(s));
  const parts = [];
  let pending = "";
  for (const piece of pieces) {
    const lastPart2 = parts.length - 1;
    if (ASIDE.test(piece) && pending === "" && lastPart2 >= 0) {
      parts[lastPart2] = `${parts[lastPart2]}, ${piece.trim()}`;
      continue;
    }
    const joined = pending === "" ? piece : `${pending}, ${piece}`;
    if (isQuestion(piece)) {
      parts.push(joined.trim());
      pending = "";
    } else pending = joined;
  }
  if (pending.trim() !== "" && parts.length === 0) return [text];
  const lastPart = parts.length - 1;
  if ((CONDITION.test(pending) || BOTH_WAYS.test(pending) || WORKLOAD_ONLY.test(pending) || TAG_ONLY.test(pending) || CURRENCY.test(pending) && !CLAIMED_AMOUNT.test(pending)) && lastPart >= 0) {
    parts[lastPart] = `${parts[lastPart]}, ${pending.trim()}`;
    pending = "";
  }
  const found = parts.filter((p) => p !== "");
  return found.length > 1 || found.length === 1 && pending.trim() !== "" ? found : [text];
}

// src/engine/answerQuestion.ts
var MAX_QUESTION_CHARS = 500;
var MAX_PARTS = 4;
var THRESHOLD = 0.5;
var THAT_CLOUD = /\b(?:that|its|their|this|the same|those|these) clouds?(?: providers?)?\b|那家云|这家云|它的云|该云|那个云|同一(?:个|家)?云|同(?:个|家)云|一样的云/u;
var SUBJECT_PRONOUN = /^\s*(?:(?:and|so|but)\s+)?(?:they|they're|theyre|it|it's|its)\b|^\s*(?:他们|他們|它们|它們|它|佢哋|佢)|\b(?:their|its)\b|(?:他们|他們|它|佢哋|佢)的/iu;
var CLAIM_OPENING = /^\s*(?:应该|應該|估计|估計|肯定|就)?是(?!不是|多少|哪)/u;
var IT = /\b(?:it|it's|its)\b|它|^\s*(?:那|那它|会|能)?比(?!较|例)/iu;
var VERSUS_GPU = /^\s*(?:(?:and|so|but)\s+)?(?:跟|和|同|与|(?:how does it )?compared? (?:to|with)|vs\.?|versus)\s*(?:the\s+)?(?:h100|a100|h800)s?\b/iu;
var HOLDS = /\btrained\b|\bused\b|\bhas\b|\bhave\b|\bholds?\b|\bowns?\b|手上|手里|手頭|手头|用了|训练|訓練|有多少|有幾|有几/u;
var ADD_UP = /\badd(?:ed)? (?:up|together)\b|\bsum\b|\btotal\b|\bcombined\b|加起来|加起來|加埋|合计|合計|一共|总共|總共/u;
var EACH = /分别|各自|各用|每家|各家|respectively|\beach (?:use|want|need|have)\b|\beach of them\b/u;
function answerQuestion(ctx, question, lexicon, intents = INTENTS) {
  const split = splitParts(boundText(question, MAX_QUESTION_CHARS).text);
  const parts = split.length <= MAX_PARTS ? split : [...split.slice(0, MAX_PARTS - 1), split.slice(MAX_PARTS - 1).join(", ")];
  const readings = carryRate(ctx, mergeFollowUps(parts, lexicon, question), lexicon);
  const answers = [];
  let previous;
  const earlier = [];
  for (let reading of readings) {
    const against = compareEarlier(ctx, answers, reading) ?? compareResult(ctx, answers.at(-1), reading, (entity) => namedFigure(ctx, entity, reading));
    if (against !== void 0) {
      answers.push(against);
      continue;
    }
    const joint = previous === void 0 ? void 0 : BY_HOW_MUCH.test(reading.text) || // ("who's top and how far ahead of #2": the lead the ranking before worked out.)
    answers.at(-1)?.kind === "ranking" && RUNNER_UP.test(reading.text) ? "? " : A_FRACTION.test(reading.text) ? "\u7684" : answers.at(-1)?.kind === "what-if" && (underWhatIf(previous, reading) || CHANGE_TOO.test(reading.text)) ? ", " : void 0;
    if (previous !== void 0 && joint !== void 0) {
      reading = readQuestion(`${previous.text}${joint}${reading.text}`, lexicon);
      answers.pop();
      earlier.pop();
    }
    const again = (previous === void 0 ? void 0 : otherWorkload(previous, reading, lexicon) ?? otherEntity(previous, reading, lexicon) ?? otherAmount(previous, reading, lexicon) ?? addedToSum(answers.at(-1), reading, lexicon)) ?? carryResult(answers.at(-1), reading, lexicon);
    if (again !== void 0) {
      previous = again;
      earlier.push(again);
      answers.push(answerReading(ctx, again, intents));
      continue;
    }
    const sides = (m) => OWNER_KINDS.has(m.entity.kind) || m.entity.kind === "model";
    const owners = reading.entities.filter(sides);
    const before0 = previous?.entities.filter(
      (m) => sides(m) && !owners.some((o) => o.entity.id === m.entity.id)
    );
    if (owners.length === 1 && before0 !== void 0 && before0.length === 1 && ONE_SIDED.test(reading.text)) {
      reading = previous !== void 0 && WHAT_IF.test(previous.text) ? readQuestion(`${previous.text}, ${reading.text}`, lexicon) : { ...reading, entities: [...before0.map((m) => ({ ...m, start: -1 })), ...reading.entities] };
    }
    const lacking = answers.at(-1);
    const whoSaid = reading.numbers.length === 0 && reading.entities.length > 0 && reading.entities.every((m) => m.entity.kind === "person") && SAID_ASKED.test(reading.text);
    const versusGpu = VERSUS_GPU.test(reading.text) && reading.entities.every((m) => m.entity.kind === "gpu");
    if (lacking?.kind === "not-found" && (whoSaid || versusGpu || (lacking.missing === void 0 || lacking.missing.what === "words") && (reading.entities.length === 0 && reading.numbers.length === 0 || (previous?.names.length ?? 0) > 0 && IT.test(reading.text))))
      continue;
    if (lacking?.kind === "ranking" && reading.entities.length === 0 && reading.numbers.length === 0 && [...reading.cues].every((c) => HOW_MANY_ONLY.has(c)))
      continue;
    const before = answers.at(-1);
    const speedAsked = reading.entities.length === 0 && reading.cues.has("compare") && !COUNTS_GPUS.test(reading.text) && (reading.cues.has("training") || reading.cues.has("inference"));
    const aboutGpus = (reading.entities.some((m) => m.entity.kind === "gpu") && GPU_QUESTION_CUES.some((c) => reading.cues.has(c)) || speedAsked) && !CONVERTING2.test(reading.text);
    const { sourceIds } = articleFigures(ctx.kb);
    if (previous !== void 0 && !aboutGpus && !reading.entities.some((m) => m.entity.kind !== "gpu" && !sourceIds.has(m.entity.id))) {
      const owners2 = (r) => r.entities.filter((m) => OWNER_KINDS.has(m.entity.kind));
      const lastOwner = owners2(previous).length > 0 ? [] : earlier.map(owners2).findLast((o) => o.length > 0) ?? [];
      const summed = before !== void 0 && before.related.length > 0 && before.calculations.some((c) => c.kind === "sum") ? before.related.map((entity) => ({ entity, text: entity.name.en, fuzzy: false, start: -1 })) : void 0;
      const from = summed ?? (COMBINING.test(reading.text) ? unionOf(earlier) : [...lastOwner, ...previous.entities]);
      const counted = THESE_COUNTED.test(reading.text) ? from.filter((m) => m.entity.kind === "company") : from;
      const carried = reading.entities.length === 0 && !reading.cues.has("cloud") ? counted : counted.filter((m) => m.entity.kind !== "gpu");
      const top = before?.kind === "ranking" || before?.kind === "comparison" && (reading.cues.has("portion") || SHARE_OF.test(reading.text)) ? before.subject : void 0;
      const answered = THAT_CLOUD.test(reading.text) && before?.kind === "cloud-of" ? before.related.map((entity) => ({ entity, text: entity.name.en, fuzzy: false, start: -1 })) : top !== void 0 ? [{ entity: top, text: top.name.en, fuzzy: false, start: -1 }] : carried.map((m) => ({ ...m, start: -1 }));
      const twoFigured2 = articleFigures(ctx.kb).scenario?.entityId;
      const scenario = answered.some((m) => m.entity.id === twoFigured2) ? previous.scenario ?? readSlots(ctx, previous).scenario : void 0;
      const measure = summed === void 0 && reading.cues.has("value") ? before?.trace?.slots.measure : void 0;
      reading = {
        ...reading,
        entities: [...answered, ...reading.entities],
        names: [],
        ...scenario === void 0 ? {} : { scenario },
        ...measure === void 0 ? {} : { measure }
      };
    } else if (previous !== void 0 && (SUBJECT_PRONOUN.test(reading.text) || CLAIM_OPENING.test(reading.text)) && reading.entities.filter((m) => m.entity.kind === "company").length <= 1) {
      const companies = previous.entities.filter(
        (m) => m.entity.kind === "company" && !reading.entities.some((n) => n.entity === m.entity)
      );
      reading = {
        ...reading,
        entities: [...companies.map((m) => ({ ...m, start: -1 })), ...reading.entities]
      };
    }
    previous = reading;
    earlier.push(reading);
    const beforeAnswer = answers.at(-1);
    const ofEachCloud = THAT_CLOUD.test(reading.text) && beforeAnswer?.kind === "cloud-of" && beforeAnswer.related.length > 1;
    const several = reading.entities.filter((m) => m.entity.kind === "company" || m.entity.kind === "cloud");
    const kind = several[0]?.entity.kind;
    const each = several.filter((m) => m.entity.kind === kind);
    const changesCounts = reading.numbers.some((n) => n.value >= 100 && !n.currency) || FACTOR_OR_TOTAL.test(reading.text);
    if ((EACH.test(reading.text) || ofEachCloud) && each.length > 1 && !changesCounts && !MEAN_WORDS.test(reading.text) && !ADD_UP.test(reading.text)) {
      for (const one of each) {
        const single = {
          ...reading,
          entities: reading.entities.filter((m) => m.entity.kind !== kind || m === one)
        };
        answers.push(answerReading(ctx, single, intents));
      }
      continue;
    }
    answers.push(answerReading(ctx, reading, intents));
  }
  const keys = new Map(answers.map((a) => [a, answerKey(a)]));
  const keyOf = (a) => keys.get(a) ?? answerKey(a);
  const same = (a, b) => keyOf(a) === keyOf(b) && (a.verdict ?? "") === (b.verdict ?? "");
  const spent = spentLater(answers);
  const distinct = spent.filter((a, i) => spent.findIndex((b) => same(a, b)) === i).filter(
    (a, _, all) => a.verdict !== void 0 || !all.some((b) => b.verdict !== void 0 && keyOf(b) === keyOf(a))
  ).filter((a, i, all) => !goesOnFrom(all[i + 1], a));
  const first = distinct.find((a) => a.found);
  if (first === void 0 || distinct.length === 1) return distinct[0] ?? notFound(ctx, void 0);
  return { ...first, parts: distinct };
}
function spentLater(answers) {
  return answers.map((answer, i) => {
    if (answer.unused === void 0 || answer.trace === void 0) return answer;
    const later = answers.slice(i + 1).flatMap((b) => {
      const unusedThere = new Set(b.unused ?? []);
      return (b.trace?.slots.amounts ?? []).filter((a) => !unusedThere.has(a.text)).map((a) => a.value);
    });
    const amountOf2 = new Map(answer.trace.slots.amounts.map((a) => [a.text, a.value]));
    const unused = answer.unused.filter((text) => !later.includes(amountOf2.get(text) ?? Number.NaN));
    if (unused.length === answer.unused.length) return answer;
    const { unused: _, ...rest } = answer;
    return unused.length > 0 ? { ...rest, unused } : rest;
  });
}
var WORKLOADS = ["training", "inference"];
var WORKLOAD_FOLLOW_UP_CUES = /* @__PURE__ */ new Set([
  ...WORKLOADS,
  "howMany",
  "filler",
  "compare",
  "use"
]);
function otherWorkload(previous, reading, lexicon) {
  if (reading.entities.length > 0 || reading.numbers.length > 0) return void 0;
  if (![...reading.cues].every((c) => WORKLOAD_FOLLOW_UP_CUES.has(c))) return void 0;
  const now = WORKLOADS.filter((w) => reading.cues.has(w));
  const then = WORKLOADS.filter((w) => previous.cues.has(w));
  const [to] = now;
  const [from] = then;
  if (now.length !== 1 || then.length !== 1 || to === void 0 || from === void 0 || to === from)
    return void 0;
  const word = reading.cueWords.get(to)?.[0];
  if (word === void 0) return void 0;
  const text = (previous.cueWords.get(from) ?? []).reduce((t2, w) => t2.replaceAll(w, word), previous.text);
  return readQuestion(text, lexicon);
}
var RENAME_CUES = /* @__PURE__ */ new Set(["filler"]);
function countLike(n) {
  return n.gpus || n.value >= 100 && !n.currency && !n.perUnit && !n.ratio && !n.percent && n.duration === void 0;
}
function otherEntity(previous, reading, lexicon) {
  const own = (r) => r.entities.filter((m) => OWNER_KINDS.has(m.entity.kind) || m.entity.kind === "model");
  const [now] = own(reading);
  const [then] = own(previous);
  if (now === void 0 || then === void 0 || own(reading).length !== 1 || own(previous).length !== 1)
    return void 0;
  if (now.entity.id === then.entity.id || then.start < 0) return void 0;
  if (CLAIM_OPENING.test(reading.text)) return void 0;
  const [count, ...more] = reading.numbers;
  const countBefore = previous.numbers.filter(countLike);
  const [was] = countBefore;
  const recounted = count !== void 0 && more.length === 0 && countLike(count) && countBefore.length === 1 && was !== void 0 ? { count, was } : void 0;
  if (reading.numbers.length > 0 && recounted === void 0) return void 0;
  if (![...reading.cues].every((c) => RENAME_CUES.has(c))) return void 0;
  const rest = reading.text.replace(now.text, "").replace(
    recounted === void 0 ? "" : reading.text.slice(recounted.count.start, recounted.count.end),
    ""
  ).replace(
    /\b(?:what|how|about|and|also|then|for|of|the|s)\b|[呢吗嗎呀啊的那张張'’?？,，.。()（）\s\d]/gu,
    ""
  );
  if (rest.length > 2) return void 0;
  const edits = [
    { start: then.start, end: then.start + then.text.length, text: now.text },
    ...recounted === void 0 ? [] : [
      {
        start: recounted.was.start,
        end: recounted.was.end,
        text: reading.text.slice(recounted.count.start, recounted.count.end)
      }
    ]
  ].sort((a, b) => b.start - a.start);
  const text = edits.reduce((t2, e) => `${t2.slice(0, e.start)}${e.text}${t2.slice(e.end)}`, previous.text);
  return readQuestion(text, lexicon);
}
var PRICE_FOLLOW_UP = /\b(?:what about|how about|and|at|if|instead|then|it|was|were|is|each|a card|per card|apiece|a pop)\b|要是|如果|假如|那|咁|单价|涨到|降到|跌到|变成|改成|换成|按|每张|一张|一块|算|呢|的话|是|张|块|[?？,，.。!！\s]/gu;
function otherAmount(previous, reading, lexicon) {
  if (reading.entities.length > 0 || reading.numbers.length !== 1) return void 0;
  const [amount] = reading.numbers;
  if (amount === void 0 || amount.percent || amount.ratio || amount.duration !== void 0)
    return void 0;
  const said = reading.text.slice(amount.start, amount.end);
  const rest = `${reading.text.slice(0, amount.start)} ${reading.text.slice(amount.end)}`.replace(
    PRICE_FOLLOW_UP,
    ""
  );
  if (rest.length > 2) return void 0;
  const before = previous.numbers.filter((n) => amount.gpus ? n.gpus : n.currency || n.perUnit);
  const last = before.at(-1);
  if (last === void 0 || before.length !== 1) return void 0;
  const text = `${previous.text.slice(0, last.start)}${said}${previous.text.slice(last.end)}`;
  return readQuestion(text, lexicon);
}
var ADD_ON = /^\s*(?:and\s+)?(?:(?:what )?if (?:you|we) )?(?:plus|add(?:ing)?|with|including|incl\.?|throw(?:ing)?|toss(?:ing)?|\+|再算上|再加上|再加|算上|加上|加埋|连同|連同|包括)\s*/u;
function addedToSum(before, reading, lexicon) {
  if (before?.found !== true || !before.calculations.some((c) => c.kind === "sum")) return void 0;
  if (reading.numbers.length > 0 || !ADD_ON.test(reading.text)) return void 0;
  const added = reading.entities.filter(
    (m) => OWNER_KINDS.has(m.entity.kind) && !before.related.some((e) => e.id === m.entity.id)
  );
  if (added.length === 0 || before.related.length === 0) return void 0;
  const rest = added.reduce((text2, m) => text2.replace(m.text, ""), reading.text.replace(ADD_ON, "")).replace(
    /\b(?:and|too|also|as well|then|what about|how about)\b|[呢吗嗎呀啊的也、,，和及与與?？.。()（）\s]/gu,
    ""
  );
  if (rest.length > 2) return void 0;
  const held = before.topic === "holdings";
  const names = [...before.related.map((e) => e.id), ...added.map((m) => m.entity.id)];
  const zh = /\p{Script=Han}/u.test(reading.text);
  const text = zh ? `${names.join("\u3001")} \u52A0\u8D77\u6765${held ? "\u6709" : "\u8981"}\u591A\u5C11` : `${names.join(" + ")} together, how many do they ${held ? "have" : "want"}`;
  return readQuestion(text, lexicon);
}
function namedFigure(ctx, entity, reading) {
  const order = HOLDS.test(reading.text) ? ["holdings", "demand"] : ["demand", "holdings"];
  const found = figureOf(ctx, entity, order[0]) ?? figureOf(ctx, entity, order[1]);
  const bound = UPPER_END.test(reading.text) ? "high" : LOWER_END.test(reading.text) ? "low" : void 0;
  const figure = found === void 0 ? void 0 : atBound(found, bound);
  const [fact] = figure?.facts ?? [];
  return figure === void 0 || fact === void 0 || figure.range ? void 0 : { value: figure.value, fact };
}
var SHARE_OF = /占|\bwhat (?:%|percent(?:age)?|share|fraction) of\b/u;
var UPPER_END = /上限|最高|最多|\bupper\b|\bhigh(?:er)? end\b|\bmax(?:imum)?\b|\bat most\b/u;
var LOWER_END = /下限|最低|最少|\blower\b|\blow end\b|\bmin(?:imum)?\b|\bat least\b/u;
function goesOnFrom(b, a) {
  if (b === void 0 || b.kind !== a.kind || b.found !== a.found) return false;
  if (b.related.map((e) => e.id).join() !== a.related.map((e) => e.id).join()) return false;
  const step = (c) => `${c.kind}:${c.result.value}`;
  const later = new Set(b.calculations.map(step));
  return a.calculations.length > 0 && b.calculations.length > a.calculations.length && a.calculations.every((c) => later.has(step(c)));
}
function answerKey(x) {
  return [
    x.kind,
    x.found,
    x.related.map((e) => e.id).join(),
    x.facts.map((f) => f.id).join(),
    x.calculations.map((c) => c.result.value).join(),
    x.missing === void 0 ? "" : JSON.stringify(x.missing)
  ].join("|");
}
var HOW_MANY_ONLY = /* @__PURE__ */ new Set(["howMany", "filler", "demand"]);
var OWNER_KINDS = /* @__PURE__ */ new Set(["company", "cloud", "group"]);
var ONE_SIDED = /^\s*(?:那|那么|and|so)?\s*(?:上限|下限|最多|最少|the high end|the low end)?\s*(?:比|跟|和|与|同|相比|加上|加起来|再加|\bplus\b|\+|\bthan\b|\bvs\.?|\bversus\b|\bcompared (?:to|with)\b)/u;
var FACTOR_OR_TOTAL = /翻倍|减半|砍半|\bdoubl|\bhalv|\btripl|总数|总需求|\btotal\b/u;
var COUNTS_GPUS = /多少张|几张|多少块|几块|多少卡|\bhow many (?!times\b)/u;
var SAID_ASKED = /有说|说了|说过|讲了|讲过|有讲|提到|提过|有没有数|有冇数|有数吗|\bsaid\b|\bsay\b|\bsays\b|\bmention/u;
var CHANGE_TOO = /^\s*(?:and|also|plus|&|和|同时|同時|另外|再|以及|然后|然後)\s*(?!if\b|如果|要是|假如|假设)\S/u;
var GPU_QUESTION_CUES = [
  "compare",
  "inference",
  "training",
  "foundry",
  "supply",
  "popular",
  "factors"
];
var CONVERTING2 = /换算|折合|折成|折算|相当于|等于|等效|换成|\bequal|\bconvert|\bin (?:a100|h100) terms\b|\bworth in\b|\bhow many a100s?\b|\bhow many h100s?\b/u;
function underWhatIf(previous, reading) {
  if (!WHAT_IF.test(previous.text) || reading.numbers.some((n) => !n.currency && !n.perUnit)) return false;
  if (FACTORS.some((f) => f.re.test(reading.text))) return false;
  const before = new Set(previous.entities.map((m) => m.entity.id));
  return reading.entities.every((m) => m.entity.kind === "gpu" || before.has(m.entity.id));
}
var COMBINING = /两个|两家|兩個|兩家|这两|這兩|三家|加起来|加起來|合计|合計|一共|总共|總共|\bboth\b|\btogether\b|\bcombined\b|\ball of them\b|\bthe two\b|\bin total\b/u;
function unionOf(readings) {
  const seen = /* @__PURE__ */ new Set();
  return readings.flatMap((r) => r.entities).filter((m) => !seen.has(m.entity.id) && seen.add(m.entity.id) !== void 0);
}
var A_FRACTION = /^\s*(?:那|那么|那麼|and|so)?\s*(?:(?:the |a |one )?(?:half|third|quarter|fifth|tenth)(?: of (?:that|it|those|them))?|一半|[二三四五十]分之[一二三])\s*(?:是|呢|is|would be)?\s*(?:多少张?|多少|幾多|几多|几张|how many)?\s*[?？]?\s*$/u;
var BY_HOW_MUCH = /^\s*(?:那|那么|那麼|and|so)?\s*(?:(?:同|跟|和|与|與|比起?)[^?？]{1,30})?(?:(?:这|這|那)?(?:两|兩)(?:个|個)(?:数字?|數字?)?|两者|兩者|这俩|這倆|(?:the )?two(?: numbers)?|them)?\s*(?:之间)?\s*(?:差多少|差幾多|差几多|差几张|差幾張|多多少|少多少|相差多少|by how much|how (?:much|many) (?:more|less|fewer|short))\s*(?:张|張)?\s*[?？]?\s*$/u;
var FOLLOW_UP_CUES = /* @__PURE__ */ new Set(["source", "filler", "help"]);
var ARTICLE_FOLLOW_UP_CUES = /* @__PURE__ */ new Set(["holdings", "howMany"]);
var ABOUT_ARTICLE = /文章|原文|报道|作者|\barticle\b|\bthe piece\b|\bthe post\b|\bsource\b/u;
var ARTICLE_SAYS = /(?:文章|文中|原文|\barticle\b|\bauthor\b)[^,，。?？]{0,8}(?:说|写|讲|提到|提及|提过|给|列|\bsays?\b|\bmention|\bgives?\b|\blists?\b|\bstates?\b|\bcovers?\b)|^\s*(?:有没有|有)?具体(?:的)?(?:数|数字|数据|数目)(?:吗|么|没有|嘛)?\s*$|^\s*(?:is there |are there )?any (?:exact|specific|hard|actual|real) (?:number|figure|count)s?\b/u;
var OWN_QUESTION = /多少|几|哪|什么|啥|\b(?:how|what|which|who|when|why)\b/u;
var EXACTLY = /^\s*(?:其实|那|咁|所以)?\s*(?:准确|精确|确切|具体)(?:的|嘅)?(?:数字|数|值|金额)?\s*(?:是|系|係|有|为)?\s*(?:多少|几多)|^\s*(?:so |and |ok )?(?:exactly how (?:much|many)|what(?:'s| is) the exact (?:number|figure|amount))\b/u;
function mergeFollowUps(texts, lexicon, question) {
  const merged = [];
  let from = 0;
  for (const text of texts) {
    const at = question.indexOf(text, from);
    const between = at < 0 ? "?" : question.slice(from, at);
    if (at >= 0) from = at + text.length;
    const reading = readQuestion(text, lexicon);
    const last = merged.at(-1);
    const aboutArticle = ABOUT_ARTICLE.test(reading.text);
    const followUp = last !== void 0 && !SET_AGAINST.test(reading.text) && (reading.entities.length === 0 && reading.numbers.length === 0 && [...reading.cues].every(
      (c) => FOLLOW_UP_CUES.has(c) || aboutArticle && ARTICLE_FOLLOW_UP_CUES.has(c)
    ) || ARTICLE_SAYS.test(reading.text) && !OWN_QUESTION.test(reading.text) || EXACTLY.test(reading.text) && reading.entities.length === 0 && reading.numbers.length === 0);
    if (last !== void 0 && followUp) {
      const joined = `${last.text}${/[?？]/u.test(between) ? "?" : ","} ${text}`;
      merged[merged.length - 1] = { text: joined, reading: readQuestion(joined, lexicon) };
    } else merged.push({ text, reading });
  }
  return merged.map((m) => m.reading);
}
function answerReading(ctx, reading, intents = INTENTS) {
  const slots = readSlots(ctx, reading);
  const ranked2 = scoreIntents(ctx, slots, intents, THRESHOLD);
  for (const [i, { intent, score }] of ranked2.entries()) {
    const answer = intent.run(ctx, slots);
    if (answer === void 0) continue;
    const next = ranked2[i + 1];
    const trace = {
      intent: intent.id,
      score,
      ...next === void 0 ? {} : { runnerUp: { intent: next.intent.id, score: next.score } },
      slots: traceSlots(slots)
    };
    return finish(answer, slots, trace);
  }
  const unplaced = slots.reading.unknown.join(" ");
  return {
    ...notFound(ctx, unplaced === "" ? void 0 : unplaced, slots.named),
    trace: { intent: "none", score: 0, slots: traceSlots(slots) }
  };
}
function finish(said, slots, trace) {
  const answer = inYuan(said, slots);
  const verdict = answer.verdict ?? (slots.yesNo && answer.check !== void 0 ? answer.check.holds ? "yes" : "no" : void 0);
  const used = usedValues(answer);
  const unused = slots.amounts.filter((a) => a.role !== "bare" || a.value >= 100).filter((a) => !(a.role === "ratio" && verdict !== void 0)).filter((a) => !used(a.value)).map((a) => slots.reading.text.slice(a.start, a.end).trim());
  return {
    ...answer,
    ...verdict === void 0 ? {} : { verdict },
    ...answer.found && unused.length > 0 ? { unused } : {},
    trace
  };
}
function usedValues(answer) {
  const values = /* @__PURE__ */ new Set();
  const ranges = [];
  for (const c of answer.calculations) {
    values.add(c.result.value);
    for (const step of c.steps) for (const o of step.operands) values.add(o.value);
  }
  for (const f of answer.facts) {
    const q = f.quantity;
    if (q === void 0) continue;
    if ("value" in q) values.add(q.value);
    else ranges.push(q);
  }
  if (answer.price !== void 0) values.add(answer.price.value);
  if (answer.claimed !== void 0) values.add(answer.claimed);
  return (value) => values.has(value) || ranges.some((r) => r.min <= value && value <= r.max);
}
function traceSlots(slots) {
  return {
    entities: slots.reading.entities.map((m) => m.entity.id),
    amounts: slots.amounts.map((a) => ({
      text: slots.reading.text.slice(a.start, a.end),
      value: a.value,
      role: a.role
    })),
    ...slots.workload === void 0 ? {} : { workload: slots.workload },
    ...slots.measure === void 0 ? {} : { measure: slots.measure },
    yesNo: slots.yesNo,
    cues: [...slots.reading.cues]
  };
}

// src/engine/createNameSearch.ts
import Fuse2 from "fuse.js";
var THRESHOLD2 = 0.4;
var NAME_SEARCH_OPTIONS = {
  keys: ["alias"],
  includeScore: true,
  threshold: THRESHOLD2,
  ignoreLocation: true
};
var FUSE_CHUNK = 32;
function countUnits(text) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i);
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}
function fuseChunks(pattern) {
  if (pattern.length <= FUSE_CHUNK) return [pattern];
  const chunks = [];
  const whole = pattern.length - pattern.length % FUSE_CHUNK;
  for (let i = 0; i < whole; i += FUSE_CHUNK) chunks.push(pattern.slice(i, i + FUSE_CHUNK));
  if (whole < pattern.length) chunks.push(pattern.slice(pattern.length - FUSE_CHUNK));
  return chunks;
}
function allowedErrors(length) {
  let errors = 0;
  while (errors + 1 < length && (errors + 1) / length <= THRESHOLD2) errors++;
  return errors;
}
function createNameSearch(rows) {
  const fuse = new Fuse2(rows, NAME_SEARCH_OPTIONS);
  const counted = rows.map((row) => ({ row, counts: countUnits(row.alias.toLowerCase()) }));
  return (query) => {
    if (query.trim() === "") return fuse.search(query).map((r) => r.item);
    const needs = fuseChunks(query.toLowerCase()).map((chunk) => ({
      counts: countUnits(chunk),
      least: chunk.length - allowedErrors(chunk.length)
    }));
    const candidates = counted.filter(({ counts }) => needs.some((need) => shared(need.counts, counts) >= need.least)).map(({ row }) => row);
    if (candidates.length === 0) return [];
    const search = candidates.length * 2 > rows.length ? fuse : new Fuse2(candidates, NAME_SEARCH_OPTIONS);
    return search.search(query).map((r) => r.item);
  };
}
function shared(a, b) {
  let total = 0;
  for (const [unit, n] of a) total += Math.min(n, b.get(unit) ?? 0);
  return total;
}

// src/engine/createPhraseFinder.ts
function createPhraseFinder(phrases, asWords) {
  const root = { next: /* @__PURE__ */ new Map() };
  for (const phrase of phrases) {
    if (phrase === "") continue;
    let node = root;
    for (let i = 0; i < phrase.length; i++) {
      const code = phrase.charCodeAt(i);
      let child = node.next.get(code);
      if (child === void 0) {
        child = { next: /* @__PURE__ */ new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.phrase = phrase;
  }
  return (text) => {
    const found = [];
    for (let start = 0; start < text.length; ) {
      if (asWords && start > 0 && isWordChar(text.charCodeAt(start - 1))) {
        start++;
        continue;
      }
      let node = root;
      let best;
      for (let i = start; i < text.length; i++) {
        node = node.next.get(text.charCodeAt(i));
        if (node === void 0) break;
        if (node.phrase !== void 0 && !(asWords && isWordChar(text.charCodeAt(i + 1))))
          best = { start, end: i + 1, phrase: node.phrase };
      }
      if (best === void 0) start++;
      else {
        found.push(best);
        start = best.end;
      }
    }
    return found;
  };
}
function isWordChar(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57;
}

// src/engine/editDistance.ts
function editRows() {
  return { rows: [new Int32Array(64), new Int32Array(64), new Int32Array(64)] };
}
function editDistance(a, b, max = Number.POSITIVE_INFINITY, work = editRows()) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (work.rows[0].length < cols)
    work.rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  let before = work.rows[0];
  let previous = work.rows[1];
  let current = work.rows[2];
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost2 = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost2);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  const distance = previous[b.length] ?? 0;
  return distance > max ? max + 1 : distance;
}
function typoBudget(length) {
  if (length < 4) return 0;
  if (length < 7) return 1;
  return 2;
}

// src/engine/lexicon.ts
var MAX_SUGGEST_QUERY = 64;
var NAMED_KINDS = /* @__PURE__ */ new Set(["company", "cloud", "foundry", "person"]);
function createLexicon(entities) {
  const meanings = /* @__PURE__ */ new Map();
  const meaningOf = (phrase) => {
    let meaning = meanings.get(phrase);
    if (meaning === void 0) {
      meaning = { entities: [], cues: [] };
      meanings.set(phrase, meaning);
    }
    return meaning;
  };
  const aliases = [];
  for (const entity of entities) {
    const names = new Set([entity.name.en, entity.name.zh, ...entity.aliases].map(fold));
    for (const alias of names) {
      meaningOf(alias).entities.push(entity);
      aliases.push({ alias, entity });
      const spelled = spellNumbers(alias);
      if (spelled !== alias && !names.has(spelled)) meaningOf(spelled).entities.push(entity);
    }
  }
  for (const [group, words] of Object.entries(CUES)) {
    for (const word of words) meaningOf(fold(word)).cues.push(group);
  }
  const phrases = [...meanings.keys()].sort((a, b) => b.length - a.length);
  const findAscii = createPhraseFinder(phrases.filter(isAscii), true);
  const findCjk = createPhraseFinder(
    phrases.filter((p) => !isAscii(p)),
    false
  );
  const findPhrases = (text) => [...findAscii(text), ...findCjk(text)];
  let nameSearch;
  const searchNames = (q) => {
    nameSearch ??= createNameSearch(aliases);
    return nameSearch(q);
  };
  const cueWords = Object.entries(CUES).flatMap(
    ([group, words]) => words.filter((w) => isAscii(w) && !w.includes(" ")).map((word) => ({ word, group }))
  );
  const work = {
    query: new Uint16Array(ASCII_UNITS),
    scratch: new Uint16Array(ASCII_UNITS),
    edit: editRows()
  };
  let byLength;
  const aliasesByLength = () => {
    if (byLength !== void 0) return byLength;
    byLength = /* @__PURE__ */ new Map();
    for (const [order, row] of aliases.entries()) {
      const bucket = byLength.get(row.alias.length) ?? [];
      bucket.push({ ...row, counts: unitCounts(row.alias, new Uint16Array(ASCII_UNITS)), order });
      byLength.set(row.alias.length, bucket);
    }
    return byLength;
  };
  const kindFilter = (kinds) => (entity) => kinds === void 0 || kinds.includes(entity.kind);
  function resolve(query, kinds) {
    const q = normalize(query.slice(0, MAX_SUGGEST_QUERY));
    if (q === "") return void 0;
    const exact = meanings.get(q)?.entities.filter(kindFilter(kinds));
    if (exact !== void 0 && exact.length > 0) return exact[0];
    let best;
    const accepts = kindFilter(kinds);
    const units2 = unitCounts(q, work.query);
    for (let length = q.length - 2; length <= q.length + 2; length++) {
      const budget = typoBudget(Math.min(q.length, length));
      if (budget === 0 || Math.abs(length - q.length) > budget) continue;
      for (const { alias, entity, counts, order } of aliasesByLength().get(length) ?? []) {
        if (!accepts(entity) || sharedUnits(q, units2, counts, work.scratch) < q.length - budget) continue;
        const distance = editDistance(q, alias, budget, work.edit);
        if (distance <= budget && (best === void 0 || distance < best.distance || distance === best.distance && order < best.order))
          best = { entity, distance, order };
      }
    }
    return best?.entity;
  }
  function suggest(query, kinds, limit = 25) {
    const q = normalize(query.slice(0, MAX_SUGGEST_QUERY));
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    const push = (entity) => {
      if (!seen.has(entity.id) && kindFilter(kinds)(entity) && entity.inArticle) {
        seen.add(entity.id);
        out.push(entity);
      }
    };
    const resolved = resolve(q, kinds);
    if (resolved !== void 0) push(resolved);
    if (q !== "") {
      for (const { entity } of searchNames(q)) push(entity);
      for (const { alias, entity } of aliases) {
        if (alias.length >= 3 && editDistance(q, alias, typoBudget(q.length) + 1, work.edit) <= typoBudget(q.length) + 1)
          push(entity);
      }
    }
    return out.slice(0, limit);
  }
  function correctCue(word) {
    const budget = Math.min(typoBudget(word.length), word.length < 9 ? 1 : 2);
    if (budget === 0) return void 0;
    for (const { word: cue, group } of cueWords) {
      if (cue[0] !== word[0]) continue;
      if (Math.abs(cue.length - word.length) <= budget && editDistance(word, cue, budget, work.edit) <= budget)
        return group;
    }
    return void 0;
  }
  const hanPhrases = [...meanings].filter(([phrase]) => /^\p{Script=Han}{3,}$/u.test(phrase)).map(([phrase, meaning]) => ({ phrase, meaning })).sort((a, b) => b.phrase.length - a.phrase.length);
  const hanPhrasesByFirst = /* @__PURE__ */ new Map();
  for (const { phrase, meaning } of hanPhrases) {
    const entity = meaning.entities.find((e) => NAMED_KINDS.has(e.kind));
    if (entity === void 0) continue;
    const first = phrase[0] ?? "";
    hanPhrasesByFirst.set(first, [...hanPhrasesByFirst.get(first) ?? [], { phrase, entity }]);
  }
  const familyNames = new Set(
    [...meanings].filter(([, meaning]) => meaning.entities.some((e) => e.kind === "model")).flatMap(([phrase]) => /^([a-z]{3,})[-\s]?\d/u.exec(phrase)?.[1] ?? [])
  );
  return {
    meanings,
    familyNames,
    findPhrases,
    hanPhrases,
    hanPhrasesByFirst,
    stopwords: new Set([...STOPWORDS, "s"].map(fold)),
    resolve,
    suggest,
    correctCue
  };
}
var ASCII_UNITS = 128;
function unitCounts(text, ascii) {
  ascii.fill(0);
  let other;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < ASCII_UNITS) ascii[code] = (ascii[code] ?? 0) + 1;
    else {
      other ??= /* @__PURE__ */ new Map();
      const unit = text.charAt(i);
      other.set(unit, (other.get(unit) ?? 0) + 1);
    }
  }
  return { ascii, other };
}
function sharedUnits(query, q, name, scratch) {
  scratch.set(name.ascii);
  let total = 0;
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    if (code < ASCII_UNITS && (scratch[code] ?? 0) > 0) {
      scratch[code] = (scratch[code] ?? 0) - 1;
      total++;
    }
  }
  q.other?.forEach((n, unit) => {
    total += Math.min(n, name.other?.get(unit) ?? 0);
  });
  return total;
}

// src/commands/definitions/askCommand.ts
var askCommand = {
  name: "ask",
  nameZh: "\u63D0\u95EE",
  description: {
    en: "Ask anything about the H100 supply and demand article",
    zh: "\u5C31 H100 \u4F9B\u9700\u6587\u7AE0\u968F\u4FBF\u63D0\u95EE"
  },
  options: [
    {
      name: "question",
      nameZh: "\u95EE\u9898",
      type: "string",
      required: true,
      maxLength: INPUT_LIMITS.question,
      description: { en: "Your question, in English or Chinese", zh: "\u4F60\u7684\u95EE\u9898\uFF0C\u4E2D\u82F1\u6587\u7686\u53EF" }
    }
  ]
};

// src/commands/definitions/cloudCommand.ts
var cloudCommand = {
  name: "cloud",
  nameZh: "\u7528\u54EA\u5BB6\u4E91",
  description: { en: "Which cloud an AI company uses", zh: "\u67D0\u5BB6 AI \u516C\u53F8\u7528\u54EA\u5BB6\u4E91" },
  options: [
    {
      name: "company",
      nameZh: "\u516C\u53F8",
      type: "string",
      required: true,
      autocomplete: "company",
      maxLength: INPUT_LIMITS.entityName,
      description: { en: "A company, e.g. OpenAI, Anthropic", zh: "\u516C\u53F8\uFF0C\u4F8B\u5982 OpenAI\u3001Anthropic" }
    }
  ]
};

// src/commands/definitions/compareCommand.ts
var compareCommand = {
  name: "compare",
  nameZh: "\u5BF9\u6BD4",
  description: { en: "How much faster an H100 is than an A100", zh: "H100 \u6BD4 A100 \u5FEB\u591A\u5C11" },
  options: [
    {
      name: "count",
      nameZh: "\u6570\u91CF",
      type: "integer",
      required: false,
      minValue: 1,
      maxValue: MAX_GPU_COUNT,
      description: { en: "A number of H100s to express in A100s", zh: "\u6362\u7B97\u6210 A100 \u7684 H100 \u6570\u91CF" }
    },
    {
      name: "workload",
      nameZh: "\u573A\u666F",
      type: "string",
      required: false,
      choices: [
        { value: "training", name: { en: "16-bit training", zh: "16-bit \u8BAD\u7EC3" } },
        { value: "inference", name: { en: "16-bit inference", zh: "16-bit \u63A8\u7406" } }
      ],
      description: { en: "Training or inference", zh: "\u8BAD\u7EC3\u6216\u63A8\u7406" }
    }
  ]
};

// src/commands/definitions/priceOption.ts
var priceOption = {
  name: "price",
  nameZh: "\u4EF7\u683C",
  type: "number",
  required: false,
  minValue: 1,
  maxValue: MAX_PRICE_USD
};

// src/commands/definitions/demandCommand.ts
var demandCommand = {
  name: "demand",
  nameZh: "\u9700\u6C42",
  description: {
    en: "How many H100s a company wants, and what that costs",
    zh: "\u67D0\u516C\u53F8\u8981\u591A\u5C11 H100\uFF0C\u503C\u591A\u5C11\u94B1"
  },
  options: [
    {
      name: "company",
      nameZh: "\u516C\u53F8",
      type: "string",
      required: false,
      autocomplete: "company",
      maxLength: INPUT_LIMITS.entityName,
      description: { en: "A company or cloud (empty: everyone)", zh: "\u516C\u53F8\u6216\u4E91\u5382\u5546\uFF08\u7559\u7A7A\uFF1A\u5168\u90E8\uFF09" }
    },
    {
      ...priceOption,
      description: {
        en: "US dollars per H100, to price the demand",
        zh: "\u6BCF\u5F20 H100 \u7684\u7F8E\u5143\u4EF7\u683C\uFF0C\u7528\u4E8E\u4F30\u7B97\u82B1\u8D39"
      }
    }
  ]
};

// src/commands/definitions/gapCommand.ts
var gapCommand = {
  name: "gap",
  nameZh: "\u7F3A\u53E3",
  description: { en: "The H100 shortage and what it is worth", zh: "H100 \u7F3A\u53E3\u6709\u591A\u5927\u3001\u4EF7\u503C\u591A\u5C11" },
  options: [
    {
      ...priceOption,
      description: {
        en: "US dollars per H100 (default $35,000)",
        zh: "\u6BCF\u5F20 H100 \u7684\u7F8E\u5143\u4EF7\u683C\uFF08\u9ED8\u8BA4 3.5\u4E07\uFF09"
      }
    },
    {
      name: "meta",
      nameZh: "meta\u9700\u6C42",
      type: "string",
      required: false,
      choices: [
        {
          value: "100k",
          name: { en: "Meta wants 100k (the article total)", zh: "Meta \u8981 10\u4E07\uFF08\u6587\u7AE0\u603B\u6570\uFF09" }
        },
        { value: "25k", name: { en: "Meta wants 25k", zh: "Meta \u8981 2.5\u4E07" } }
      ],
      description: { en: "Which figure to count for Meta", zh: "Meta \u7684\u9700\u6C42\u6309\u54EA\u4E2A\u6570\u7B97" }
    }
  ]
};

// src/commands/definitions/holdingsCommand.ts
var holdingsCommand = {
  name: "holdings",
  nameZh: "\u6301\u6709\u91CF",
  description: {
    en: "How many GPUs a company, cloud or model has or used",
    zh: "\u516C\u53F8\u3001\u4E91\u6216\u6A21\u578B\u6709\u591A\u5C11 GPU"
  },
  options: [
    {
      name: "company",
      nameZh: "\u516C\u53F8",
      type: "string",
      required: false,
      autocomplete: "any",
      maxLength: INPUT_LIMITS.entityName,
      description: { en: "A company, cloud or model (empty: all)", zh: "\u516C\u53F8\u3001\u4E91\u6216\u6A21\u578B\uFF08\u7559\u7A7A\uFF1A\u5168\u90E8\uFF09" }
    }
  ]
};

// src/commands/definitions/sourceCommand.ts
var sourceCommand = {
  name: "source",
  nameZh: "\u6765\u6E90",
  description: { en: "The article behind every answer", zh: "\u6240\u6709\u56DE\u7B54\u4F9D\u636E\u7684\u6587\u7AE0" },
  options: []
};

// src/commands/definitions/supplyCommand.ts
var supplyCommand = {
  name: "supply",
  nameZh: "\u4F9B\u5E94",
  description: { en: "Who makes the H100 and what limits supply", zh: "\u8C01\u5236\u9020 H100\uFF0C\u74F6\u9888\u5728\u54EA" },
  options: []
};

// src/commands/definitions/topicsCommand.ts
var topicsCommand = {
  name: "topics",
  nameZh: "\u5E2E\u52A9",
  description: { en: "What the bot can answer, with examples", zh: "\u673A\u5668\u4EBA\u80FD\u56DE\u7B54\u4EC0\u4E48\uFF0C\u9644\u793A\u4F8B" },
  options: []
};

// src/commands/definitions/whoUsesCommand.ts
var whoUsesCommand = {
  name: "who-uses",
  nameZh: "\u8C01\u5728\u7528",
  description: { en: "Which AI companies use a cloud", zh: "\u54EA\u4E9B AI \u516C\u53F8\u5728\u7528\u67D0\u5BB6\u4E91" },
  options: [
    {
      name: "cloud",
      nameZh: "\u4E91",
      type: "string",
      required: true,
      autocomplete: "cloud",
      maxLength: INPUT_LIMITS.entityName,
      description: { en: "A cloud, e.g. Azure, AWS, Google Cloud", zh: "\u4E91\u5382\u5546\uFF0C\u4F8B\u5982 Azure\u3001AWS\u3001\u8C37\u6B4C\u4E91" }
    }
  ]
};

// src/commands/definitions.ts
var COMMANDS = [
  askCommand,
  whoUsesCommand,
  cloudCommand,
  gapCommand,
  demandCommand,
  holdingsCommand,
  compareCommand,
  supplyCommand,
  sourceCommand,
  topicsCommand
];
function findCommand(name) {
  const key = name.toLowerCase();
  return COMMANDS.find((c) => c.name === key || c.nameZh === key);
}

// src/engine/parseOptionValue.ts
function parseOptionValue(command, option, value) {
  if (option.type === "string") {
    const text = String(value).trim();
    if (option.choices === void 0) return text;
    const choice = option.choices.find((c) => c.value === text.toLowerCase());
    if (choice !== void 0) return choice.value;
    throw new UserInputError("invalid-option", {
      en: `${option.name} must be one of: ${option.choices.map((c) => c.value).join(", ")}.`,
      zh: `${option.nameZh} \u53EA\u80FD\u662F\uFF1A${option.choices.map((c) => c.value).join("\u3001")}\u3002`
    });
  }
  const number = typeof value === "number" ? value : parseAmount(toSimplified(value));
  if (number === void 0 || !Number.isFinite(number)) {
    throw new UserInputError(option.name === "price" ? "invalid-price" : "invalid-count", {
      en: `/${command} ${option.name} must be a number above 0, such as ${exampleValue(option)}; "${String(value)}" is not one.`,
      zh: `/${command} \u7684 ${option.nameZh} \u987B\u4E3A\u5927\u4E8E 0 \u7684\u6570\u5B57\uFF0C\u4F8B\u5982 ${exampleValue(option)}\uFF1B\u300C${String(value)}\u300D\u4E0D\u662F\u6709\u6548\u6570\u5B57\u3002`
    });
  }
  return number;
}
function exampleValue(option) {
  if (option.name === "price") return "30000";
  if (option.name === "count") return "10000";
  if (option.autocomplete === "cloud") return "azure";
  if (option.choices?.[0] !== void 0) return option.choices[0].value;
  return option.name === "question" ? '"who uses azure"' : "openai";
}

// src/engine/buildCommandInput.ts
function buildCommandInput(name, raw) {
  const definition = findCommand(name);
  if (definition === void 0) throw unknownCommand(name);
  const options = definition.options;
  const args = {};
  for (const option of options) {
    const value = raw[option.name];
    if (value === void 0 || value === "") {
      if (option.required) {
        throw new UserInputError("missing-option", {
          en: `/${definition.name} needs a ${option.name}, e.g. /${definition.name} ${option.name}:${exampleValue(option)}.`,
          zh: `/${definition.name} \u9700\u8981\u586B\u5199 ${option.name}\uFF08${option.nameZh}\uFF09\uFF0C\u4F8B\u5982 /${definition.name} ${option.name}:${exampleValue(option)}\u3002`
        });
      }
      continue;
    }
    args[option.name] = parseOptionValue(definition.name, option, value);
  }
  return { name: definition.name, args };
}
function unknownCommand(name) {
  return new UserInputError("unknown-command", {
    en: `There is no /${name} command. Try one of: ${COMMANDS.map((c) => `/${c.name}`).join(", ")}.`,
    zh: `\u6CA1\u6709 /${name} \u547D\u4EE4\u3002\u53EF\u7528\u547D\u4EE4\uFF1A${COMMANDS.map((c) => `/${c.name}`).join("\u3001")}\u3002`
  });
}

// src/engine/parseCommandText.ts
function isCommandText(text) {
  return /^\s*[/／]/.test(text);
}
function parseCommandText(text) {
  const body = text.normalize("NFKC").trim().replace(/^\//, "");
  const [head = "", ...restParts] = body.split(/\s+/);
  const rest = body.slice(head.length).trim();
  const definition = findCommand(head);
  if (definition === void 0) throw unknownCommand(head);
  const options = definition.options;
  const raw = /* @__PURE__ */ new Map();
  const names = options.flatMap((o) => [o.name, o.nameZh]).map((n) => n.replace(/[-]/g, "\\-"));
  const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join("|")})\\s*[:\uFF1A=]`, "giu") : void 0;
  const marks = marker === void 0 ? [] : [...rest.matchAll(marker)];
  const leading = (marks[0] === void 0 ? rest : rest.slice(0, marks[0].index)).trim();
  if (leading !== "" && restParts.length > 0) {
    const misnamed = /^([\p{L}\p{N}_-]+)\s*[:：=]/u.exec(leading)?.[1];
    if (misnamed !== void 0 && options[0]?.name !== "question") {
      const known = options.map((o) => `${o.name}:`);
      throw new UserInputError("unknown-option", {
        en: `/${definition.name} has no option "${misnamed}".${known.length > 0 ? ` Its options: ${known.join(", ")}.` : ""}`,
        zh: `/${definition.name} \u6CA1\u6709\u300C${misnamed}\u300D\u8FD9\u4E2A\u53C2\u6570\u3002${known.length > 0 ? `\u53EF\u7528\u53C2\u6570\uFF1A${known.join("\u3001")}\u3002` : ""}`
      });
    }
    const first = options[0];
    if (first === void 0) {
      throw new UserInputError("unknown-option", {
        en: `/${definition.name} takes no options.`,
        zh: `/${definition.name} \u4E0D\u9700\u8981\u53C2\u6570\u3002`
      });
    }
    raw.set(first, leading);
  }
  marks.forEach((m, i) => {
    const option = options.find((o) => o.name === m[1]?.toLowerCase() || o.nameZh === m[1]);
    const end = marks[i + 1]?.index ?? rest.length;
    if (option !== void 0) raw.set(option, rest.slice(m.index + m[0].length, end).trim());
  });
  const values = {};
  for (const [option, value] of raw) values[option.name] = value;
  return buildCommandInput(definition.name, values);
}

// src/commands/entityKinds.ts
var ENTITY_KINDS = {
  cloud: ["cloud"],
  company: ["company", "group", "cloud"],
  any: ["company", "group", "cloud", "model"]
};

// src/engine/runCommand.ts
function runCommand(ctx, command, ask) {
  const resolve = (query, kinds) => ctx.lexicon.resolve(query, kinds) ?? {
    missing: query,
    suggestions: ctx.lexicon.suggest(query, kinds, 5)
  };
  switch (command.name) {
    case "ask":
      return ask(command.args.question ?? "");
    case "who-uses": {
      const cloud = resolve(command.args.cloud ?? "", ENTITY_KINDS.cloud);
      if (!("missing" in cloud)) return cloudUsers(ctx, cloud);
      const company = ctx.lexicon.resolve(cloud.missing, ENTITY_KINDS.company);
      return company === void 0 ? notFound(ctx, cloud.missing, cloud.suggestions) : cloudOf(ctx, company);
    }
    case "cloud": {
      const company = resolve(command.args.company ?? "", ENTITY_KINDS.company);
      if ("missing" in company) return notFound(ctx, company.missing, company.suggestions);
      const listed = ctx.kb.facts.some((f) => f.topic === "cloud-usage" && f.subject === company.id);
      return company.kind === "cloud" && !listed ? cloudUsers(ctx, company) : cloudOf(ctx, company);
    }
    case "gap":
      return gap(ctx, {
        scenario: command.args.meta === "25k" ? "meta-25k" : "meta-100k",
        focus: "gap",
        ...command.args.price === void 0 ? {} : { price: command.args.price }
      });
    case "demand": {
      const { company: name, price } = command.args;
      if (name === void 0 || name === "") {
        return gap(ctx, { scenario: "meta-100k", focus: "total", ...price === void 0 ? {} : { price } });
      }
      const company = resolve(name, ENTITY_KINDS.company);
      if ("missing" in company) return notFound(ctx, company.missing, company.suggestions);
      return price === void 0 ? demand(ctx, company) : cost(ctx, company, price);
    }
    case "holdings": {
      const name = command.args.company;
      if (name === void 0 || name === "") return holdings(ctx, void 0);
      const entity = resolve(name, ENTITY_KINDS.any);
      return "missing" in entity ? notFound(ctx, entity.missing, entity.suggestions) : holdings(ctx, entity);
    }
    case "compare":
      return compare(ctx, command.args.workload, command.args.count);
    case "supply":
      return topic(ctx, ["supply", "foundry"]);
    case "source":
      return topic(ctx, ["source"]);
    case "topics":
      return help(ctx);
  }
}

// src/engine/createEngine.ts
function createEngine(kb2) {
  const lexicon = createLexicon(kb2.entities);
  function guarded(ctx, answer) {
    try {
      return answer();
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      return buildAnswer(ctx, { kind: "error", found: false, error: { code: error.code, text: error.text } });
    }
  }
  function ask(text) {
    const asked2 = text.trim();
    const question = toSimplified(asked2.slice(0, 4 * MAX_QUESTION_CHARS));
    const ctx = { kb: kb2, lexicon, question: asked2, lang: detectLanguage(asked2) };
    return guarded(ctx, () => {
      if (!/[^\p{P}\p{S}\s]/u.test(asked2)) {
        throw new UserInputError("empty-question", {
          en: 'Ask a question about H100 supply and demand, e.g. "who uses azure?" or /gap price:30000.',
          zh: "\u8BF7\u63D0\u4E00\u4E2A\u5173\u4E8E H100 \u4F9B\u9700\u7684\u95EE\u9898\uFF0C\u4F8B\u5982\u300C\u8C01\u5728\u7528 Azure\uFF1F\u300D\u6216 /gap price:30000\u3002"
        });
      }
      if (isCommandText(question)) return runCommand(ctx, parseCommandText(question), ask);
      return answerQuestion(ctx, question, lexicon);
    });
  }
  function run(command, lang) {
    const ctx = { kb: kb2, lexicon, question: formatCommand(command), lang };
    return guarded(ctx, () => runCommand(ctx, command, ask));
  }
  return { ask, run, suggest: lexicon.suggest, knowledge: kb2 };
}

// src/knowledge/loadKnowledge.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join, relative } from "node:path";

// src/knowledge/buildKnowledgeBase.ts
function buildKnowledgeBase(data) {
  const { source, article, entities, facts, caveats } = data;
  return {
    source,
    article,
    entities,
    facts,
    caveats,
    entityById: new Map(entities.map((e) => [e.id, e])),
    factById: new Map(facts.map((f) => [f.id, f])),
    caveatById: new Map(caveats.map((c) => [c.id, c]))
  };
}

// src/knowledge/checkReferences.ts
function checkReferences({ entities, facts, caveats, article }) {
  const problems = [];
  const entityIds = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Map();
  const haystack = normaliseQuote(article);
  for (const { file, entity, index } of entities) {
    const at = `${file}: entities[${index}]`;
    if (entityIds.has(entity.id)) problems.push(`${at}.id: duplicate entity id "${entity.id}"`);
    entityIds.add(entity.id);
    for (const [i, alias] of [entity.name.en, entity.name.zh, ...entity.aliases].entries()) {
      const key = alias.toLowerCase();
      const owner = names.get(key);
      if (owner !== void 0 && owner !== entity.id) {
        const where = i === 0 ? "name.en" : i === 1 ? "name.zh" : `aliases[${i - 2}]`;
        problems.push(`${at}.${where}: "${alias}" already names entity "${owner}"`);
      }
      names.set(key, entity.id);
    }
  }
  const caveatIds = /* @__PURE__ */ new Set();
  for (const { file, caveat, index } of caveats) {
    const at = `${file}: caveats[${index}]`;
    if (caveatIds.has(caveat.id)) problems.push(`${at}.id: duplicate caveat id "${caveat.id}"`);
    caveatIds.add(caveat.id);
    if (caveat.quote !== void 0 && !haystack.includes(normaliseQuote(caveat.quote))) {
      problems.push(`${at}.quote: not found in the article text`);
    }
  }
  for (const { file, entity, index } of entities) {
    for (const [i, member] of entity.members.entries()) {
      if (!entityIds.has(member))
        problems.push(`${file}: entities[${index}].members[${i}]: unknown entity "${member}"`);
    }
  }
  const factIds = /* @__PURE__ */ new Set();
  for (const { file, fact, index } of facts) {
    const at = `${file}: facts[${index}]`;
    if (factIds.has(fact.id)) problems.push(`${at}.id: duplicate fact id "${fact.id}"`);
    factIds.add(fact.id);
    if (fact.subject !== void 0 && !entityIds.has(fact.subject)) {
      problems.push(`${at}.subject: unknown entity "${fact.subject}"`);
    }
    for (const [i, object] of fact.objects.entries()) {
      if (!entityIds.has(object)) problems.push(`${at}.objects[${i}]: unknown entity "${object}"`);
    }
    for (const [i, caveat] of fact.caveats.entries()) {
      if (!caveatIds.has(caveat)) problems.push(`${at}.caveats[${i}]: unknown caveat "${caveat}"`);
    }
    if (!haystack.includes(normaliseQuote(fact.quote))) {
      problems.push(`${at}.quote: not found in the article text`);
    }
  }
  return problems;
}
function normaliseQuote(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/knowledge/formatIssues.ts
function formatIssues(file, error) {
  return error.issues.flatMap(explain).map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
}
function explain(issue) {
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, option) => option.length < best.length ? option : best);
    if (closest.length > 0) {
      return closest.flatMap(explain).map((inner) => ({ path: [...issue.path, ...inner.path], message: inner.message }));
    }
  }
  return [{ path: issue.path, message: issue.message }];
}
function formatPath(path) {
  if (path.length === 0) return "(top level)";
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`).join("");
}

// src/knowledge/KnowledgeError.ts
var KnowledgeError = class extends Error {
  /**
   * @param problems - one line each, prefixed with the file and the path inside it
   */
  constructor(problems) {
    super(
      `The knowledge files have ${problems.length} problem(s):
${problems.map((p) => `  - ${p}`).join("\n")}`
    );
    this.problems = problems;
  }
  problems;
  name = "KnowledgeError";
};

// src/knowledge/schema.ts
import { z } from "zod";
var SectionIdSchema = z.enum(["00", "01", "02", "03", "04", "05"]);
var BilingualSchema = z.strictObject({
  en: z.string().min(1),
  zh: z.string().min(1),
  "zh-Hant": z.string().min(1).optional()
});
var idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
var IdSchema = z.string().regex(idPattern, 'ids are lowercase words joined by "." or "-"');
var EntityKindSchema = z.enum(["company", "cloud", "foundry", "gpu", "model", "group", "person"]);
var EntitySchema = z.strictObject({
  id: IdSchema,
  kind: EntityKindSchema,
  name: BilingualSchema,
  /** Other spellings in either language, the article's own misspellings included; matched case-insensitively. */
  aliases: z.array(z.string().min(1)).default([]),
  /** True when the article itself names the entity (false for well-known entities it does not cover). */
  inArticle: z.boolean().default(true),
  /** For a group the article names as a list ("三大云巨头: Azure, Google Cloud, AWS"): the ids of its members. */
  members: z.array(IdSchema).default([])
});
var GpuModelSchema = z.enum(["H100", "A100", "H800", "H100/A100"]);
var UnitSchema = z.enum(["gpus", "usd", "usd-per-gpu", "times"]);
var QuantitySchema = z.union([
  z.strictObject({ value: z.number().positive() }),
  z.strictObject({ min: z.number().positive(), max: z.number().positive() }).refine((q) => q.min < q.max, { message: "min must be below max" })
]);
var HedgeSchema = z.enum([
  "none",
  "maybe",
  "about",
  "per-musk",
  "some-say",
  "booked-not-delivered",
  "conservative",
  "similar",
  "at-least"
]);
var TopicSchema = z.enum([
  "gpu-choice",
  "gap",
  "who-needs",
  "demand",
  "demand-total",
  "price",
  "not-counted",
  "holdings",
  "supply",
  "foundry",
  "training-factors",
  "performance",
  "why-not-amd",
  "cloud-usage",
  "source"
]);
var MetricSchema = z.enum([
  "h100-demand",
  "h100-demand-high",
  "h100-demand-total",
  "h100-price",
  "demand-value",
  "h800-demand",
  "gpu-demand",
  "most-popular-gpu",
  "h100-gap",
  "source-title",
  "source-url",
  "source-publisher",
  "gpus-needed",
  "cloud",
  "training-gpus",
  "training-gpus-needed",
  "a100-holdings",
  "h100-holdings",
  "gpu-allocation",
  "bottleneck",
  "foundry",
  "training-factors",
  "speedup-16bit-inference",
  "speedup-16bit-training"
]);
var FactSchema = z.strictObject({
  id: IdSchema,
  section: SectionIdSchema,
  topic: TopicSchema,
  /** The entity the fact is about (who wants, who has, who uses). */
  subject: IdSchema.optional(),
  /** Entities the subject relates to: the clouds a company uses, the companies a group lists. */
  objects: z.array(IdSchema).default([]),
  /** What is measured: a closed list, so a typo in a knowledge file fails validation. */
  metric: MetricSchema.optional(),
  gpu: GpuModelSchema.optional(),
  quantity: QuantitySchema.optional(),
  unit: UnitSchema.optional(),
  hedge: HedgeSchema.default("none"),
  text: BilingualSchema,
  /** Verbatim substring of the article text. */
  quote: z.string().min(1),
  /** Caveat ids shown wherever this fact is shown. */
  caveats: z.array(IdSchema).default([])
}).refine((f) => f.quantity === void 0 === (f.unit === void 0), {
  message: "quantity and unit go together",
  path: ["unit"]
});
var FactFileSchema = z.strictObject({
  $schema: z.string().optional(),
  facts: z.array(FactSchema).min(1)
});
var CaveatSchema = z.strictObject({
  id: IdSchema,
  text: BilingualSchema,
  /** Verbatim substring of the article the caveat points at, when there is one. */
  quote: z.string().min(1).optional()
});
var CaveatFileSchema = z.strictObject({
  $schema: z.string().optional(),
  caveats: z.array(CaveatSchema).min(1)
});
var EntityFileSchema = z.strictObject({
  $schema: z.string().optional(),
  entities: z.array(EntitySchema).min(1)
});
var SectionSchema = z.strictObject({ id: SectionIdSchema, title: BilingualSchema });
var SourceSchema = z.strictObject({
  $schema: z.string().optional(),
  title: BilingualSchema,
  /** Who wrote the original analysis. */
  author: z.string().min(1),
  url: z.url(),
  /** The publication whose Chinese summary the facts are taken from. */
  via: BilingualSchema,
  asOf: BilingualSchema,
  sections: z.array(SectionSchema).min(1),
  /** The article text the quotes are checked against. */
  articleFile: z.string().min(1)
});

// src/knowledge/loadKnowledge.ts
function loadKnowledge(dir) {
  const problems = [];
  const name = (path) => relative(dir, path) || path;
  function read(path, schema) {
    let raw;
    try {
      raw = readFileSync2(path, "utf8");
    } catch {
      problems.push(`${name(path)}: cannot be read (is it missing?)`);
      return void 0;
    }
    let json;
    try {
      json = JSON.parse(raw.startsWith("\uFEFF") ? raw.slice(1) : raw);
    } catch (error) {
      problems.push(`${name(path)}: not valid JSON (${error.message.replace(/\s+/g, " ")})`);
      return void 0;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      problems.push(...formatIssues(name(path), parsed.error));
      return void 0;
    }
    return parsed.data;
  }
  const source = read(join(dir, "source.json"), SourceSchema);
  let article = "";
  if (source !== void 0) {
    try {
      article = readFileSync2(join(dir, source.articleFile), "utf8");
    } catch {
      problems.push(`source.json: articleFile: cannot read "${source.articleFile}"`);
    }
  }
  const entityFile = read(join(dir, "entities.json"), EntityFileSchema);
  const caveatFile = read(join(dir, "caveats.json"), CaveatFileSchema);
  const factsDir = join(dir, "facts");
  let factFiles = [];
  try {
    factFiles = readdirSync(factsDir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    problems.push("facts/: folder cannot be read (is it missing?)");
  }
  if (factFiles.length === 0 && problems.length === 0) problems.push("facts/: no fact files");
  const entities = (entityFile?.entities ?? []).map((entity, index) => ({
    file: "entities.json",
    entity,
    index
  }));
  const caveats = (caveatFile?.caveats ?? []).map((caveat, index) => ({
    file: "caveats.json",
    caveat,
    index
  }));
  const facts = factFiles.flatMap((file) => {
    const parsed = read(join(factsDir, file), FactFileSchema);
    return (parsed?.facts ?? []).map((fact, index) => ({ file: `facts/${file}`, fact, index }));
  });
  if (problems.length === 0) problems.push(...checkReferences({ entities, facts, caveats, article }));
  if (problems.length > 0 || source === void 0) throw new KnowledgeError(problems);
  return buildKnowledgeBase({
    source,
    article,
    entities: entities.map((e) => e.entity),
    facts: facts.map((f) => f.fact),
    caveats: caveats.map((c) => c.caveat)
  });
}

// src/i18n/replyLang.ts
function langOfLocale(locale) {
  const l = locale?.toLowerCase() ?? "";
  if (!l.startsWith("zh")) return "en";
  return /^zh-(tw|hk|mo|hant)/.test(l) ? "zh-Hant" : "zh-Hans";
}
function replyLangFor(question, asked2, locale) {
  if (asked2 === "en") return "en";
  if (isTraditional(question)) return "zh-Hant";
  return langOfLocale(locale) === "zh-Hant" ? "zh-Hant" : "zh-Hans";
}

// src/i18n/catalogs/en.ts
var en = {
  "lang.button": "English",
  "verdict.yes": "Yes",
  "verdict.no": "No",
  "verdict.opener": "{verdict}. {answer}",
  "step.labelled": "{number} ({name})",
  "punct.colon": ":",
  "list.sep": ", ",
  "source.line": "Source: {author}, \u201C{title}\u201D ({url}), via {via}",
  "source.name": "{author}\u2019s \u201C{title}\u201D",
  "topic.gpu-choice": "Which GPUs people want",
  "topic.gap": "The H100 shortage",
  "topic.who-needs": "Who needs H100s",
  "topic.demand": "H100 demand",
  "topic.demand-total": "Total H100 demand",
  "topic.price": "What an H100 costs",
  "topic.not-counted": "Demand the total leaves out",
  "topic.holdings": "GPUs they have",
  "topic.supply": "What limits supply",
  "topic.foundry": "Who makes the H100",
  "topic.training-factors": "What matters for training",
  "topic.performance": "H100 vs A100",
  "topic.why-not-amd": "Why not AMD?",
  "topic.cloud-usage": "Which clouds AI companies use",
  "topic.source": "Source",
  "answer.perArticle": "Per the article:",
  "cloudUsers.title": "Who uses {cloud}",
  "cloudUsers.yes": "Yes: the article lists {who} on {cloud}.",
  "cloudUsers.no": "The article does not list {who} on {cloud}; it names {names}.",
  "cloudUsers.countOne": "{count} company",
  "cloudUsers.count": "{count} companies",
  "cloudUsers.list": "Per the article, {cloud} is used by {count}: {names}.",
  "cloudOf.title": "Which cloud {company} uses",
  "cloudOf.yes": "Yes: per the article, {company} uses {names}.",
  "cloudOf.notOnly": "No: per the article, {company} uses {names}, not {cloud} alone.",
  "cloudOf.no": "Not per the article: it lists {company} on {names}, not {cloud}.",
  "cloudOf.list": "Per the article, {company} uses {names}.",
  "gap.meta25k": "counting Meta at 25,000",
  "gap.meta100k": "counting Meta at 100,000, as the article\u2019s 432,000 does",
  "gap.summary": "At {price} per H100, \xA702\u2019s demand line items ({total} H100s, {scenario}) are worth {value}.",
  "gap.headline": " The headline calls the conservative supply gap about {gap}.",
  "gap.headlineValue": " The headline calls the conservative supply gap about {gap}; at the same price that many are worth {gapValue}.",
  "gap.lead": "The headline puts the conservative H100 supply gap at about {gap}; \xA702\u2019s demand line items add up to {total} ({scenario}). At {price} per H100 the gap is worth {gapValue}, and the line items {value}.",
  "cost.budget.title": "How many {gpu}s {budget} buys",
  "cost.budget.summary": "At {price} each, {budget} buys {count} {gpu}s (rounded down to whole GPUs).",
  "cost.range.summary": "{company}\u2019s {low}\u2013{high} H100s at {price} each come to {lowValue}\u2013{highValue}.",
  "cost.rangeCount": "{low}\u2013{high}",
  "cost.countRange.summary": "{low}\u2013{high} {gpu}s at {price} each come to {lowValue}\u2013{highValue}.",
  "cost.count.title": "What {count} {gpu}s cost",
  "cost.count.summary": "{count} {gpu}s at {price} each come to {value}.",
  "cost.single.title": "What one {gpu} costs",
  "cost.single.summary": "One {gpu} at {price} comes to {value}.",
  "cost.several.title": "What {names} want costs",
  "cost.several.summary": "{names} may want {count} H100s together; at {price} each that comes to {value}.",
  "cost.several.eachAlike": "Each of them wants {count}, worth {value}.",
  "cost.several.eachList": "One by one: {items}.",
  "cost.several.eachItem": "{name} {count}, {value}",
  "cost.saving.title": "{count} H100s at {high} vs {low}",
  "cost.saving.summary": "{count} H100s come to {highValue} at {high} each and {lowValue} at {low} each: the lower price saves {diff}.",
  "cost.one.title": "What {company}\u2019s H100s cost",
  "cost.one.summary": "{company}\u2019s {count} H100s at {price} each come to {value}.",
  "compare.short": "That is {diff} short of {target}.",
  "compare.training": "training",
  "compare.inference": "inference",
  "compare.line": "For 16-bit {work}, {h100s} H100s do the work of about {a100s} A100s ({factor}).",
  "demand.title": "{company}: H100 demand",
  "demand.several.title": "{names}: H100 demand",
  "demand.severalChanged.summary": "With the changes asked, {names} would want {total} H100s together.",
  "demand.severalBoth.summary": "Per \xA702, {names} may want {low} H100s together with {one} at {oneLow}, or {high} with {one} at {oneHigh}.",
  "demand.several.summary": "Per \xA702, {names} may want {total} H100s together.",
  "holdings.title": "{company}: GPUs",
  "holdings.all": "Per \xA703 of the article:",
  "holdings.sum": "Per \xA703, {who} have {count} {gpu}s together.",
  "arithmetic.title": "Your arithmetic",
  "arithmetic.holds": "It comes to {result}.",
  "arithmetic.off": "It comes to {result}, not {claimed}.",
  "overview.summary": "What the article says about {subject}:",
  "membership.in": "Yes: {entity} is one of {group}: {members}.",
  "membership.out": "No: {entity} is not one of {group}, which are {members}.",
  "help.title": "What I can answer",
  "help.summary": "I answer from one article, {source} ({asOf}): who needs H100s and how many, who has them, which cloud each AI company uses, who makes them, H100 vs A100, and the size and value of the shortage. Try: /who-uses azure \xB7 /cloud company:openai \xB7 /gap price:30000 \xB7 /demand company:meta \xB7 /holdings company:tesla \xB7 /compare \xB7 /supply \xB7 /source \xB7 \u201Cwhich cloud does Anthropic use?\u201D \xB7 \u201C\u6309\u6BCF\u5F203\u4E07\u7F8E\u5143\u7B97\uFF0C\u7F3A\u53E3\u4EF7\u503C\u591A\u5C11\uFF1F\u201D",
  "notFound.title": "The article does not say",
  "notFound.general": "The article does not answer that. It covers who needs H100s and how many, who has them, which cloud AI companies use, who makes them, H100 vs A100, and the shortage. Try /topics.",
  "notFound.missing": "The article does not say anything about \u201C{missing}\u201D here, so I won\u2019t guess. Try /topics for what it covers.",
  "suggest.didYouMean": "Did you mean {names}?",
  "suggest.coveredInstead": "The article covers instead: {names}.",
  "error.title": "Check your input",
  "reply.defaultTitle": "H100 supply and demand",
  "reply.calculation": "Calculation",
  "reply.calculationCont": "Calculation (cont.)",
  "reply.facts": "What the article says",
  "reply.caveats": "Caveats",
  "reply.suggestions": "Other questions",
  "reply.articleSays": "The article says",
  "reply.translation": "translation",
  "reply.more": "\u2026 {count} more under Details.",
  "reply.details": "Details",
  "reply.detailsTitle": "Details: {title}",
  "reply.showQuote": "Show quote",
  "reply.quotesTitle": "The article\u2019s words: {title}",
  "reply.noQuotes": "This answer quotes nothing from the article.",
  "notice.slowDown": "Slow down a little: try again in {seconds} s.",
  "notice.apology": "Sorry, something went wrong while answering. Please try again.",
  "chart.demandSubtitle": "H100s each company or cloud may want",
  "chart.askedAbout": "Asked about: {name}",
  "chart.swingSomeSay": "{name} at {amount}, the figure \u201Csome say\u201D",
  "chart.swingMain": "{name} at {amount}, its main figure",
  "chart.total": "Total: {amount} H100s",
  "chart.totalArticle": "Total: {amount} H100s, the article\u2019s \u201Cabout {amount}\u201D",
  "chart.totalAtPrice": "Total: {amount} H100s \xD7 {price} = {value}",
  "chart.captionSomeSay": "{name} is counted at {now}, the figure \u201Csome say\u201D; at its main figure of {other} the total is {alt}.",
  "chart.captionMain": "{name} is counted at its main figure of {now}; some say {other}, which makes the total {alt}.",
  "chart.captionMainArticle": "{name} is counted at its main figure of {now}; some say {other}, which makes the total {alt}, the article\u2019s figure.",
  "chart.captionValues": "At {price} each: {now} H100s are worth {nowValue}; {alt} H100s, {altValue}.",
  "chart.overlap": "Clouds\u2019 and their customers\u2019 figures overlap (OpenAI gets its GPUs via Azure), so the sum can count some GPUs twice.",
  "chart.variant": "{name} (some say)",
  "chart.variantMain": "{name} (main figure)",
  "chart.holdingsSubtitle": "A100 and H100 are different GPUs, so their counts are never added",
  "chart.holdingsCaption": "Rough, second-hand estimates, often hedged (\u201Cmaybe\u201D, \u201Cabout\u201D, booked rather than in stock): the article\u2019s least reliable figures.",
  "chart.rangeLegend": "Range: solid to the low figure, hatched to the high",
  "chart.training": "{name} (training)",
  "chart.booked": "{name} (booked)",
  "chart.like": "{name} (like {like})",
  "compare.lineReverse": "For 16-bit {work}, {a100s} A100s do the work of about {h100s} H100s ({a100s} \xF7 {factor}).",
  "answer.unused": " (I did not use {amounts} from your question: the article's figures above answer it.)",
  "answer.quoted": "\u201C{text}\u201D",
  "answer.asOf": "{asOf}: {fact}",
  "missing.demand": "how many {gpu}s {name} wants",
  "missing.holdingsOf": "how many {gpu}s {name} has",
  "missing.holdings": "how many GPUs {name} has",
  "missing.cloud": "which cloud {name} uses",
  "missing.users": "who uses {name}",
  "missing.count": "how many {name}s anyone wants or has",
  "missing.price": "the price of {name}",
  "cloudTally.summary": "Per the article's list, {top} is named for the most companies: {order}.",
  "cloudTally.item": "{cloud} {count} ({names})",
  "op.vs": "{a} vs {b}",
  "op.factors": "The inference speed-up ({big}) is {diff} more than the training speed-up ({small}), {times} as large.",
  "op.amounts": "{big} is {diff} more {gpu}s than {small}, {times} as many.",
  "op.moreRangeHoldings": "{big} ({bigCount}) has {diff} more {gpu}s than {small} ({smallCount}).",
  "op.moreRangeDemand": "{big} ({bigCount}) may want {diff} more {gpu}s than {small} ({smallCount}).",
  "op.level": "{a} and {b} are level: the same {count} {gpu}s each.",
  "op.moreDemand": "{big} ({bigCount}) may want {diff} more {gpu}s than {small} ({smallCount}), about {times} times as many.",
  "op.moreHoldings": "{big} ({bigCount}) has {diff} more {gpu}s than {small} ({smallCount}), about {times} times as many.",
  "op.rankTitleDemand": "Ranked by H100s wanted",
  "op.rankTitleHoldings": "Ranked by GPUs held",
  "op.differenceValue": "At {price} each, the difference is worth {value}.",
  "op.rank": "Per the article, {top} comes first. {order}.",
  "op.rankGroup": "Per the article, {top} come first. {order}.",
  "op.rankTie": "Per the article, {top} are level at the top, {count} each. {order}.",
  "op.rankLead": "{top} is {diff} ahead of {second}.",
  "op.rankSep": "; ",
  "op.shareTitle": "{who}: share of the total",
  "op.share": "{who}: {part} H100s, {pct} of the article's {whole}.",
  "op.shareOf": "{a}'s {part} {gpu}s are {pct} of {b}'s {whole}.",
  "op.shareOfMain": "{who}: {part} H100s, {pct} of {whole}, \xA702's line items with Meta at its main figure.",
  "op.whatIfItem": "{name} would want {now} H100s, as the article says.",
  "op.whatIfItemMore": "{name} would want {now} H100s, {diff} more than the article's {was}.",
  "op.whatIfItemFewer": "{name} would want {now} H100s, {diff} fewer than the article's {was}.",
  "op.whatIfItemValue": " At {price} each, that is {value}.",
  "op.gapTotal": "\xA702's total",
  "op.gapTimes": "The headline shortage of {gap} H100s is {times} {other}'s {count} {gpu}s, {diff} more.",
  "op.gapMore": "The headline shortage of {gap} H100s is {diff} more than {other} of {count}.",
  "op.gapFewer": "The headline shortage of {gap} H100s is {diff} fewer than {other} of {count}.",
  "op.gapFilledTotal": "If {supplied} H100s were delivered, {left} of the {gap} in \xA702\u2019s demand total would remain (the headline calls the conservative gap about {headline}).",
  "op.gapFilledTotalFor": "If {name} got its {supplied} H100s, {left} of the {gap} in \xA702\u2019s demand total would remain (the headline calls the conservative gap about {headline}).",
  "op.gapFilled": "If {supplied} H100s were delivered, {left} of the headline shortage of {gap} would remain.",
  "op.gapFilledFor": "If {name} got its {supplied} H100s, {left} of the headline shortage of {gap} would remain.",
  "op.shortfall": "With {had} H100s ({pct} of the {wanted} it may want), {name} would be {left} short.",
  "op.shortfallValue": " At {price} each, the missing ones come to {value}.",
  "op.cards": "{big} is {diff} cards more than {small}.",
  "op.cardsCount": "{count} {gpu}s",
  "op.cardsOf": "{name} ({counted})",
  "duration.milliseconds": "milliseconds",
  "duration.seconds": "seconds",
  "duration.minutes": "minutes",
  "duration.hours": "hours",
  "duration.days": "days",
  "duration.weeks": "weeks",
  "duration.months": "months",
  "op.exchange": "At {rate} yuan to the dollar, {usd} is {yuan}.",
  "op.rest": "Everyone else in \xA702\u2019s {whole} comes to {rest}.",
  "op.whatIfShare": "{name} would then be {pct} of that total.",
  "op.whatIfValueLess": "That is {diff} less than the {was} the article\u2019s total comes to at that price.",
  "op.whatIfCountLess": "That is {diff} fewer than the article\u2019s {was}.",
  "op.whatIfCountMore": "That is {diff} more than the article\u2019s {was}.",
  "op.whatIfCountSame": "That is the same as the article\u2019s {was}.",
  "op.whatIfAt": "{name} at {count}",
  "op.whatIfCountLessFrom": "That is {diff} fewer than the {was} with {changes}.",
  "op.whatIfCountMoreFrom": "That is {diff} more than the {was} with {changes}.",
  "op.whatIfValueMore": "That is {diff} more than the {was} the article\u2019s total comes to at that price.",
  "op.average": " On average that is {mean} each, over {over}.",
  "op.whatIfTitle": "What if",
  "op.whatIfAdd": "{name} added at {now}",
  "op.whatIfChange": "{name} at {now} (the article's total counts {was})",
  "op.whatIf": "With {changes}, \xA702's line items add up to {total} H100s; at {price} each that is {value}.",
  "notice.firstPart": "Your text was long, so I answered from its first {max} characters.",
  "notice.unreadable": "Sorry, I could not read that request. Please try again.",
  "notice.feedbackThanks": "Thanks: your vote was recorded, without your name, for the people who keep the facts.",
  "reply.helpful": "Helpful",
  "reply.notHelpful": "Not helpful",
  "op.fewerDemand": "{small} ({smallCount}) may want {diff} fewer {gpu}s than {big} ({bigCount}), who wants about {times} times as many.",
  "op.fewerHoldings": "{small} ({smallCount}) has {diff} fewer {gpu}s than {big} ({bigCount}), who has about {times} times as many.",
  "compare.durationToH100": "For 16-bit {work}, a job of {time} {unit} on A100s would take about {result} {unit} on H100s ({time} \xF7 {factor}), if it scales with the article's speed-up.",
  "compare.durationToA100": "For 16-bit {work}, a job of {time} {unit} on H100s would take about {result} {unit} on A100s ({time} \xD7 {factor}), if it scales with the article's speed-up.",
  "reply.moreBelow": "\u2026 {count} more below."
};

// src/i18n/catalogs/zhHans.ts
var zhHans = {
  "lang.button": "\u7B80\u4F53\u4E2D\u6587",
  "verdict.yes": "\u662F\u7684",
  "verdict.no": "\u4E0D\u662F",
  "verdict.opener": "{verdict}\u3002{answer}",
  "step.labelled": "{number} ({name})",
  "punct.colon": "\uFF1A",
  "list.sep": "\u3001",
  "source.line": "\u6765\u6E90\uFF1A{author}\u300A{title}\u300B\uFF08{url}\uFF09\uFF0C\u7ECF{via}",
  "source.name": "{author}\u300A{title}\u300B",
  "topic.gpu-choice": "\u4EBA\u4EEC\u9700\u8981\u54EA\u4E9B GPU",
  "topic.gap": "H100 \u7F3A\u53E3",
  "topic.who-needs": "\u8C01\u9700\u8981 H100",
  "topic.demand": "H100 \u9700\u6C42",
  "topic.demand-total": "H100 \u603B\u9700\u6C42",
  "topic.price": "H100 \u7684\u4EF7\u683C",
  "topic.not-counted": "\u603B\u6570\u672A\u8BA1\u5165\u7684\u9700\u6C42",
  "topic.holdings": "\u5DF2\u6709\u591A\u5C11 GPU",
  "topic.supply": "\u4F9B\u5E94\u74F6\u9888",
  "topic.foundry": "\u8C01\u5236\u9020 H100",
  "topic.training-factors": "\u8BAD\u7EC3\u770B\u91CD\u4EC0\u4E48",
  "topic.performance": "H100 \u5BF9\u6BD4 A100",
  "topic.why-not-amd": "\u4E3A\u5565\u4E0D\u4E70 AMD\uFF1F",
  "topic.cloud-usage": "AI \u516C\u53F8\u7528\u54EA\u5BB6\u4E91",
  "topic.source": "\u6765\u6E90",
  "answer.perArticle": "\u636E\u6587\u7AE0\uFF1A",
  "cloudUsers.title": "\u8C01\u5728\u7528{cloud}",
  "cloudUsers.yes": "\u662F\u7684\uFF1A\u6587\u7AE0\u5217\u51FA{who}\u4F7F\u7528{cloud}\u3002",
  "cloudUsers.no": "\u6587\u7AE0\u6CA1\u6709\u8BF4{who}\u4F7F\u7528{cloud}\uFF1B\u5B83\u5217\u51FA\u7684\u662F{names}\u3002",
  "cloudUsers.countOne": "{count}\u5BB6",
  "cloudUsers.count": "{count}\u5BB6",
  "cloudUsers.list": "\u636E\u6587\u7AE0\uFF0C\u4F7F\u7528{cloud}\u7684\u6709 {count}\uFF1A{names}\u3002",
  "cloudOf.title": "{company}\u7528\u54EA\u5BB6\u4E91",
  "cloudOf.yes": "\u662F\u7684\uFF1A\u636E\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\u3002",
  "cloudOf.notOnly": "\u4E0D\u662F\uFF1A\u636E\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\uFF0C\u4E0D\u53EA{cloud}\u3002",
  "cloudOf.no": "\u6587\u7AE0\u5E76\u672A\u8FD9\u6837\u8BF4\uFF1A\u5B83\u5217\u51FA{company}\u4F7F\u7528{names}\uFF0C\u800C\u4E0D\u662F{cloud}\u3002",
  "cloudOf.list": "\u636E\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\u3002",
  "gap.meta25k": "Meta \u6309 2.5\u4E07\u5F20\u8BA1",
  "gap.meta100k": "Meta \u6309 10\u4E07\u5F20\u8BA1\uFF0C\u4E0E\u6587\u7AE0\u7684 43.2\u4E07\u4E00\u81F4",
  "gap.summary": "\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\xA702 \u5404\u9879\u9700\u6C42\uFF08\u5408\u8BA1{total}\u5F20 H100\uFF0C{scenario}\uFF09\u4EF7\u503C{value}\u3002",
  "gap.headline": "\u6807\u9898\u79F0\u4FDD\u5B88\u4F30\u8BA1\u4F9B\u7ED9\u7F3A\u53E3\u7EA6 {gap}\u5F20\u3002",
  "gap.headlineValue": "\u6807\u9898\u79F0\u4FDD\u5B88\u4F30\u8BA1\u4F9B\u7ED9\u7F3A\u53E3\u7EA6 {gap}\u5F20\uFF1B\u6309\u540C\u4E00\u5355\u4EF7\uFF0C\u8FD9\u4E48\u591A\u5F20\u4EF7\u503C{gapValue}\u3002",
  "gap.lead": "\u6807\u9898\u79F0\u4FDD\u5B88\u4F30\u8BA1 H100 \u4F9B\u7ED9\u7F3A\u53E3\u7EA6 {gap}\u5F20\uFF1B\xA702 \u5404\u9879\u9700\u6C42\u5408\u8BA1{total}\u5F20\uFF08{scenario}\uFF09\u3002\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u7F3A\u53E3\u4EF7\u503C{gapValue}\uFF0C\u5404\u9879\u9700\u6C42\u4EF7\u503C{value}\u3002",
  "cost.budget.title": "{budget}\u80FD\u4E70\u591A\u5C11\u5F20{gpu}",
  "cost.budget.summary": "\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C{budget}\u80FD\u4E70{count}\u5F20{gpu}\uFF08\u5411\u4E0B\u53D6\u6574\uFF09\u3002",
  "cost.range.summary": "{company}\u7684{low}\u2013{high}\u5F20 H100\uFF0C\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5171{lowValue}\u2013{highValue}\u3002",
  "cost.rangeCount": "{low}\u2013{high}",
  "cost.countRange.summary": "{low}\u2013{high}\u5F20{gpu}\uFF0C\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5171{lowValue}\u2013{highValue}\u3002",
  "cost.count.title": "{count}\u5F20{gpu}\u503C\u591A\u5C11\u94B1",
  "cost.count.summary": "{count}\u5F20{gpu}\uFF0C\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5171{value}\u3002",
  "cost.single.title": "\u4E00\u5F20 {gpu} \u503C\u591A\u5C11\u94B1",
  "cost.single.summary": "\u4E00\u5F20 {gpu}\uFF0C\u6309{price}\u8BA1\u7B97\uFF0C\u503C{value}\u3002",
  "cost.several.title": "{names}\u7684 H100 \u503C\u591A\u5C11\u94B1",
  "cost.several.summary": "{names}\u5408\u8BA1\u53EF\u80FD\u9700\u8981{count}\u5F20 H100\uFF0C\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5171{value}\u3002",
  "cost.several.eachAlike": "\u6BCF\u5BB6{count}\u5F20\uFF0C\u503C{value}\u3002",
  "cost.several.eachList": "\u5206\u522B\u662F\uFF1A{items}\u3002",
  "cost.several.eachItem": "{name} {count}\u5F20\uFF0C{value}",
  "cost.saving.title": "{count}\u5F20 H100\uFF1A{high} \u5BF9\u6BD4 {low}",
  "cost.saving.summary": "{count}\u5F20 H100 \u6309\u6BCF\u5F20 {high} \u8BA1\u4E3A {highValue}\uFF0C\u6309\u6BCF\u5F20 {low} \u8BA1\u4E3A {lowValue}\uFF1A\u4F4E\u4EF7\u53EF\u7701 {diff}\u3002",
  "cost.one.title": "{company}\u7684 H100 \u503C\u591A\u5C11\u94B1",
  "cost.one.summary": "{company}\u7684{count}\u5F20 H100\uFF0C\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5171{value}\u3002",
  "compare.short": "\u8DDD {target}\u5F20\u8FD8\u5DEE {diff}\u5F20\u3002",
  "compare.training": "\u8BAD\u7EC3",
  "compare.inference": "\u63A8\u7406",
  "compare.line": "16-bit {work}\uFF1A{h100s}\u5F20 H100 \u7EA6\u76F8\u5F53\u4E8E{a100s}\u5F20 A100\uFF08{factor}\uFF09\u3002",
  "demand.title": "{company}\u7684 H100 \u9700\u6C42",
  "demand.several.title": "{names}\u7684 H100 \u9700\u6C42",
  "demand.severalChanged.summary": "\u6309\u6240\u95EE\u7684\u6539\u52A8\uFF0C{names}\u5408\u8BA1\u9700\u8981{total}\u5F20 H100\u3002",
  "demand.severalBoth.summary": "\u636E\u7B2C02\u8282\uFF0C{names}\u5408\u8BA1\u53EF\u80FD\u9700\u8981{low}\u5F20 H100\uFF08{one}\u6309{oneLow}\u5F20\u8BA1\uFF09\uFF0C{one}\u6309{oneHigh}\u5F20\u8BA1\u5219\u4E3A{high}\u5F20\u3002",
  "demand.several.summary": "\u636E\u7B2C02\u8282\uFF0C{names}\u5408\u8BA1\u53EF\u80FD\u9700\u8981{total}\u5F20 H100\u3002",
  "holdings.title": "{company}\u7684 GPU",
  "holdings.all": "\u636E\u6587\u7AE0\u7B2C03\u90E8\u5206\uFF1A",
  "holdings.sum": "\u636E\u7B2C03\u8282\uFF0C{who} \u5408\u8BA1\u7EA6\u6709 {count}\u5F20 {gpu}\u3002",
  "arithmetic.title": "\u4F60\u7684\u7B97\u5F0F",
  "arithmetic.holds": "\u7B97\u51FA\u6765\u662F {result}\u3002",
  "arithmetic.off": "\u7B97\u51FA\u6765\u662F {result}\uFF0C\u4E0D\u662F {claimed}\u3002",
  "overview.summary": "\u6587\u7AE0\u5173\u4E8E{subject}\u7684\u5185\u5BB9\uFF1A",
  "membership.in": "\u662F\uFF1A{entity} \u5C5E\u4E8E{group}\uFF1A{members}\u3002",
  "membership.out": "\u4E0D\u662F\uFF1A{entity} \u4E0D\u5C5E\u4E8E{group}\uFF08{members}\uFF09\u3002",
  "help.title": "\u6211\u80FD\u56DE\u7B54\u4EC0\u4E48",
  "help.summary": "\u6211\u53EA\u4F9D\u636E\u4E00\u7BC7\u6587\u7AE0\u4F5C\u7B54\uFF1A{source}\uFF08{asOf}\uFF09\uFF1A\u8C01\u9700\u8981 H100\u3001\u8981\u591A\u5C11\u3001\u5DF2\u6709\u591A\u5C11\u3001\u5404 AI \u516C\u53F8\u7528\u54EA\u5BB6\u4E91\u3001\u8C01\u5236\u9020\u3001H100 \u4E0E A100 \u5BF9\u6BD4\u3001\u7F3A\u53E3\u6709\u591A\u5927\u53CA\u4EF7\u503C\u591A\u5C11\u3002\u8BD5\u8BD5\uFF1A/who-uses azure \xB7 /cloud company:openai \xB7 /gap price:30000 \xB7 /demand company:meta \xB7 /holdings company:tesla \xB7\u300COpenAI \u7528\u7684\u662F\u54EA\u5BB6\u4E91\uFF1F\u300D\xB7\u300C\u6309\u6BCF\u5F203\u4E07\u7F8E\u5143\u7B97\uFF0C\u7F3A\u53E3\u4EF7\u503C\u591A\u5C11\uFF1F\u300D",
  "notFound.title": "\u6587\u7AE0\u6CA1\u6709\u63D0\u5230",
  "notFound.general": "\u6587\u7AE0\u6CA1\u6709\u56DE\u7B54\u8FD9\u4E2A\u95EE\u9898\u3002\u5B83\u6D89\u53CA\uFF1A\u8C01\u9700\u8981 H100\u3001\u8981\u591A\u5C11\u3001\u5DF2\u6709\u591A\u5C11\u3001AI \u516C\u53F8\u7528\u54EA\u5BB6\u4E91\u3001\u8C01\u5236\u9020\u3001H100 \u5BF9\u6BD4 A100 \u4EE5\u53CA\u7F3A\u53E3\u3002\u53EF\u4EE5\u8BD5\u8BD5 /topics\u3002",
  "notFound.missing": "\u6587\u7AE0\u6CA1\u6709\u63D0\u5230\u300C{missing}\u300D\u7684\u76F8\u5173\u5185\u5BB9\uFF0C\u6211\u4E0D\u4F5C\u731C\u6D4B\u3002\u53EF\u7528 /topics \u67E5\u770B\u6587\u7AE0\u6DB5\u76D6\u7684\u5185\u5BB9\u3002",
  "suggest.didYouMean": "\u4F60\u662F\u4E0D\u662F\u60F3\u95EE{names}\uFF1F",
  "suggest.coveredInstead": "\u6587\u7AE0\u6D89\u53CA\u7684\u662F\uFF1A{names}\u3002",
  "error.title": "\u8BF7\u68C0\u67E5\u8F93\u5165",
  "reply.defaultTitle": "H100 \u4F9B\u9700",
  "reply.calculation": "\u8BA1\u7B97",
  "reply.calculationCont": "\u8BA1\u7B97\uFF08\u7EED\uFF09",
  "reply.facts": "\u6587\u7AE0\u7684\u8BF4\u6CD5",
  "reply.caveats": "\u6CE8\u610F",
  "reply.suggestions": "\u5176\u4ED6\u95EE\u6CD5",
  "reply.articleSays": "\u539F\u6587",
  "reply.translation": "\u8BD1\u6587",
  "reply.more": "\u2026\u2026\u53E6\u6709{count}\u6761\uFF0C\u89C1\u201C\u8BE6\u60C5\u201D\u3002",
  "reply.details": "\u8BE6\u60C5",
  "reply.detailsTitle": "\u8BE6\u60C5\uFF1A{title}",
  "reply.showQuote": "\u67E5\u770B\u539F\u6587",
  "reply.quotesTitle": "\u539F\u6587\uFF1A{title}",
  "reply.noQuotes": "\u8FD9\u6761\u56DE\u7B54\u6CA1\u6709\u5F15\u7528\u539F\u6587\u3002",
  "notice.slowDown": "\u8BF7\u6162\u4E00\u70B9\uFF1A{seconds}\u79D2\u540E\u518D\u8BD5\u3002",
  "notice.apology": "\u62B1\u6B49\uFF0C\u56DE\u7B54\u65F6\u51FA\u4E86\u70B9\u95EE\u9898\uFF0C\u8BF7\u518D\u8BD5\u4E00\u6B21\u3002",
  "chart.demandSubtitle": "\u5404\u516C\u53F8\u4E0E\u4E91\u5382\u5546\u53EF\u80FD\u9700\u8981\u7684 H100 \u6570\u91CF",
  "chart.askedAbout": "\u6240\u95EE\uFF1A{name}",
  "chart.swingSomeSay": "{name}\u6309\u201C\u4E5F\u6709\u4EBA\u8BF4\u201D\u7684{amount}\u5F20\u8BA1",
  "chart.swingMain": "{name}\u6309\u5176\u4E3B\u8981\u6570\u5B57{amount}\u5F20\u8BA1",
  "chart.total": "\u5408\u8BA1\uFF1A{amount}\u5F20 H100",
  "chart.totalArticle": "\u5408\u8BA1\uFF1A{amount}\u5F20 H100\uFF0C\u5373\u6587\u4E2D\u7684\u201C\u7EA6{amount}\u5F20\u201D",
  "chart.totalAtPrice": "\u5408\u8BA1\uFF1A{amount}\u5F20 H100 \xD7 {price} = {value}",
  "chart.captionSomeSay": "{name}\u6309\u201C\u4E5F\u6709\u4EBA\u8BF4\u201D\u7684{now}\u5F20\u8BA1\uFF1B\u6309\u5176\u4E3B\u8981\u6570\u5B57{other}\u5F20\u8BA1\uFF0C\u5408\u8BA1\u4E3A{alt}\u5F20\u3002",
  "chart.captionMain": "{name}\u6309\u5176\u4E3B\u8981\u6570\u5B57{now}\u5F20\u8BA1\uFF1B\u4E5F\u6709\u4EBA\u8BF4{other}\u5F20\uFF0C\u90A3\u6837\u5408\u8BA1\u4E3A{alt}\u5F20\u3002",
  "chart.captionMainArticle": "{name}\u6309\u5176\u4E3B\u8981\u6570\u5B57{now}\u5F20\u8BA1\uFF1B\u4E5F\u6709\u4EBA\u8BF4{other}\u5F20\uFF0C\u90A3\u6837\u5408\u8BA1\u4E3A{alt}\u5F20\uFF0C\u5373\u6587\u4E2D\u7684\u6570\u5B57\u3002",
  "chart.captionValues": "\u6309\u6BCF\u5F20{price}\uFF1A{now}\u5F20 H100 \u4EF7\u503C{nowValue}\uFF1B{alt}\u5F20\u5219\u4E3A{altValue}\u3002",
  "chart.overlap": "\u4E91\u5382\u5546\u4E0E\u5176\u5BA2\u6237\u7684\u6570\u5B57\u6709\u91CD\u53E0\uFF08OpenAI \u901A\u8FC7 Azure \u83B7\u5F97 GPU\uFF09\uFF0C\u5408\u8BA1\u53EF\u80FD\u628A\u540C\u4E00\u6279 GPU \u7B97\u4E24\u6B21\u3002",
  "chart.variant": "{name}\uFF08\u4E5F\u6709\u4EBA\u8BF4\uFF09",
  "chart.variantMain": "{name}\uFF08\u4E3B\u8981\u6570\u5B57\uFF09",
  "chart.holdingsSubtitle": "A100 \u4E0E H100 \u662F\u4E0D\u540C\u7684 GPU\uFF0C\u6570\u91CF\u4ECE\u4E0D\u76F8\u52A0",
  "chart.holdingsCaption": "\u7C97\u7565\u7684\u4E8C\u624B\u4F30\u8BA1\uFF0C\u5E38\u5E26\u201C\u53EF\u80FD\u201D\u201C\u7EA6\u201D\u201C\u9884\u5B9A\u800C\u975E\u73B0\u8D27\u201D\u7B49\u9650\u5B9A\uFF0C\u662F\u6587\u7AE0\u4E2D\u6700\u4E0D\u53EF\u9760\u7684\u6570\u5B57\u3002",
  "chart.rangeLegend": "\u659C\u7EB9\uFF1A\u533A\u95F4\uFF08\u5B9E\u5FC3\u81F3\u4F4E\u503C\uFF0C\u659C\u7EB9\u81F3\u9AD8\u503C\uFF09",
  "chart.training": "{name}\uFF08\u8BAD\u7EC3\uFF09",
  "chart.booked": "{name}\uFF08\u9884\u5B9A\uFF09",
  "chart.like": "{name}\uFF08\u4E0E{like}\u7C7B\u4F3C\uFF09",
  "compare.lineReverse": "16-bit {work}\uFF1A{a100s}\u5F20 A100 \u7EA6\u76F8\u5F53\u4E8E{h100s}\u5F20 H100\uFF08{a100s} \xF7 {factor}\uFF09\u3002",
  "answer.unused": "\uFF08\u95EE\u9898\u4E2D\u7684 {amounts} \u672A\u7528\u4E8E\u8BA1\u7B97\uFF1A\u4E0A\u9762\u7684\u6587\u7AE0\u6570\u636E\u5DF2\u56DE\u7B54\u3002\uFF09",
  "answer.quoted": "\u300C{text}\u300D",
  "answer.asOf": "{asOf}\uFF1A{fact}",
  "missing.demand": "{name} \u8981\u591A\u5C11\u5F20 {gpu}",
  "missing.holdingsOf": "{name} \u6709\u591A\u5C11\u5F20 {gpu}",
  "missing.holdings": "{name} \u6709\u591A\u5C11 GPU",
  "missing.cloud": "{name} \u7528\u54EA\u5BB6\u4E91",
  "missing.users": "\u8C01\u5728\u7528 {name}",
  "missing.count": "{name} \u7684\u6570\u91CF",
  "missing.price": "{name} \u7684\u4EF7\u683C",
  "cloudTally.summary": "\u636E\u6587\u7AE0\u7684\u5217\u8868\uFF0C\u7528 {top} \u7684\u516C\u53F8\u6700\u591A\uFF1A{order}\u3002",
  "cloudTally.item": "{cloud} {count}\u5BB6\uFF08{names}\uFF09",
  "op.vs": "{a} \u5BF9\u6BD4 {b}",
  "op.factors": "\u63A8\u7406\u63D0\u901F\uFF08{big}\uFF09\u6BD4\u8BAD\u7EC3\u63D0\u901F\uFF08{small}\uFF09\u9AD8 {diff}\uFF0C\u7EA6\u4E3A\u5176 {times}\u3002",
  "op.amounts": "{big}\u5F20\u6BD4 {small}\u5F20\u591A {diff}\u5F20 {gpu}\uFF0C\u7EA6\u4E3A\u5176 {times}\u3002",
  "op.moreRangeHoldings": "{big}\uFF08{bigCount}\u5F20\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F20\uFF09\u591A {diff}\u5F20 {gpu}\u3002",
  "op.moreRangeDemand": "{big}\uFF08{bigCount}\u5F20\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F20\uFF09\u591A\u8981 {diff}\u5F20 {gpu}\u3002",
  "op.level": "{a} \u4E0E {b} \u4E00\u6837\u591A\uFF08\u6301\u5E73\uFF09\uFF1A\u5404 {count}\u5F20 {gpu}\u3002",
  "op.moreDemand": "{big}\uFF08{bigCount}\u5F20\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F20\uFF09\u591A\u8981 {diff}\u5F20 {gpu}\uFF0C\u7EA6\u4E3A\u5176 {times}\u3002",
  "op.moreHoldings": "{big}\uFF08{bigCount}\u5F20\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F20\uFF09\u591A {diff}\u5F20 {gpu}\uFF0C\u7EA6\u4E3A\u5176 {times}\u3002",
  "op.rankTitleDemand": "\u6309 H100 \u9700\u6C42\u6392\u5E8F",
  "op.rankTitleHoldings": "\u6309\u6301\u6709\u91CF\u6392\u5E8F",
  "op.differenceValue": "\u6309\u6BCF\u5F20{price}\u8BA1\u7B97\uFF0C\u5DEE\u989D\u4EF7\u503C{value}\u3002",
  "op.rank": "\u636E\u6587\u7AE0\uFF0C{top} \u6392\u7B2C\u4E00\u3002{order}\u3002",
  "op.rankGroup": "\u636E\u6587\u7AE0\uFF0C{top} \u6392\u7B2C\u4E00\u3002{order}\u3002",
  "op.rankTie": "\u636E\u6587\u7AE0\uFF0C{top} \u5E76\u5217\u7B2C\u4E00\uFF0C\u5404 {count}\u3002{order}\u3002",
  "op.rankLead": "{top} \u6BD4\u7B2C\u4E8C\u540D {second} \u591A {diff}\u3002",
  "op.rankSep": "\uFF1B",
  "op.shareTitle": "{who} \u5360\u603B\u9700\u6C42\u7684\u6BD4\u4F8B",
  "op.share": "{who}\uFF1A{part}\u5F20 H100\uFF0C\u5360\u6587\u7AE0 {whole}\u5F20 \u7684 {pct}\u3002",
  "op.shareOf": "{a} \u7684 {part}\u5F20 {gpu} \u662F {b} \u7684 {whole}\u5F20 \u7684 {pct}\u3002",
  "op.shareOfMain": "{who}\uFF1A{part}\u5F20 H100\uFF0C\u5360\u7B2C02\u8282\u5404\u9879\u6309 Meta \u4E3B\u8981\u6570\u5B57\u8BA1\u7684\u5408\u8BA1 {whole}\u5F20 \u7684 {pct}\u3002",
  "op.whatIfItem": "{name}\u5C06\u8981 {now}\u5F20 H100\uFF0C\u4E0E\u6587\u7AE0\u76F8\u540C\u3002",
  "op.whatIfItemMore": "{name}\u5C06\u8981 {now}\u5F20 H100\uFF0C\u6BD4\u6587\u7AE0\u7684 {was}\u5F20\u591A {diff}\u5F20\u3002",
  "op.whatIfItemFewer": "{name}\u5C06\u8981 {now}\u5F20 H100\uFF0C\u6BD4\u6587\u7AE0\u7684 {was}\u5F20\u5C11 {diff}\u5F20\u3002",
  "op.whatIfItemValue": "\u6309\u6BCF\u5F20 {price}\u8BA1\u7B97\uFF0C\u4EF7\u503C {value}\u3002",
  "op.gapTotal": "\xA702 \u7684\u603B\u9700\u6C42",
  "op.gapTimes": "\u6807\u9898\u6240\u8BF4\u7684\u7F3A\u53E3 {gap}\u5F20 H100 \u662F{other}\uFF08{count}\u5F20 {gpu}\uFF09\u7684 {times}\uFF0C\u591A {diff}\u5F20\u3002",
  "op.gapMore": "\u6807\u9898\u6240\u8BF4\u7684\u7F3A\u53E3 {gap}\u5F20 H100 \u6BD4{other}\uFF08{count}\u5F20\uFF09\u591A {diff}\u5F20\u3002",
  "op.gapFewer": "\u6807\u9898\u6240\u8BF4\u7684\u7F3A\u53E3 {gap}\u5F20 H100 \u6BD4{other}\uFF08{count}\u5F20\uFF09\u5C11 {diff}\u5F20\u3002",
  "op.gapFilledTotal": "\u82E5\u5230\u8D27 {supplied}\u5F20 H100\uFF0C\xA702 \u9700\u6C42\u5408\u8BA1 {gap}\u5F20\u8FD8\u5269 {left}\u5F20\uFF08\u6807\u9898\u79F0\u4FDD\u5B88\u4F30\u8BA1\u7F3A\u53E3\u7EA6 {headline}\u5F20\uFF09\u3002",
  "op.gapFilledTotalFor": "\u82E5{name}\u62FF\u5230\u5B83\u7684 {supplied}\u5F20 H100\uFF0C\xA702 \u9700\u6C42\u5408\u8BA1 {gap}\u5F20\u8FD8\u5269 {left}\u5F20\uFF08\u6807\u9898\u79F0\u4FDD\u5B88\u4F30\u8BA1\u7F3A\u53E3\u7EA6 {headline}\u5F20\uFF09\u3002",
  "op.gapFilled": "\u82E5\u4EA4\u4ED8 {supplied}\u5F20 H100\uFF0C\u6807\u9898\u6240\u8BF4\u7684 {gap}\u5F20\u7F3A\u53E3\u8FD8\u5269 {left}\u5F20\u3002",
  "op.gapFilledFor": "\u82E5{name}\u62FF\u5230\u5B83\u8981\u7684 {supplied}\u5F20 H100\uFF0C\u6807\u9898\u6240\u8BF4\u7684 {gap}\u5F20\u7F3A\u53E3\u8FD8\u5269 {left}\u5F20\u3002",
  "op.shortfall": "{name}\u82E5\u6709 {had}\u5F20 H100\uFF08\u662F\u5B83\u53EF\u80FD\u9700\u8981\u7684 {wanted}\u5F20\u7684 {pct}\uFF09\uFF0C\u8FD8\u5DEE {left}\u5F20\u3002",
  "op.shortfallValue": "\u6309\u6BCF\u5F20 {price}\u8BA1\u7B97\uFF0C\u7F3A\u7684\u8FD9\u4E9B\u4EF7\u503C {value}\u3002",
  "op.cards": "{big}\u6BD4{small}\u591A {diff}\u5F20\u5361\u3002",
  "op.cardsCount": "{count}\u5F20 {gpu}",
  "op.cardsOf": "{name}\uFF08{counted}\uFF09",
  "duration.milliseconds": "\u6BEB\u79D2",
  "duration.seconds": "\u79D2",
  "duration.minutes": "\u5206\u949F",
  "duration.hours": "\u5C0F\u65F6",
  "duration.days": "\u5929",
  "duration.weeks": "\u5468",
  "duration.months": "\u4E2A\u6708",
  "op.exchange": "\u6309 1 \u7F8E\u5143\u5151 {rate} \u5143\u4EBA\u6C11\u5E01\u8BA1\u7B97\uFF0C{usd}\u76F8\u5F53\u4E8E {yuan}\u3002",
  "op.rest": "\xA702 \u7684 {whole}\u5F20\u4E2D\uFF0C\u5176\u4F59\u5404\u65B9\u5408\u8BA1 {rest}\u5F20\u3002",
  "op.whatIfShare": "{name} \u5360\u8FD9\u4E2A\u5408\u8BA1\u7684 {pct}\u3002",
  "op.whatIfValueLess": "\u6BD4\u6587\u7AE0\u5408\u8BA1\u6309\u540C\u4E00\u5355\u4EF7\u7684 {was} \u5C11 {diff}\u3002",
  "op.whatIfCountLess": "\u6BD4\u6587\u7AE0\u7684\u5408\u8BA1 {was}\u5F20\u5C11 {diff}\u5F20\u3002",
  "op.whatIfCountMore": "\u6BD4\u6587\u7AE0\u7684\u5408\u8BA1 {was}\u5F20\u591A {diff}\u5F20\u3002",
  "op.whatIfCountSame": "\u4E0E\u6587\u7AE0\u7684\u5408\u8BA1 {was}\u5F20\u76F8\u540C\u3002",
  "op.whatIfAt": "{name}\u6309 {count}\u5F20\u8BA1",
  "op.whatIfCountLessFrom": "\u6BD4{changes}\u65F6\u7684\u5408\u8BA1 {was}\u5F20\u5C11 {diff}\u5F20\u3002",
  "op.whatIfCountMoreFrom": "\u6BD4{changes}\u65F6\u7684\u5408\u8BA1 {was}\u5F20\u591A {diff}\u5F20\u3002",
  "op.whatIfValueMore": "\u6BD4\u6587\u7AE0\u5408\u8BA1\u6309\u540C\u4E00\u5355\u4EF7\u7684 {was} \u591A {diff}\u3002",
  "op.average": "\u5E73\u5747\u6BCF\u5BB6 {mean}\u5F20\uFF08\u5171 {over} \u5BB6\uFF09\u3002",
  "op.whatIfTitle": "\u5047\u8BBE",
  "op.whatIfAdd": "\u52A0\u4E0A {name} {now}\u5F20",
  "op.whatIfChange": "{name}\u6309 {now}\u5F20\u8BA1\uFF08\u6587\u7AE0\u603B\u6570\u6309 {was}\u5F20\u8BA1\uFF09",
  "op.whatIf": "\u82E5{changes}\uFF0C\xA702 \u5404\u9879\u5408\u8BA1 {total}\u5F20 H100\uFF1B\u6309\u6BCF\u5F20 {price}\u8BA1\u7B97\uFF0C\u4EF7\u503C {value}\u3002",
  "notice.firstPart": "\u5185\u5BB9\u8F83\u957F\uFF0C\u6211\u53EA\u6839\u636E\u524D {max} \u4E2A\u5B57\u7B26\u4F5C\u7B54\u3002",
  "notice.unreadable": "\u62B1\u6B49\uFF0C\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A\u8BF7\u6C42\uFF0C\u8BF7\u518D\u8BD5\u4E00\u6B21\u3002",
  "notice.feedbackThanks": "\u8C22\u8C22\uFF1A\u4F60\u7684\u8BC4\u4EF7\u5DF2\u533F\u540D\u8BB0\u5F55\uFF0C\u4F9B\u7EF4\u62A4\u8D44\u6599\u7684\u4EBA\u53C2\u8003\u3002",
  "reply.helpful": "\u6709\u5E2E\u52A9",
  "reply.notHelpful": "\u6CA1\u5E2E\u52A9",
  "op.fewerDemand": "{small}\uFF08{smallCount}\u5F20\uFF09\u6BD4 {big}\uFF08{bigCount}\u5F20\uFF09\u5C11\u8981 {diff}\u5F20 {gpu}\uFF1B\u540E\u8005\u7EA6\u4E3A\u5176 {times}\u3002",
  "op.fewerHoldings": "{small}\uFF08{smallCount}\u5F20\uFF09\u6BD4 {big}\uFF08{bigCount}\u5F20\uFF09\u5C11 {diff}\u5F20 {gpu}\uFF1B\u540E\u8005\u7EA6\u4E3A\u5176 {times}\u3002",
  "compare.durationToH100": "16-bit {work}\uFF1A\u5728 A100 \u4E0A\u8981 {time}{unit} \u7684\u4EFB\u52A1\uFF0C\u6362 H100 \u7EA6\u9700 {result}{unit}\uFF08{time} \xF7 {factor}\uFF09\uFF0C\u5047\u8BBE\u6309\u6587\u7AE0\u7684\u52A0\u901F\u6BD4\u7F29\u653E\u3002",
  "compare.durationToA100": "16-bit {work}\uFF1A\u5728 H100 \u4E0A\u8981 {time}{unit} \u7684\u4EFB\u52A1\uFF0C\u6362 A100 \u7EA6\u9700 {result}{unit}\uFF08{time} \xD7 {factor}\uFF09\uFF0C\u5047\u8BBE\u6309\u6587\u7AE0\u7684\u52A0\u901F\u6BD4\u7F29\u653E\u3002",
  "reply.moreBelow": "\u2026\u2026\u53E6\u6709 {count}\u6761\uFF0C\u89C1\u4E0B\u65B9\u3002"
};

// src/i18n/catalogs/zhHant.ts
var zhHant = {
  "lang.button": "\u7E41\u9AD4\u4E2D\u6587",
  "verdict.yes": "\u662F\u7684",
  "verdict.no": "\u4E0D\u662F",
  "verdict.opener": "{verdict}\u3002{answer}",
  "step.labelled": "{number} ({name})",
  "punct.colon": "\uFF1A",
  "list.sep": "\u3001",
  "source.line": "\u4F86\u6E90\uFF1A{author}\u300A{title}\u300B\uFF08{url}\uFF09\uFF0C\u7D93{via}",
  "source.name": "{author}\u300A{title}\u300B",
  "topic.gpu-choice": "\u4EBA\u5011\u9700\u8981\u54EA\u4E9B GPU",
  "topic.gap": "H100 \u7F3A\u53E3",
  "topic.who-needs": "\u8AB0\u9700\u8981 H100",
  "topic.demand": "H100 \u9700\u6C42",
  "topic.demand-total": "H100 \u7E3D\u9700\u6C42",
  "topic.price": "H100 \u7684\u50F9\u683C",
  "topic.not-counted": "\u7E3D\u6578\u672A\u8A08\u5165\u7684\u9700\u6C42",
  "topic.holdings": "\u5DF2\u6709\u591A\u5C11 GPU",
  "topic.supply": "\u4F9B\u61C9\u74F6\u9838",
  "topic.foundry": "\u8AB0\u88FD\u9020 H100",
  "topic.training-factors": "\u8A13\u7DF4\u770B\u91CD\u4EC0\u9EBC",
  "topic.performance": "H100 \u5C0D\u6BD4 A100",
  "topic.why-not-amd": "\u70BA\u5565\u4E0D\u8CB7 AMD\uFF1F",
  "topic.cloud-usage": "AI \u516C\u53F8\u7528\u54EA\u5BB6\u96F2",
  "topic.source": "\u4F86\u6E90",
  "answer.perArticle": "\u64DA\u6587\u7AE0\uFF1A",
  "cloudUsers.title": "\u8AB0\u5728\u7528{cloud}",
  "cloudUsers.yes": "\u662F\u7684\uFF1A\u6587\u7AE0\u5217\u51FA{who}\u4F7F\u7528{cloud}\u3002",
  "cloudUsers.no": "\u6587\u7AE0\u6C92\u6709\u8AAA{who}\u4F7F\u7528{cloud}\uFF1B\u5B83\u5217\u51FA\u7684\u662F{names}\u3002",
  "cloudUsers.countOne": "{count}\u5BB6",
  "cloudUsers.count": "{count}\u5BB6",
  "cloudUsers.list": "\u64DA\u6587\u7AE0\uFF0C\u4F7F\u7528{cloud}\u7684\u6709 {count}\uFF1A{names}\u3002",
  "cloudOf.title": "{company}\u7528\u54EA\u5BB6\u96F2",
  "cloudOf.yes": "\u662F\u7684\uFF1A\u64DA\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\u3002",
  "cloudOf.notOnly": "\u4E0D\u662F\uFF1A\u64DA\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\uFF0C\u4E0D\u53EA{cloud}\u3002",
  "cloudOf.no": "\u6587\u7AE0\u4E26\u672A\u9019\u6A23\u8AAA\uFF1A\u5B83\u5217\u51FA{company}\u4F7F\u7528{names}\uFF0C\u800C\u4E0D\u662F{cloud}\u3002",
  "cloudOf.list": "\u64DA\u6587\u7AE0\uFF0C{company}\u4F7F\u7528{names}\u3002",
  "gap.meta25k": "Meta \u6309 2.5\u842C\u5F35\u8A08",
  "gap.meta100k": "Meta \u6309 10\u842C\u5F35\u8A08\uFF0C\u8207\u6587\u7AE0\u7684 43.2\u842C\u4E00\u81F4",
  "gap.summary": "\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\xA702 \u5404\u9805\u9700\u6C42\uFF08\u5408\u8A08{total}\u5F35 H100\uFF0C{scenario}\uFF09\u50F9\u503C{value}\u3002",
  "gap.headline": "\u6A19\u984C\u7A31\u4FDD\u5B88\u4F30\u8A08\u4F9B\u7D66\u7F3A\u53E3\u7D04 {gap}\u5F35\u3002",
  "gap.headlineValue": "\u6A19\u984C\u7A31\u4FDD\u5B88\u4F30\u8A08\u4F9B\u7D66\u7F3A\u53E3\u7D04 {gap}\u5F35\uFF1B\u6309\u540C\u4E00\u55AE\u50F9\uFF0C\u9019\u9EBC\u591A\u5F35\u50F9\u503C{gapValue}\u3002",
  "gap.lead": "\u6A19\u984C\u7A31\u4FDD\u5B88\u4F30\u8A08 H100 \u4F9B\u7D66\u7F3A\u53E3\u7D04 {gap}\u5F35\uFF1B\xA702 \u5404\u9805\u9700\u6C42\u5408\u8A08{total}\u5F35\uFF08{scenario}\uFF09\u3002\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u7F3A\u53E3\u50F9\u503C{gapValue}\uFF0C\u5404\u9805\u9700\u6C42\u50F9\u503C{value}\u3002",
  "cost.budget.title": "{budget}\u80FD\u8CB7\u591A\u5C11\u5F35{gpu}",
  "cost.budget.summary": "\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C{budget}\u80FD\u8CB7{count}\u5F35{gpu}\uFF08\u5411\u4E0B\u53D6\u6574\uFF09\u3002",
  "cost.range.summary": "{company}\u7684{low}\u2013{high}\u5F35 H100\uFF0C\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5171{lowValue}\u2013{highValue}\u3002",
  "cost.rangeCount": "{low}\u2013{high}",
  "cost.countRange.summary": "{low}\u2013{high}\u5F35{gpu}\uFF0C\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5171{lowValue}\u2013{highValue}\u3002",
  "cost.count.title": "{count}\u5F35{gpu}\u503C\u591A\u5C11\u9322",
  "cost.count.summary": "{count}\u5F35{gpu}\uFF0C\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5171{value}\u3002",
  "cost.single.title": "\u4E00\u5F35 {gpu} \u503C\u591A\u5C11\u9322",
  "cost.single.summary": "\u4E00\u5F35 {gpu}\uFF0C\u6309{price}\u8A08\u7B97\uFF0C\u503C{value}\u3002",
  "cost.several.title": "{names}\u7684 H100 \u503C\u591A\u5C11\u9322",
  "cost.several.summary": "{names}\u5408\u8A08\u53EF\u80FD\u9700\u8981{count}\u5F35 H100\uFF0C\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5171{value}\u3002",
  "cost.several.eachAlike": "\u6BCF\u5BB6{count}\u5F35\uFF0C\u503C{value}\u3002",
  "cost.several.eachList": "\u5206\u5225\u662F\uFF1A{items}\u3002",
  "cost.several.eachItem": "{name} {count}\u5F35\uFF0C{value}",
  "cost.saving.title": "{count}\u5F35 H100\uFF1A{high} \u5C0D\u6BD4 {low}",
  "cost.saving.summary": "{count}\u5F35 H100 \u6309\u6BCF\u5F35 {high} \u8A08\u70BA {highValue}\uFF0C\u6309\u6BCF\u5F35 {low} \u8A08\u70BA {lowValue}\uFF1A\u4F4E\u50F9\u53EF\u7701 {diff}\u3002",
  "cost.one.title": "{company}\u7684 H100 \u503C\u591A\u5C11\u9322",
  "cost.one.summary": "{company}\u7684{count}\u5F35 H100\uFF0C\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5171{value}\u3002",
  "compare.short": "\u8DDD {target}\u5F35\u9084\u5DEE {diff}\u5F35\u3002",
  "compare.training": "\u8A13\u7DF4",
  "compare.inference": "\u63A8\u7406",
  "compare.line": "16-bit {work}\uFF1A{h100s}\u5F35 H100 \u7D04\u76F8\u7576\u65BC{a100s}\u5F35 A100\uFF08{factor}\uFF09\u3002",
  "demand.title": "{company}\u7684 H100 \u9700\u6C42",
  "demand.several.title": "{names}\u7684 H100 \u9700\u6C42",
  "demand.severalChanged.summary": "\u6309\u6240\u554F\u7684\u6539\u52D5\uFF0C{names}\u5408\u8A08\u9700\u8981{total}\u5F35 H100\u3002",
  "demand.severalBoth.summary": "\u64DA\u7B2C02\u7BC0\uFF0C{names}\u5408\u8A08\u53EF\u80FD\u9700\u8981{low}\u5F35 H100\uFF08{one}\u6309{oneLow}\u5F35\u8A08\uFF09\uFF0C{one}\u6309{oneHigh}\u5F35\u8A08\u5247\u70BA{high}\u5F35\u3002",
  "demand.several.summary": "\u64DA\u7B2C02\u7BC0\uFF0C{names}\u5408\u8A08\u53EF\u80FD\u9700\u8981{total}\u5F35 H100\u3002",
  "holdings.title": "{company}\u7684 GPU",
  "holdings.all": "\u64DA\u6587\u7AE0\u7B2C03\u90E8\u5206\uFF1A",
  "holdings.sum": "\u64DA\u7B2C03\u7BC0\uFF0C{who} \u5408\u8A08\u7D04\u6709 {count}\u5F35 {gpu}\u3002",
  "arithmetic.title": "\u4F60\u7684\u7B97\u5F0F",
  "arithmetic.holds": "\u7B97\u51FA\u4F86\u662F {result}\u3002",
  "arithmetic.off": "\u7B97\u51FA\u4F86\u662F {result}\uFF0C\u4E0D\u662F {claimed}\u3002",
  "overview.summary": "\u6587\u7AE0\u95DC\u65BC{subject}\u7684\u5167\u5BB9\uFF1A",
  "membership.in": "\u662F\uFF1A{entity} \u5C6C\u65BC{group}\uFF1A{members}\u3002",
  "membership.out": "\u4E0D\u662F\uFF1A{entity} \u4E0D\u5C6C\u65BC{group}\uFF08{members}\uFF09\u3002",
  "help.title": "\u6211\u80FD\u56DE\u7B54\u4EC0\u9EBC",
  "help.summary": "\u6211\u53EA\u4F9D\u64DA\u4E00\u7BC7\u6587\u7AE0\u4F5C\u7B54\uFF1A{source}\uFF08{asOf}\uFF09\uFF1A\u8AB0\u9700\u8981 H100\u3001\u8981\u591A\u5C11\u3001\u5DF2\u6709\u591A\u5C11\u3001\u5404 AI \u516C\u53F8\u7528\u54EA\u5BB6\u96F2\u3001\u8AB0\u88FD\u9020\u3001H100 \u8207 A100 \u5C0D\u6BD4\u3001\u7F3A\u53E3\u6709\u591A\u5927\u53CA\u50F9\u503C\u591A\u5C11\u3002\u8A66\u8A66\uFF1A/who-uses azure \xB7 /cloud company:openai \xB7 /gap price:30000 \xB7 /demand company:meta \xB7 /holdings company:tesla \xB7\u300COpenAI \u7528\u7684\u662F\u54EA\u5BB6\u96F2\uFF1F\u300D\xB7\u300C\u6309\u6BCF\u5F353\u842C\u7F8E\u5143\u7B97\uFF0C\u7F3A\u53E3\u50F9\u503C\u591A\u5C11\uFF1F\u300D",
  "notFound.title": "\u6587\u7AE0\u6C92\u6709\u63D0\u5230",
  "notFound.general": "\u6587\u7AE0\u6C92\u6709\u56DE\u7B54\u9019\u500B\u554F\u984C\u3002\u5B83\u6D89\u53CA\uFF1A\u8AB0\u9700\u8981 H100\u3001\u8981\u591A\u5C11\u3001\u5DF2\u6709\u591A\u5C11\u3001AI \u516C\u53F8\u7528\u54EA\u5BB6\u96F2\u3001\u8AB0\u88FD\u9020\u3001H100 \u5C0D\u6BD4 A100 \u4EE5\u53CA\u7F3A\u53E3\u3002\u53EF\u4EE5\u8A66\u8A66 /topics\u3002",
  "notFound.missing": "\u6587\u7AE0\u6C92\u6709\u63D0\u5230\u300C{missing}\u300D\u7684\u76F8\u95DC\u5167\u5BB9\uFF0C\u6211\u4E0D\u4F5C\u731C\u6E2C\u3002\u53EF\u7528 /topics \u6AA2\u8996\u6587\u7AE0\u6DB5\u84CB\u7684\u5167\u5BB9\u3002",
  "suggest.didYouMean": "\u4F60\u662F\u4E0D\u662F\u60F3\u554F{names}\uFF1F",
  "suggest.coveredInstead": "\u6587\u7AE0\u6D89\u53CA\u7684\u662F\uFF1A{names}\u3002",
  "error.title": "\u8ACB\u6AA2\u67E5\u8F38\u5165",
  "reply.defaultTitle": "H100 \u4F9B\u9700",
  "reply.calculation": "\u8A08\u7B97",
  "reply.calculationCont": "\u8A08\u7B97\uFF08\u7E8C\uFF09",
  "reply.facts": "\u6587\u7AE0\u7684\u8AAA\u6CD5",
  "reply.caveats": "\u6CE8\u610F",
  "reply.suggestions": "\u5176\u4ED6\u554F\u6CD5",
  "reply.articleSays": "\u539F\u6587",
  "reply.translation": "\u8B6F\u6587",
  "reply.more": "\u2026\u2026\u53E6\u6709{count}\u689D\uFF0C\u898B\u201C\u8A73\u60C5\u201D\u3002",
  "reply.details": "\u8A73\u60C5",
  "reply.detailsTitle": "\u8A73\u60C5\uFF1A{title}",
  "reply.showQuote": "\u6AA2\u8996\u539F\u6587",
  "reply.quotesTitle": "\u539F\u6587\uFF1A{title}",
  "reply.noQuotes": "\u9019\u689D\u56DE\u7B54\u6C92\u6709\u5F15\u7528\u539F\u6587\u3002",
  "notice.slowDown": "\u8ACB\u6162\u4E00\u9EDE\uFF1A{seconds}\u79D2\u5F8C\u518D\u8A66\u3002",
  "notice.apology": "\u62B1\u6B49\uFF0C\u56DE\u7B54\u6642\u51FA\u4E86\u9EDE\u554F\u984C\uFF0C\u8ACB\u518D\u8A66\u4E00\u6B21\u3002",
  "chart.demandSubtitle": "\u5404\u516C\u53F8\u8207\u96F2\u5EE0\u5546\u53EF\u80FD\u9700\u8981\u7684 H100 \u6578\u91CF",
  "chart.askedAbout": "\u6240\u554F\uFF1A{name}",
  "chart.swingSomeSay": "{name}\u6309\u201C\u4E5F\u6709\u4EBA\u8AAA\u201D\u7684{amount}\u5F35\u8A08",
  "chart.swingMain": "{name}\u6309\u5176\u4E3B\u8981\u6578\u5B57{amount}\u5F35\u8A08",
  "chart.total": "\u5408\u8A08\uFF1A{amount}\u5F35 H100",
  "chart.totalArticle": "\u5408\u8A08\uFF1A{amount}\u5F35 H100\uFF0C\u5373\u6587\u4E2D\u7684\u201C\u7D04{amount}\u5F35\u201D",
  "chart.totalAtPrice": "\u5408\u8A08\uFF1A{amount}\u5F35 H100 \xD7 {price} = {value}",
  "chart.captionSomeSay": "{name}\u6309\u201C\u4E5F\u6709\u4EBA\u8AAA\u201D\u7684{now}\u5F35\u8A08\uFF1B\u6309\u5176\u4E3B\u8981\u6578\u5B57{other}\u5F35\u8A08\uFF0C\u5408\u8A08\u70BA{alt}\u5F35\u3002",
  "chart.captionMain": "{name}\u6309\u5176\u4E3B\u8981\u6578\u5B57{now}\u5F35\u8A08\uFF1B\u4E5F\u6709\u4EBA\u8AAA{other}\u5F35\uFF0C\u90A3\u6A23\u5408\u8A08\u70BA{alt}\u5F35\u3002",
  "chart.captionMainArticle": "{name}\u6309\u5176\u4E3B\u8981\u6578\u5B57{now}\u5F35\u8A08\uFF1B\u4E5F\u6709\u4EBA\u8AAA{other}\u5F35\uFF0C\u90A3\u6A23\u5408\u8A08\u70BA{alt}\u5F35\uFF0C\u5373\u6587\u4E2D\u7684\u6578\u5B57\u3002",
  "chart.captionValues": "\u6309\u6BCF\u5F35{price}\uFF1A{now}\u5F35 H100 \u50F9\u503C{nowValue}\uFF1B{alt}\u5F35\u5247\u70BA{altValue}\u3002",
  "chart.overlap": "\u96F2\u5EE0\u5546\u8207\u5176\u5BA2\u6236\u7684\u6578\u5B57\u6709\u91CD\u758A\uFF08OpenAI \u901A\u904E Azure \u7372\u5F97 GPU\uFF09\uFF0C\u5408\u8A08\u53EF\u80FD\u628A\u540C\u4E00\u6279 GPU \u7B97\u5169\u6B21\u3002",
  "chart.variant": "{name}\uFF08\u4E5F\u6709\u4EBA\u8AAA\uFF09",
  "chart.variantMain": "{name}\uFF08\u4E3B\u8981\u6578\u5B57\uFF09",
  "chart.holdingsSubtitle": "A100 \u8207 H100 \u662F\u4E0D\u540C\u7684 GPU\uFF0C\u6578\u91CF\u5F9E\u4E0D\u76F8\u52A0",
  "chart.holdingsCaption": "\u7C97\u7565\u7684\u4E8C\u624B\u4F30\u8A08\uFF0C\u5E38\u5E36\u201C\u53EF\u80FD\u201D\u201C\u7D04\u201D\u201C\u9810\u5B9A\u800C\u975E\u73FE\u8CA8\u201D\u7B49\u9650\u5B9A\uFF0C\u662F\u6587\u7AE0\u4E2D\u6700\u4E0D\u53EF\u9760\u7684\u6578\u5B57\u3002",
  "chart.rangeLegend": "\u659C\u7D0B\uFF1A\u5340\u9593\uFF08\u5BE6\u5FC3\u81F3\u4F4E\u503C\uFF0C\u659C\u7D0B\u81F3\u9AD8\u503C\uFF09",
  "chart.training": "{name}\uFF08\u8A13\u7DF4\uFF09",
  "chart.booked": "{name}\uFF08\u9810\u5B9A\uFF09",
  "chart.like": "{name}\uFF08\u8207{like}\u985E\u4F3C\uFF09",
  "compare.lineReverse": "16-bit {work}\uFF1A{a100s}\u5F35 A100 \u7D04\u76F8\u7576\u65BC{h100s}\u5F35 H100\uFF08{a100s} \xF7 {factor}\uFF09\u3002",
  "answer.unused": "\uFF08\u554F\u984C\u4E2D\u7684 {amounts} \u672A\u7528\u65BC\u8A08\u7B97\uFF1A\u4E0A\u9762\u7684\u6587\u7AE0\u8CC7\u6599\u5DF2\u56DE\u7B54\u3002\uFF09",
  "answer.quoted": "\u300C{text}\u300D",
  "answer.asOf": "{asOf}\uFF1A{fact}",
  "missing.demand": "{name} \u8981\u591A\u5C11\u5F35 {gpu}",
  "missing.holdingsOf": "{name} \u6709\u591A\u5C11\u5F35 {gpu}",
  "missing.holdings": "{name} \u6709\u591A\u5C11 GPU",
  "missing.cloud": "{name} \u7528\u54EA\u5BB6\u96F2",
  "missing.users": "\u8AB0\u5728\u7528 {name}",
  "missing.count": "{name} \u7684\u6578\u91CF",
  "missing.price": "{name} \u7684\u50F9\u683C",
  "cloudTally.summary": "\u64DA\u6587\u7AE0\u7684\u5217\u8868\uFF0C\u7528 {top} \u7684\u516C\u53F8\u6700\u591A\uFF1A{order}\u3002",
  "cloudTally.item": "{cloud} {count}\u5BB6\uFF08{names}\uFF09",
  "op.vs": "{a} \u5C0D\u6BD4 {b}",
  "op.factors": "\u63A8\u7406\u63D0\u901F\uFF08{big}\uFF09\u6BD4\u8A13\u7DF4\u63D0\u901F\uFF08{small}\uFF09\u9AD8 {diff}\uFF0C\u7D04\u70BA\u5176 {times}\u3002",
  "op.amounts": "{big}\u5F35\u6BD4 {small}\u5F35\u591A {diff}\u5F35 {gpu}\uFF0C\u7D04\u70BA\u5176 {times}\u3002",
  "op.moreRangeHoldings": "{big}\uFF08{bigCount}\u5F35\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F35\uFF09\u591A {diff}\u5F35 {gpu}\u3002",
  "op.moreRangeDemand": "{big}\uFF08{bigCount}\u5F35\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F35\uFF09\u591A\u8981 {diff}\u5F35 {gpu}\u3002",
  "op.level": "{a} \u8207 {b} \u4E00\u6A23\u591A\uFF08\u6301\u5E73\uFF09\uFF1A\u5404 {count}\u5F35 {gpu}\u3002",
  "op.moreDemand": "{big}\uFF08{bigCount}\u5F35\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F35\uFF09\u591A\u8981 {diff}\u5F35 {gpu}\uFF0C\u7D04\u70BA\u5176 {times}\u3002",
  "op.moreHoldings": "{big}\uFF08{bigCount}\u5F35\uFF09\u6BD4 {small}\uFF08{smallCount}\u5F35\uFF09\u591A {diff}\u5F35 {gpu}\uFF0C\u7D04\u70BA\u5176 {times}\u3002",
  "op.rankTitleDemand": "\u6309 H100 \u9700\u6C42\u6392\u5E8F",
  "op.rankTitleHoldings": "\u6309\u6301\u6709\u91CF\u6392\u5E8F",
  "op.differenceValue": "\u6309\u6BCF\u5F35{price}\u8A08\u7B97\uFF0C\u5DEE\u984D\u50F9\u503C{value}\u3002",
  "op.rank": "\u64DA\u6587\u7AE0\uFF0C{top} \u6392\u7B2C\u4E00\u3002{order}\u3002",
  "op.rankGroup": "\u64DA\u6587\u7AE0\uFF0C{top} \u6392\u7B2C\u4E00\u3002{order}\u3002",
  "op.rankTie": "\u64DA\u6587\u7AE0\uFF0C{top} \u4E26\u5217\u7B2C\u4E00\uFF0C\u5404 {count}\u3002{order}\u3002",
  "op.rankLead": "{top} \u6BD4\u7B2C\u4E8C\u540D {second} \u591A {diff}\u3002",
  "op.rankSep": "\uFF1B",
  "op.shareTitle": "{who} \u4F54\u7E3D\u9700\u6C42\u7684\u6BD4\u4F8B",
  "op.share": "{who}\uFF1A{part}\u5F35 H100\uFF0C\u4F54\u6587\u7AE0 {whole}\u5F35 \u7684 {pct}\u3002",
  "op.shareOf": "{a} \u7684 {part}\u5F35 {gpu} \u662F {b} \u7684 {whole}\u5F35 \u7684 {pct}\u3002",
  "op.shareOfMain": "{who}\uFF1A{part}\u5F35 H100\uFF0C\u4F54\u7B2C02\u7BC0\u5404\u9805\u6309 Meta \u4E3B\u8981\u6578\u5B57\u8A08\u7684\u5408\u8A08 {whole}\u5F35 \u7684 {pct}\u3002",
  "op.whatIfItem": "{name}\u5C07\u8981 {now}\u5F35 H100\uFF0C\u8207\u6587\u7AE0\u76F8\u540C\u3002",
  "op.whatIfItemMore": "{name}\u5C07\u8981 {now}\u5F35 H100\uFF0C\u6BD4\u6587\u7AE0\u7684 {was}\u5F35\u591A {diff}\u5F35\u3002",
  "op.whatIfItemFewer": "{name}\u5C07\u8981 {now}\u5F35 H100\uFF0C\u6BD4\u6587\u7AE0\u7684 {was}\u5F35\u5C11 {diff}\u5F35\u3002",
  "op.whatIfItemValue": "\u6309\u6BCF\u5F35 {price}\u8A08\u7B97\uFF0C\u50F9\u503C {value}\u3002",
  "op.gapTotal": "\xA702 \u7684\u7E3D\u9700\u6C42",
  "op.gapTimes": "\u6A19\u984C\u6240\u8AAA\u7684\u7F3A\u53E3 {gap}\u5F35 H100 \u662F{other}\uFF08{count}\u5F35 {gpu}\uFF09\u7684 {times}\uFF0C\u591A {diff}\u5F35\u3002",
  "op.gapMore": "\u6A19\u984C\u6240\u8AAA\u7684\u7F3A\u53E3 {gap}\u5F35 H100 \u6BD4{other}\uFF08{count}\u5F35\uFF09\u591A {diff}\u5F35\u3002",
  "op.gapFewer": "\u6A19\u984C\u6240\u8AAA\u7684\u7F3A\u53E3 {gap}\u5F35 H100 \u6BD4{other}\uFF08{count}\u5F35\uFF09\u5C11 {diff}\u5F35\u3002",
  "op.gapFilledTotal": "\u82E5\u5230\u8CA8 {supplied}\u5F35 H100\uFF0C\xA702 \u9700\u6C42\u5408\u8A08 {gap}\u5F35\u9084\u5269 {left}\u5F35\uFF08\u6A19\u984C\u7A31\u4FDD\u5B88\u4F30\u8A08\u7F3A\u53E3\u7D04 {headline}\u5F35\uFF09\u3002",
  "op.gapFilledTotalFor": "\u82E5{name}\u62FF\u5230\u5B83\u7684 {supplied}\u5F35 H100\uFF0C\xA702 \u9700\u6C42\u5408\u8A08 {gap}\u5F35\u9084\u5269 {left}\u5F35\uFF08\u6A19\u984C\u7A31\u4FDD\u5B88\u4F30\u8A08\u7F3A\u53E3\u7D04 {headline}\u5F35\uFF09\u3002",
  "op.gapFilled": "\u82E5\u4EA4\u4ED8 {supplied}\u5F35 H100\uFF0C\u6A19\u984C\u6240\u8AAA\u7684 {gap}\u5F35\u7F3A\u53E3\u9084\u5269 {left}\u5F35\u3002",
  "op.gapFilledFor": "\u82E5{name}\u62FF\u5230\u5B83\u8981\u7684 {supplied}\u5F35 H100\uFF0C\u6A19\u984C\u6240\u8AAA\u7684 {gap}\u5F35\u7F3A\u53E3\u9084\u5269 {left}\u5F35\u3002",
  "op.shortfall": "{name}\u82E5\u6709 {had}\u5F35 H100\uFF08\u662F\u5B83\u53EF\u80FD\u9700\u8981\u7684 {wanted}\u5F35\u7684 {pct}\uFF09\uFF0C\u9084\u5DEE {left}\u5F35\u3002",
  "op.shortfallValue": "\u6309\u6BCF\u5F35 {price}\u8A08\u7B97\uFF0C\u7F3A\u7684\u9019\u4E9B\u50F9\u503C {value}\u3002",
  "op.cards": "{big}\u6BD4{small}\u591A {diff}\u5F35\u5361\u3002",
  "op.cardsCount": "{count}\u5F35 {gpu}",
  "op.cardsOf": "{name}\uFF08{counted}\uFF09",
  "duration.milliseconds": "\u6BEB\u79D2",
  "duration.seconds": "\u79D2",
  "duration.minutes": "\u5206\u9418",
  "duration.hours": "\u5C0F\u6642",
  "duration.days": "\u5929",
  "duration.weeks": "\u9031",
  "duration.months": "\u500B\u6708",
  "op.exchange": "\u6309 1 \u7F8E\u5143\u514C {rate} \u5143\u4EBA\u6C11\u5E63\u8A08\u7B97\uFF0C{usd}\u76F8\u7576\u65BC {yuan}\u3002",
  "op.rest": "\xA702 \u7684 {whole}\u5F35\u4E2D\uFF0C\u5176\u9918\u5404\u65B9\u5408\u8A08 {rest}\u5F35\u3002",
  "op.whatIfShare": "{name} \u4F54\u9019\u500B\u5408\u8A08\u7684 {pct}\u3002",
  "op.whatIfValueLess": "\u6BD4\u6587\u7AE0\u5408\u8A08\u6309\u540C\u4E00\u55AE\u50F9\u7684 {was} \u5C11 {diff}\u3002",
  "op.whatIfCountLess": "\u6BD4\u6587\u7AE0\u7684\u5408\u8A08 {was}\u5F35\u5C11 {diff}\u5F35\u3002",
  "op.whatIfCountMore": "\u6BD4\u6587\u7AE0\u7684\u5408\u8A08 {was}\u5F35\u591A {diff}\u5F35\u3002",
  "op.whatIfCountSame": "\u8207\u6587\u7AE0\u7684\u5408\u8A08 {was}\u5F35\u76F8\u540C\u3002",
  "op.whatIfAt": "{name}\u6309 {count}\u5F35\u8A08",
  "op.whatIfCountLessFrom": "\u6BD4{changes}\u6642\u7684\u5408\u8A08 {was}\u5F35\u5C11 {diff}\u5F35\u3002",
  "op.whatIfCountMoreFrom": "\u6BD4{changes}\u6642\u7684\u5408\u8A08 {was}\u5F35\u591A {diff}\u5F35\u3002",
  "op.whatIfValueMore": "\u6BD4\u6587\u7AE0\u5408\u8A08\u6309\u540C\u4E00\u55AE\u50F9\u7684 {was} \u591A {diff}\u3002",
  "op.average": "\u5E73\u5747\u6BCF\u5BB6 {mean}\u5F35\uFF08\u5171 {over} \u5BB6\uFF09\u3002",
  "op.whatIfTitle": "\u5047\u8A2D",
  "op.whatIfAdd": "\u52A0\u4E0A {name} {now}\u5F35",
  "op.whatIfChange": "{name}\u6309 {now}\u5F35\u8A08\uFF08\u6587\u7AE0\u7E3D\u6578\u6309 {was}\u5F35\u8A08\uFF09",
  "op.whatIf": "\u82E5{changes}\uFF0C\xA702 \u5404\u9805\u5408\u8A08 {total}\u5F35 H100\uFF1B\u6309\u6BCF\u5F35 {price}\u8A08\u7B97\uFF0C\u50F9\u503C {value}\u3002",
  "notice.firstPart": "\u5167\u5BB9\u8F03\u9577\uFF0C\u6211\u53EA\u6839\u64DA\u524D {max} \u500B\u5B57\u5143\u4F5C\u7B54\u3002",
  "notice.unreadable": "\u62B1\u6B49\uFF0C\u7121\u6CD5\u8B80\u53D6\u9019\u500B\u8ACB\u6C42\uFF0C\u8ACB\u518D\u8A66\u4E00\u6B21\u3002",
  "notice.feedbackThanks": "\u8B1D\u8B1D\uFF1A\u4F60\u7684\u8A55\u50F9\u5DF2\u533F\u540D\u8A18\u9304\uFF0C\u4F9B\u7DAD\u8B77\u8CC7\u6599\u7684\u4EBA\u53C3\u8003\u3002",
  "reply.helpful": "\u6709\u5E6B\u52A9",
  "reply.notHelpful": "\u6C92\u5E6B\u52A9",
  "op.fewerDemand": "{small}\uFF08{smallCount}\u5F35\uFF09\u6BD4 {big}\uFF08{bigCount}\u5F35\uFF09\u5C11\u8981 {diff}\u5F35 {gpu}\uFF1B\u5F8C\u8005\u7D04\u70BA\u5176 {times}\u3002",
  "op.fewerHoldings": "{small}\uFF08{smallCount}\u5F35\uFF09\u6BD4 {big}\uFF08{bigCount}\u5F35\uFF09\u5C11 {diff}\u5F35 {gpu}\uFF1B\u5F8C\u8005\u7D04\u70BA\u5176 {times}\u3002",
  "compare.durationToH100": "16-bit {work}\uFF1A\u5728 A100 \u4E0A\u8981 {time}{unit} \u7684\u4EFB\u52D9\uFF0C\u63DB H100 \u7D04\u9700 {result}{unit}\uFF08{time} \xF7 {factor}\uFF09\uFF0C\u5047\u8A2D\u6309\u6587\u7AE0\u7684\u52A0\u901F\u6BD4\u7E2E\u653E\u3002",
  "compare.durationToA100": "16-bit {work}\uFF1A\u5728 H100 \u4E0A\u8981 {time}{unit} \u7684\u4EFB\u52D9\uFF0C\u63DB A100 \u7D04\u9700 {result}{unit}\uFF08{time} \xD7 {factor}\uFF09\uFF0C\u5047\u8A2D\u6309\u6587\u7AE0\u7684\u52A0\u901F\u6BD4\u7E2E\u653E\u3002",
  "reply.moreBelow": "\u2026\u2026\u53E6\u6709 {count}\u689D\uFF0C\u898B\u4E0B\u65B9\u3002"
};

// src/i18n/chineseText.ts
var toTw2;
var cache3 = /* @__PURE__ */ new Map();
function converter() {
  if (toTw2 !== void 0) return toTw2;
  const cloudPhrases = createScriptConverter({
    normalize: [],
    segmentation: null,
    chain: ["\u79C1\u6709\u4E91 \u79C1\u6709\u96F2|\u516C\u6709\u4E91 \u516C\u6709\u96F2"]
  });
  const toTaiwan = loadScriptConverter("cn2t");
  toTw2 = (text) => toTaiwan(cloudPhrases(text));
  return toTw2;
}
function toTraditional(text) {
  const hit = cache3.get(text);
  if (hit !== void 0) return hit;
  const converted = converter()(text);
  if (cache3.size < 5e3) cache3.set(text, converted);
  return converted;
}
var HAN3 = "\\p{Script=Han}";
var HAN_THEN_LATIN = new RegExp(`((?!\u7B2C)${HAN3})(?=[A-Za-z0-9$])`, "gu");
var WORD_THEN_HAN = new RegExp(`(?<![A-Za-z0-9_])([A-Za-z0-9][\\w.+\\-]*)(?=${HAN3})`, "gu");
var ANY_HAN = new RegExp(HAN3, "u");
function spaceCjkLatin(text) {
  if (!ANY_HAN.test(text)) return text;
  return text.replace(HAN_THEN_LATIN, "$1 ").replace(WORD_THEN_HAN, (word) => /[A-Za-z]/.test(word) ? `${word} ` : word);
}

// src/i18n/t.ts
var CATALOGS = {
  en,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant
};
function t(lang, key, vars = {}) {
  const parts = templateOf(CATALOGS[lang][key]);
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? "";
    const value = vars[name];
    if (value === void 0) throw new Error(`message ${key} needs a value for {${name}}`);
    text += String(value) + (parts[i + 1] ?? "");
  }
  return lang === "en" ? pluralPossessive(text) : spaceCjkLatin(text.replace(HAN_SPACE_HAN, ""));
}
var HAN_SPACE_HAN = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
function pluralPossessive(text) {
  return text.includes("s\u2019s") ? text.replace(/(?<=[a-z]s)’s\b/gu, "\u2019") : text;
}
var templates = /* @__PURE__ */ new Map();
function templateOf(message) {
  let parts = templates.get(message);
  if (parts === void 0) {
    parts = message.split(/\{(\w+)\}/);
    templates.set(message, parts);
  }
  return parts;
}

// src/i18n/localize.ts
function localize(text, lang) {
  if (lang === "en") return text.en;
  if (lang === "zh-Hans") return text.zh;
  return text["zh-Hant"] ?? toTraditional(text.zh);
}

// src/render/describeMissing.ts
function describeMissing(missing, lang) {
  if (missing.what === "words") return missing.text;
  const name = localize(missing.entity.name, lang);
  const gpu = missing.gpu === void 0 ? "H100" : localize(missing.gpu.name, lang);
  if (missing.what === "holdings" && missing.gpu !== void 0)
    return t(lang, "missing.holdingsOf", { name, gpu });
  return t(lang, `missing.${missing.what}`, { name, gpu });
}

// src/i18n/langs.ts
var INTL_LOCALES = {
  en: "en-US",
  "zh-Hans": "zh-CN",
  "zh-Hant": "zh-TW"
};

// src/render/icuFreeFormats.ts
var MAX_PLAIN = 1e15;
function isPlainInteger(n) {
  return Number.isInteger(n) && Math.abs(n) < MAX_PLAIN && !Object.is(n, -0);
}
function groupedInteger(n) {
  if (!isPlainInteger(n)) return void 0;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${digits}` : digits;
}
function ungroupedInteger(n) {
  return isPlainInteger(n) ? String(n) : void 0;
}
var LIST_WORDS = {
  en: { between: ", ", two: " and ", last: ", and " },
  "zh-Hans": { between: "\u3001", two: "\u548C", last: "\u548C" },
  "zh-Hant": { between: "\u3001", two: "\u548C", last: "\u548C" }
};
function conjunctionList(items, lang) {
  const words = LIST_WORDS[lang];
  if (items.length <= 1) return items[0] ?? "";
  if (items.length === 2) return `${items[0]}${words.two}${items[1]}`;
  return `${items.slice(0, -1).join(words.between)}${words.last}${items.at(-1)}`;
}

// src/render/formatNumber.ts
function once(build) {
  let value;
  return () => {
    value ??= build();
    return value;
  };
}
function oncePer(build) {
  const built = /* @__PURE__ */ new Map();
  return (key) => {
    let value = built.get(key);
    if (value === void 0) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}
var enCount = once(() => new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }));
var enMoneyCompact = oncePer(
  (currency) => new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    // $8.925B stays exact; $12.96B and $15.12B need no more.
    maximumFractionDigits: 3
  })
);
var enUsd = once(
  () => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 })
);
var enYuan = once(
  () => new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "CNY",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2
  })
);
var enForeign = oncePer(
  (currency) => new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 2
  })
);
var plain = once(() => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, useGrouping: false }));
var zhCompact = oncePer(
  (lang) => new Intl.NumberFormat(INTL_LOCALES[lang], { notation: "compact", maximumFractionDigits: 2 })
);
var zhMoneyCompact = oncePer(
  (lang) => new Intl.NumberFormat(INTL_LOCALES[lang], { notation: "compact", maximumFractionDigits: 3 })
);
var TIMES_SUFFIX = { en: "\xD7", "zh-Hans": "\u500D", "zh-Hant": "\u500D" };
function formatCount(n, lang) {
  if (lang === "en") return groupedInteger(n) ?? enCount().format(n);
  if (n < 1e4) return formatDecimal(n);
  const unit = n >= 1e8 ? 1e8 : 1e4;
  const rounded = Math.round(n / unit * 100) * (unit / 100);
  const compact = zhCompact(lang).format(n);
  return Math.abs(rounded - n) < 1e-6 ? compact : `${compact}\uFF08${plain().format(n)}\uFF09`;
}
function formatUsd(n, lang) {
  if (lang === "en") return n >= 1e6 ? enMoneyCompact("USD").format(n) : enUsd().format(n);
  return `${n >= 1e4 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}\u7F8E\u5143`;
}
var YUAN_SUFFIX = {
  "zh-Hans": "\u5143\u4EBA\u6C11\u5E01",
  "zh-Hant": "\u5143\u4EBA\u6C11\u5E63"
};
function formatYuan(n, lang) {
  if (lang === "en") return n >= 1e6 ? enMoneyCompact("CNY").format(n) : enYuan().format(n);
  return `${n >= 1e4 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}${YUAN_SUFFIX[lang]}`;
}
var FOREIGN_SUFFIX = {
  hkd: { "zh-Hans": "\u6E2F\u5E01", "zh-Hant": "\u6E2F\u5E63" },
  twd: { "zh-Hans": "\u65B0\u53F0\u5E01", "zh-Hant": "\u65B0\u53F0\u5E63" }
};
function formatForeign(n, currency, lang) {
  const code = currency === "hkd" ? "HKD" : "TWD";
  if (lang === "en") return n >= 1e6 ? enMoneyCompact(code).format(n) : enForeign(code).format(n);
  return `${n >= 1e4 ? zhMoneyCompact(lang).format(n) : formatDecimal(n)}${FOREIGN_SUFFIX[currency][lang]}`;
}
function formatMoney(n, price, lang) {
  if (price?.foreign !== void 0) return formatForeign(n, price.foreign, lang);
  return price?.yuan === true ? formatYuan(n, lang) : formatUsd(n, lang);
}
function formatDecimal(n) {
  return ungroupedInteger(n) ?? plain().format(n);
}
function formatTimes(n, lang) {
  const three = Math.round(n * 1e3) / 1e3;
  const shown = three !== Math.round(n * 100) / 100 ? String(three) : formatDecimal(n);
  return `${shown}${TIMES_SUFFIX[lang]}`;
}
function formatAmount(value, unit, lang) {
  switch (unit) {
    case "usd":
    case "usd-per-gpu":
      return formatUsd(value, lang);
    case "cny":
    case "cny-per-gpu":
      return formatYuan(value, lang);
    case "hkd":
    case "hkd-per-gpu":
      return formatForeign(value, "hkd", lang);
    case "twd":
    case "twd-per-gpu":
      return formatForeign(value, "twd", lang);
    case "times":
      return formatTimes(value, lang);
    case "gpus":
    case "a100-equivalents":
    case "h100-equivalents":
      return formatCount(value, lang);
    case "percent":
      return `${formatDecimal(value)}%`;
    case "duration":
    case "entities":
    case "cny-per-usd":
      return formatDecimal(value);
  }
}
function formatList(items, lang) {
  return conjunctionList(items, lang);
}

// src/render/formatStep.ts
var OPERATORS = {
  sum: " + ",
  subtract: " \u2212 ",
  multiply: " \xD7 ",
  divide: " \xF7 "
};
function formatStep(step, lang, kb2, several = false) {
  const operands = step.operands.map((a) => {
    const number = formatAmount(a.value, a.unit, lang);
    const entity = a.label === void 0 ? void 0 : kb2.entityById.get(a.label);
    return entity === void 0 || step.op === "multiply" && (!several || entity.kind === "gpu") ? number : t(lang, "step.labelled", { number, name: localize(entity.name, lang) });
  });
  return `${operands.join(OPERATORS[step.op])} = ${formatAmount(step.result.value, step.result.unit, lang)}`;
}

// src/render/joinSentences.ts
function sentenceSeparator(lang) {
  return lang === "en" ? " " : "";
}
function joinSentences(sentences, lang) {
  return sentences.join(sentenceSeparator(lang));
}

// src/render/openWithVerdict.ts
function openWithVerdict(answer, verdict, lang) {
  if (verdict === void 0) return answer;
  return t(lang, "verdict.opener", {
    verdict: t(lang, verdict === "yes" ? "verdict.yes" : "verdict.no"),
    answer
  });
}

// src/render/sourceLine.ts
function sourceLine(kb2, lang) {
  const { author, title, url, via } = kb2.source;
  return t(lang, "source.line", { author, title: title.en, url, via: localize(via, lang) });
}
function sourceName(kb2, lang) {
  return t(lang, "source.name", { author: kb2.source.author, title: localize(kb2.source.title, lang) });
}

// src/render/summarizeOperation.ts
function summarizeOperation(answer, lang, kb2) {
  const money = (n) => formatMoney(n, answer.price, lang);
  const nameOf = (id) => {
    if (id?.includes("+"))
      return formatList(
        id.split("+").map((one) => nameOf(one)),
        lang
      );
    const entity = id === void 0 ? void 0 : kb2.entityById.get(id);
    return entity === void 0 ? id ?? "" : localize(entity.name, lang);
  };
  const count = (n) => formatCount(n, lang);
  const gpu = answer.facts[0]?.gpu === "A100" ? "A100" : "H100";
  switch (answer.kind) {
    case "comparison": {
      if (answer.topic === "gap") return summarizeGap(answer, lang);
      const [a, b] = answer.related;
      const diff = answer.calculations.find((c) => c.kind === "difference");
      const times = answer.calculations.find((c) => c.kind === "ratio");
      const [big, small] = diff?.steps[0]?.operands ?? [];
      if (answer.caveats.some((c) => c.id === "different-gpus-compared") && big !== void 0 && small !== void 0) {
        const side = (o) => {
          const gpuOf = answer.facts.find(
            (f) => (o.label === void 0 || f.subject === o.label) && f.quantity !== void 0 && ("value" in f.quantity ? f.quantity.value === o.value : f.quantity.min === o.value || f.quantity.max === o.value)
          )?.gpu ?? gpu;
          const counted = t(lang, "op.cardsCount", { count: count(o.value), gpu: gpuOf });
          return o.label === void 0 ? counted : t(lang, "op.cardsOf", { name: nameOf(o.label), counted });
        };
        return {
          title: big.label === small.label ? t(lang, "op.vs", { a: count(big.value), b: count(small.value) }) : t(lang, "op.vs", {
            a: nameOf(big.label) || count(big.value),
            b: nameOf(small.label) || count(small.value)
          }),
          summary: t(lang, "op.cards", {
            big: side(big),
            small: side(small),
            diff: count(diff?.result.value ?? 0)
          })
        };
      }
      if (a === void 0 && diff !== void 0 && big?.unit === "times" && small !== void 0)
        return {
          title: t(lang, "op.vs", {
            a: formatAmount(big.value, "times", lang),
            b: formatAmount(small.value, "times", lang)
          }),
          summary: t(lang, "op.factors", {
            big: formatAmount(big.value, "times", lang),
            small: formatAmount(small.value, "times", lang),
            diff: formatDecimal(diff.result.value),
            times: times === void 0 ? "" : formatAmount(times.result.value, "times", lang)
          })
        };
      if (a === void 0 && diff !== void 0 && big !== void 0 && small !== void 0)
        return {
          title: t(lang, "op.vs", { a: count(big.value), b: count(small.value) }),
          summary: t(lang, "op.amounts", {
            big: count(big.value),
            small: count(small.value),
            diff: count(diff.result.value),
            times: times === void 0 ? "" : formatAmount(times.result.value, "times", lang),
            gpu
          })
        };
      const sided = big?.label?.includes("+") === true || small?.label?.includes("+") === true;
      const title = sided ? t(lang, "op.vs", { a: nameOf(big?.label), b: nameOf(small?.label) }) : t(lang, "op.vs", { a: nameOf(a?.id), b: nameOf(b?.id) });
      const diffs = answer.calculations.filter((c) => c.kind === "difference");
      const [least, most] = diffs;
      const leastOps = least?.steps[0]?.operands ?? [];
      const mostOps = most?.steps[0]?.operands ?? [];
      if (least !== void 0 && most !== void 0 && leastOps[0] !== void 0 && mostOps[0] !== void 0 && leastOps[1] !== void 0 && mostOps[1] !== void 0) {
        const span = (x, y) => x === y ? count(x) : `${count(x)}\u2013${count(y)}`;
        return {
          title,
          summary: t(lang, answer.topic === "holdings" ? "op.moreRangeHoldings" : "op.moreRangeDemand", {
            big: nameOf(leastOps[0].label),
            bigCount: span(leastOps[0].value, mostOps[0].value),
            small: nameOf(leastOps[1].label),
            smallCount: span(mostOps[1].value, leastOps[1].value),
            diff: span(least.result.value, most.result.value),
            gpu
          })
        };
      }
      if (diff === void 0 || big === void 0 || small === void 0)
        return {
          title,
          summary: joinSentences(
            answer.facts.map((f) => localize(f.text, lang)),
            lang
          )
        };
      if (diff.result.value === 0)
        return {
          title,
          summary: t(lang, "op.level", {
            a: nameOf(big.label),
            b: nameOf(small.label),
            count: count(big.value),
            gpu
          })
        };
      const holdings2 = answer.topic === "holdings";
      const moreKey = holdings2 ? "op.moreHoldings" : "op.moreDemand";
      const fewerKey = holdings2 ? "op.fewerHoldings" : "op.fewerDemand";
      const firstIsSmaller = a?.id === small.label && a?.id !== big.label;
      const factor = times === void 0 ? "" : lang === "en" ? count(times.result.value) : formatAmount(times.result.value, "times", lang);
      return {
        title,
        // In the asker's order: "does Inflection want more than Meta?" is answered about Inflection first.
        summary: t(lang, firstIsSmaller ? fewerKey : moreKey, {
          big: nameOf(big.label),
          bigCount: count(big.value),
          small: nameOf(small.label),
          smallCount: count(small.value),
          diff: count(diff.result.value),
          times: factor,
          gpu
        })
      };
    }
    case "ranking": {
      const summed = (e) => answer.calculations.find(
        (c) => c.kind === "sum" && (c.steps[0]?.operands ?? []).every((o) => e.members.includes(o.label ?? ""))
      )?.result.value;
      const order = answer.related.map((e, i) => {
        const q = answer.facts.find((f) => f.subject === e.id)?.quantity;
        const sum = q === void 0 ? summed(e) : void 0;
        const figure = sum !== void 0 ? count(sum) : q === void 0 ? "" : "value" in q ? count(q.value) : `${count(q.min)}\u2013${count(q.max)}`;
        return `${i + 1}. ${localize(e.name, lang)} ${figure}`;
      });
      const top = answer.related[0];
      const figureValue = (id) => {
        const q = answer.facts.find((f) => f.subject === id)?.quantity;
        return q !== void 0 && "value" in q ? q.value : void 0;
      };
      const topValue = top === void 0 ? void 0 : figureValue(top.id);
      const level = answer.related.filter((e) => topValue !== void 0 && figureValue(e.id) === topValue);
      const title = t(lang, answer.topic === "holdings" ? "op.rankTitleHoldings" : "op.rankTitleDemand");
      if (level.length > 1 && topValue !== void 0)
        return {
          title,
          summary: t(lang, "op.rankTie", {
            top: formatList(
              level.map((e) => localize(e.name, lang)),
              lang
            ),
            count: count(topValue),
            order: order.join(t(lang, "op.rankSep"))
          })
        };
      return {
        title,
        // (A group at the top is plural: "the large cloud vendors come first".)
        summary: joinSentences(
          [
            t(lang, top?.kind === "group" ? "op.rankGroup" : "op.rank", {
              top: top === void 0 ? "" : localize(top.name, lang),
              order: order.join(t(lang, "op.rankSep"))
            }),
            ...leadLine(answer, lang)
          ],
          lang
        )
      };
    }
    case "share": {
      const calc = answer.calculations.find((c) => c.kind === "share");
      const [part, whole] = calc?.steps[0]?.operands ?? [];
      const [first, second] = answer.related;
      const of = whole?.label?.includes("+") === true ? whole.label : second?.id;
      if (first !== void 0 && of !== void 0 && whole?.label === of && part?.label === first.id)
        return {
          title: t(lang, "op.vs", { a: nameOf(first.id), b: nameOf(of) }),
          summary: t(lang, "op.shareOf", {
            a: nameOf(first.id),
            b: nameOf(of),
            part: count(part.value),
            whole: count(whole.value),
            pct: formatAmount(calc?.result.value ?? 0, "percent", lang),
            gpu
          })
        };
      const who = formatList(
        answer.related.map((e) => localize(e.name, lang)),
        lang
      );
      return {
        title: t(lang, "op.shareTitle", { who }),
        summary: t(lang, whole?.label === "meta-25k" ? "op.shareOfMain" : "op.share", {
          who,
          part: count(part?.value ?? 0),
          whole: count(whole?.value ?? 0),
          pct: calc === void 0 ? "" : formatAmount(calc.result.value, "percent", lang)
        })
      };
    }
    case "what-if": {
      const total = answer.calculations.find((c) => c.kind === "gap-total");
      const value = answer.calculations.find((c) => c.kind === "gap-value");
      if (total === void 0 && answer.topic === "gap") return summarizeFilled(answer, lang);
      if (total === void 0 && answer.topic === "holdings") return summarizeShortfall(answer, lang);
      if (total === void 0) return summarizeItem(answer, lang);
      const alike = /* @__PURE__ */ new Map();
      for (const e of answer.related) {
        const now = total?.steps[0]?.operands.find((o) => o.label === e.id)?.value ?? 0;
        const q = answer.facts.find((f) => f.subject === e.id)?.quantity;
        const was2 = q === void 0 || !("value" in q) ? "" : count(q.value);
        const key = `${now}|${was2}`;
        const group = alike.get(key) ?? { names: [], now, was: was2 };
        group.names.push(localize(e.name, lang));
        alike.set(key, group);
      }
      const changes = [...alike.values()].map(
        (g) => (
          // A company the article's total does not list is added, not changed.
          t(lang, g.was === "" ? "op.whatIfAdd" : "op.whatIfChange", {
            name: formatList(g.names, lang),
            now: count(g.now),
            was: g.was
          })
        )
      );
      const line = t(lang, "op.whatIf", {
        changes: changes.join(t(lang, "list.sep")),
        total: count(total?.result.value ?? 0),
        price: answer.price === void 0 ? "" : money(answer.price.value),
        value: money(value?.result.value ?? 0)
      });
      const moved = answer.calculations.find((c) => c.kind === "difference" && c.result.unit !== "gpus");
      const was = moved?.steps[0]?.operands[1]?.value;
      const valueLine = moved === void 0 || was === void 0 ? "" : t(lang, moved.result.value < 0 ? "op.whatIfValueLess" : "op.whatIfValueMore", {
        was: money(was),
        diff: money(Math.abs(moved.result.value))
      });
      const added = answer.calculations.find((c) => c.kind === "difference" && c.result.unit === "gpus");
      const before = added?.steps[0]?.operands[1]?.value;
      const from = answer.calculations.find(
        (c) => c.kind === "sum" && added?.steps[0]?.operands[1]?.label === "baseline-total"
      );
      const fromChanges = (from?.steps[0]?.operands ?? []).flatMap((o) => {
        const now = total.steps[0]?.operands.find((n) => n.label === o.label);
        const entity = answer.related.find((e) => e.id === o.label);
        return now === void 0 || now.value === o.value || entity === void 0 ? [] : [t(lang, "op.whatIfAt", { name: localize(entity.name, lang), count: count(o.value) })];
      });
      const countLine = added === void 0 || before === void 0 ? "" : from !== void 0 && fromChanges.length > 0 ? t(lang, added.result.value < 0 ? "op.whatIfCountLessFrom" : "op.whatIfCountMoreFrom", {
        was: count(before),
        diff: count(Math.abs(added.result.value)),
        changes: formatList(fromChanges, lang)
      }) : t(
        lang,
        added.result.value < 0 ? "op.whatIfCountLess" : added.result.value === 0 ? "op.whatIfCountSame" : "op.whatIfCountMore",
        {
          was: count(before),
          diff: count(Math.abs(added.result.value))
        }
      );
      const portion = answer.calculations.find((c) => c.kind === "share");
      const part = portion?.steps[0]?.operands[0]?.label;
      const partName = part === void 0 ? void 0 : answer.related.find((e) => e.id === part)?.name;
      const shareLine = portion === void 0 || partName === void 0 ? "" : t(lang, "op.whatIfShare", {
        name: localize(partName, lang),
        pct: formatAmount(portion.result.value, "percent", lang)
      });
      return {
        title: t(lang, "op.whatIfTitle"),
        summary: joinSentences(
          [line, countLine, valueLine, shareLine].filter((l) => l !== ""),
          lang
        )
      };
    }
  }
}
function leadLine(answer, lang) {
  const lead = answer.calculations.find((c) => c.kind === "difference");
  const [first, second] = lead?.steps[0]?.operands ?? [];
  const name = (id) => answer.related.find((e) => e.id === id)?.name;
  const top = name(first?.label);
  const next = name(second?.label);
  if (lead === void 0 || top === void 0 || next === void 0) return [];
  return [
    t(lang, "op.rankLead", {
      top: localize(top, lang),
      second: localize(next, lang),
      diff: formatAmount(lead.result.value, "gpus", lang)
    })
  ];
}
function summarizeItem(answer, lang) {
  const money = (n) => formatMoney(n, answer.price, lang);
  const name = answer.subject === void 0 ? "" : localize(answer.subject.name, lang);
  const q = answer.facts.find((f) => f.subject === answer.subject?.id)?.quantity;
  const was = q === void 0 ? 0 : "value" in q ? q.value : q.max;
  const priced = answer.calculations.find((c) => c.kind === "demand-cost");
  const id = answer.subject?.id;
  const compared = answer.calculations.filter((c) => c.kind === "difference").flatMap((c) => c.steps[0]?.operands ?? []).find((o, _, all) => o.label === id && all.every((x) => x.label !== void 0));
  const now = priced?.steps[0]?.operands[0]?.value ?? compared?.value ?? answer.calculations[0]?.result.value ?? was;
  const key = now > was ? "op.whatIfItemMore" : now < was ? "op.whatIfItemFewer" : "op.whatIfItem";
  const vars = {
    name,
    now: formatCount(now, lang),
    was: formatCount(was, lang),
    diff: formatCount(Math.abs(now - was), lang),
    price: answer.price === void 0 ? "" : money(answer.price.value),
    value: priced === void 0 ? "" : money(priced.result.value)
  };
  const line = t(lang, key, vars);
  return {
    title: t(lang, "op.whatIfTitle"),
    summary: priced === void 0 ? line : `${line}${t(lang, "op.whatIfItemValue", vars)}`
  };
}
function summarizeGap(answer, lang) {
  const times = answer.calculations.find((c) => c.kind === "ratio");
  const diff = answer.calculations.find((c) => c.kind === "difference");
  const gapId = answer.facts[0]?.id;
  const operands = diff?.steps[0]?.operands ?? [];
  const gap2 = operands.find((o) => o.label === gapId)?.value ?? 0;
  const other = operands.find((o) => o.label !== gapId)?.value ?? 0;
  const otherName = answer.subject === void 0 ? t(lang, "op.gapTotal") : localize(answer.subject.name, lang);
  const vars = {
    gap: formatCount(gap2, lang),
    other: otherName,
    count: formatCount(other, lang),
    gpu: answer.facts[1]?.gpu ?? "H100",
    times: formatAmount(times?.result.value ?? 0, "times", lang),
    diff: formatCount(diff?.result.value ?? 0, lang)
  };
  const key = times === void 0 ? gap2 >= other ? "op.gapMore" : "op.gapFewer" : "op.gapTimes";
  return { title: t(lang, "op.vs", { a: t(lang, "topic.gap"), b: otherName }), summary: t(lang, key, vars) };
}
function summarizeShortfall(answer, lang) {
  const money = (n) => formatMoney(n, answer.price, lang);
  const short = answer.calculations.find((c) => c.kind === "difference");
  const part = answer.calculations.find((c) => c.kind === "share");
  const [wanted, had] = short?.steps[0]?.operands ?? [];
  const vars = {
    name: answer.subject === void 0 ? "" : localize(answer.subject.name, lang),
    had: formatCount(had?.value ?? 0, lang),
    wanted: formatCount(wanted?.value ?? 0, lang),
    left: formatCount(short?.result.value ?? 0, lang),
    pct: part === void 0 ? "0%" : formatAmount(part.result.value, "percent", lang)
  };
  const priced = answer.calculations.find((c) => c.kind === "demand-cost");
  const line = t(lang, "op.shortfall", vars);
  return {
    title: t(lang, "op.whatIfTitle"),
    summary: priced === void 0 || answer.price === void 0 ? line : `${line}${t(lang, "op.shortfallValue", { price: money(answer.price.value), value: money(priced.result.value) })}`
  };
}
function headlineGap(answer) {
  const q = answer.facts.find((f) => f.metric === "h100-gap")?.quantity;
  return q !== void 0 && "value" in q ? q.value : 0;
}
function summarizeFilled(answer, lang) {
  const left = answer.calculations[0];
  const [gap2, supplied] = left?.steps[0]?.operands ?? [];
  const vars = {
    gap: formatCount(gap2?.value ?? 0, lang),
    supplied: formatCount(supplied?.value ?? 0, lang),
    left: formatCount(left?.result.value ?? 0, lang),
    name: answer.subject === void 0 ? "" : localize(answer.subject.name, lang),
    headline: formatCount(headlineGap(answer), lang)
  };
  return {
    title: t(lang, "op.whatIfTitle"),
    summary: t(
      lang,
      // (Off §02's total, which the user called the shortage, the reply says which figure it is.)
      answer.facts[0]?.metric === "h100-demand-total" ? answer.subject === void 0 ? "op.gapFilledTotal" : "op.gapFilledTotalFor" : answer.subject === void 0 ? "op.gapFilled" : "op.gapFilledFor",
      vars
    )
  };
}

// src/render/summarize.ts
function summarize(answer, lang, kb2) {
  const kind = summarizeKind(answer, lang, kb2);
  const after = [
    ...differenceValueLines(answer, lang),
    ...exchangeLines(answer, lang),
    ...restLines(answer, lang)
  ];
  const said = after.length === 0 ? kind : { ...kind, summary: joinSentences([kind.summary, ...after], lang) };
  const means = answer.calculations.filter((c) => c.kind === "average");
  if (means.length === 0) return said;
  const mean = means.map((c) => formatCount(c.result.value, lang)).join("\u2013");
  const over = formatCount(means[0]?.steps[0]?.operands[1]?.value ?? 0, lang);
  return { ...said, summary: `${said.summary}${t(lang, "op.average", { mean, over })}` };
}
function bothFiguresSummed(answer) {
  const [a, b, ...more] = answer.calculations;
  if (a?.kind !== "sum" || b?.kind !== "sum" || more.length > 0) return void 0;
  const left = a.steps[0]?.operands ?? [];
  const right = b.steps[0]?.operands ?? [];
  if (left.length !== right.length) return void 0;
  const differ = left.flatMap((o, i) => {
    const other = right[i];
    return other !== void 0 && other.label === o.label && other.value !== o.value ? [[o, other]] : [];
  });
  const [pair, ...others] = differ;
  if (pair === void 0 || others.length > 0 || pair[0].label === void 0) return void 0;
  const [lowSum, highSum] = a.result.value <= b.result.value ? [a, b] : [b, a];
  return {
    label: pair[0].label,
    low: lowSum.result.value,
    high: highSum.result.value,
    oneLow: Math.min(pair[0].value, pair[1].value),
    oneHigh: Math.max(pair[0].value, pair[1].value)
  };
}
function differenceValueLines(answer, lang) {
  if (answer.kind !== "comparison") return [];
  return answer.calculations.filter((c) => c.kind === "demand-cost").slice(0, 1).map(
    (c) => t(lang, "op.differenceValue", {
      price: formatMoney(c.steps[0]?.operands[1]?.value ?? 0, answer.price, lang),
      value: formatMoney(c.result.value, answer.price, lang)
    })
  );
}
function restLines(answer, lang) {
  return answer.calculations.filter((c) => c.kind === "remainder").slice(0, 1).map(
    (rest) => t(lang, "op.rest", {
      whole: formatCount(rest.steps[0]?.operands[0]?.value ?? 0, lang),
      rest: formatCount(rest.result.value, lang)
    })
  );
}
function exchangeLines(answer, lang) {
  return answer.calculations.filter((c) => c.kind === "exchange").map((c) => {
    const [usd, rate] = c.steps[0]?.operands ?? [];
    return t(lang, "op.exchange", {
      rate: formatAmount(rate?.value ?? 0, "cny-per-usd", lang),
      usd: formatAmount(usd?.value ?? 0, "usd", lang),
      yuan: formatAmount(c.result.value, "cny", lang)
    });
  });
}
function summarizeKind(answer, lang, kb2) {
  const name = (e) => localize(e.name, lang);
  const names = formatList(answer.related.map(name), lang);
  const topicTitle = answer.topic === void 0 ? "" : t(lang, `topic.${answer.topic}`);
  const firstFact = answer.facts[0] === void 0 ? "" : localize(answer.facts[0].text, lang);
  const subject = answer.subject === void 0 ? "" : name(answer.subject);
  const money = (n) => formatMoney(n, answer.price, lang);
  switch (answer.kind) {
    case "cloud-users": {
      if (answer.subject === void 0 && answer.related.length > 0) {
        const usersOf = (id) => answer.facts.filter((f) => f.objects.includes(id)).flatMap((f) => kb2.entityById.get(f.subject ?? "") ?? []);
        const order = answer.related.map((cloud) => {
          const users = [...new Map(usersOf(cloud.id).map((e) => [e.id, e])).values()];
          return t(lang, "cloudTally.item", {
            cloud: name(cloud),
            count: formatCount(users.length, lang),
            names: formatList(users.map(name), lang)
          });
        });
        return {
          title: topicTitle,
          summary: t(lang, "cloudTally.summary", {
            top: answer.related[0] === void 0 ? "" : name(answer.related[0]),
            order: order.join(t(lang, "op.rankSep"))
          })
        };
      }
      if (answer.subject === void 0) return { title: topicTitle, summary: t(lang, "answer.perArticle") };
      const title = t(lang, "cloudUsers.title", { cloud: subject });
      if (answer.check !== void 0) {
        const vars = { who: name(answer.check.entity), cloud: subject, names };
        return { title, summary: t(lang, answer.check.holds ? "cloudUsers.yes" : "cloudUsers.no", vars) };
      }
      const count = t(lang, answer.related.length === 1 ? "cloudUsers.countOne" : "cloudUsers.count", {
        count: formatCount(answer.related.length, lang)
      });
      return { title, summary: t(lang, "cloudUsers.list", { cloud: subject, count, names }) };
    }
    case "cloud-of": {
      const title = t(lang, "cloudOf.title", { company: subject });
      if (answer.check !== void 0) {
        const vars = { company: subject, names, cloud: name(answer.check.entity) };
        const key = answer.check.holds ? "cloudOf.yes" : answer.check.only === true && answer.related.includes(answer.check.entity) ? "cloudOf.notOnly" : "cloudOf.no";
        return { title, summary: t(lang, key, vars) };
      }
      return { title, summary: t(lang, "cloudOf.list", { company: subject, names }) };
    }
    case "gap": {
      const total = answer.calculations.find((c) => c.kind === "gap-total");
      const gapValues = answer.calculations.filter((c) => c.kind === "gap-value");
      const value = gapValues.find((c) => c.steps[0]?.operands[0]?.label === void 0);
      const headline2 = gapValues.find((c) => c.steps[0]?.operands[0]?.label !== void 0);
      const gapFact = answer.facts.find((f) => f.metric === "h100-gap");
      const gapCount = gapFact?.quantity !== void 0 && "value" in gapFact.quantity ? gapFact.quantity.value : void 0;
      const said = gapCount === void 0 ? "" : t(lang, headline2 === void 0 ? "gap.headline" : "gap.headlineValue", {
        gap: formatCount(gapCount, lang),
        gapValue: headline2 === void 0 ? "" : money(headline2.result.value)
      });
      const title = t(lang, answer.topic === "demand-total" ? "topic.demand-total" : "topic.gap");
      const scenario = t(lang, answer.scenario === "meta-25k" ? "gap.meta25k" : "gap.meta100k");
      if (answer.topic === "gap" && answer.price?.fromUser !== true && gapCount !== void 0 && total !== void 0 && value !== void 0 && headline2 !== void 0 && answer.price !== void 0)
        return {
          title,
          summary: t(lang, "gap.lead", {
            gap: formatCount(gapCount, lang),
            total: formatCount(total.result.value, lang),
            scenario,
            price: money(answer.price.value),
            gapValue: money(headline2.result.value),
            value: money(value.result.value)
          })
        };
      return {
        title,
        summary: `${t(lang, "gap.summary", {
          total: total === void 0 ? "" : formatCount(total.result.value, lang),
          scenario,
          price: answer.price === void 0 ? "" : money(answer.price.value),
          value: value === void 0 ? "" : money(value.result.value)
        })}${said}`
      };
    }
    case "cost": {
      const budget = answer.calculations.find((c) => c.kind === "budget-gpus");
      if (budget !== void 0) {
        const [budgetAmount, each] = budget.steps[0]?.operands ?? [];
        const vars2 = {
          budget: money(budgetAmount?.value ?? 0),
          price: money(each?.value ?? 0),
          count: formatCount(budget.result.value, lang),
          gpu: subject
        };
        return { title: t(lang, "cost.budget.title", vars2), summary: t(lang, "cost.budget.summary", vars2) };
      }
      const saved = answer.calculations.find((c) => c.kind === "difference");
      const [dear, cheap] = answer.calculations.filter((c) => c.kind === "demand-cost");
      if (saved !== void 0 && dear !== void 0 && cheap !== void 0) {
        const vars2 = {
          count: formatCount(dear.steps[0]?.operands[0]?.value ?? 0, lang),
          high: money(dear.steps[0]?.operands[1]?.value ?? 0),
          low: money(cheap.steps[0]?.operands[1]?.value ?? 0),
          highValue: money(dear.result.value),
          lowValue: money(cheap.result.value),
          diff: money(saved.result.value)
        };
        return { title: t(lang, "cost.saving.title", vars2), summary: t(lang, "cost.saving.summary", vars2) };
      }
      const priced = answer.calculations.filter((c) => c.kind === "demand-cost");
      const [low, high] = priced;
      if (priced.length === 2 && low !== void 0 && high !== void 0) {
        const vars2 = {
          company: subject,
          low: formatCount(low.steps[0]?.operands[0]?.value ?? 0, lang),
          high: formatCount(high.steps[0]?.operands[0]?.value ?? 0, lang),
          price: answer.price === void 0 ? "" : money(answer.price.value),
          lowValue: money(low.result.value),
          highValue: money(high.result.value)
        };
        if (answer.subject?.kind === "gpu") {
          const gpuVars = { ...vars2, gpu: subject, count: t(lang, "cost.rangeCount", vars2) };
          return {
            title: t(lang, "cost.count.title", gpuVars),
            summary: t(lang, "cost.countRange.summary", gpuVars)
          };
        }
        return { title: t(lang, "cost.one.title", vars2), summary: t(lang, "cost.range.summary", vars2) };
      }
      const calc = priced[0] ?? answer.calculations[0];
      const count = formatCount(calc?.steps[0]?.operands[0]?.value ?? 0, lang);
      const price = answer.price === void 0 ? "" : money(answer.price.value);
      const value = calc === void 0 ? "" : formatAmount(calc.result.value, calc.result.unit, lang);
      if (answer.subject?.kind === "gpu") {
        const vars2 = { count, gpu: subject, price, value };
        const one = calc?.steps[0]?.operands[0]?.value === 1;
        return {
          title: t(lang, one ? "cost.single.title" : "cost.count.title", vars2),
          summary: t(lang, one ? "cost.single.summary" : "cost.count.summary", vars2)
        };
      }
      if (answer.subject === void 0) {
        const vars2 = { names, count, price, value };
        const summary = t(lang, "cost.several.summary", vars2);
        const each = priced.slice(1).map((c) => {
          const label = c.steps[0]?.operands[0]?.label;
          const entity = label === void 0 ? void 0 : kb2.entityById.get(label);
          return {
            name: entity === void 0 ? "" : name(entity),
            count: formatCount(c.steps[0]?.operands[0]?.value ?? 0, lang),
            value: formatAmount(c.result.value, c.result.unit, lang)
          };
        });
        const [one] = each;
        const eachLine = each.length < 2 || one === void 0 ? [] : each.every((e) => e.count === one.count && e.value === one.value) ? [t(lang, "cost.several.eachAlike", one)] : [
          t(lang, "cost.several.eachList", {
            items: formatList(
              each.map((e) => t(lang, "cost.several.eachItem", e)),
              lang
            )
          })
        ];
        return {
          title: t(lang, "cost.several.title", vars2),
          summary: joinSentences([summary, ...eachLine], lang)
        };
      }
      const vars = { company: subject, count, price, value };
      return { title: t(lang, "cost.one.title", vars), summary: t(lang, "cost.one.summary", vars) };
    }
    case "compare": {
      const short = answer.calculations.find((c) => c.kind === "difference");
      const shortLine = short === void 0 ? [] : [
        t(lang, "compare.short", {
          target: formatCount(short.steps[0]?.operands[0]?.value ?? 0, lang),
          diff: formatCount(short.result.value, lang)
        })
      ];
      const lines = answer.calculations.filter((c) => c.kind !== "sum" && c.kind !== "difference").map((c) => {
        const [h100s, factor] = c.steps[0]?.operands ?? [];
        const fact = factor?.label === void 0 ? void 0 : kb2.factById.get(factor.label);
        if (c.kind === "duration") {
          const fromA100 = c.steps[0]?.op === "divide";
          return t(lang, fromA100 ? "compare.durationToH100" : "compare.durationToA100", {
            work: t(
              lang,
              fact?.metric === "speedup-16bit-training" ? "compare.training" : "compare.inference"
            ),
            time: formatAmount(h100s?.value ?? 0, "duration", lang),
            unit: durationUnit(h100s?.label, lang),
            result: formatAmount(c.result.value, "duration", lang),
            factor: formatAmount(factor?.value ?? 0, "duration", lang)
          });
        }
        return t(lang, c.kind === "h100-equivalents" ? "compare.lineReverse" : "compare.line", {
          work: t(
            lang,
            fact?.metric === "speedup-16bit-training" ? "compare.training" : "compare.inference"
          ),
          factor: formatAmount(factor?.value ?? 0, "times", lang),
          // A100s → H100s divides: the count given is of A100s and the result of H100s.
          h100s: formatCount(c.kind === "h100-equivalents" ? c.result.value : h100s?.value ?? 0, lang),
          a100s: formatCount(c.kind === "h100-equivalents" ? h100s?.value ?? 0 : c.result.value, lang)
        });
      });
      return {
        title: topicTitle,
        // (After a sum, the first fact is one of the figures added: the converted line says the sum.)
        summary: joinSentences(
          [...answer.calculations.some((c) => c.kind === "sum") ? [] : [firstFact], ...lines, ...shortLine],
          lang
        )
      };
    }
    case "demand": {
      const sum = answer.calculations.findLast((c) => c.kind === "sum");
      if (sum !== void 0 && answer.subject === void 0) {
        const vars = { names, total: formatCount(sum.result.value, lang) };
        const both = bothFiguresSummed(answer);
        if (both !== void 0) {
          const entity = kb2.entityById.get(both.label);
          return {
            title: t(lang, "demand.several.title", vars),
            summary: t(lang, "demand.severalBoth.summary", {
              names,
              low: formatCount(both.low, lang),
              high: formatCount(both.high, lang),
              one: entity === void 0 ? both.label : name(entity),
              oneLow: formatCount(both.oneLow, lang),
              oneHigh: formatCount(both.oneHigh, lang)
            })
          };
        }
        if (answer.calculations.filter((c) => c.kind !== "average" && c.kind !== "remainder").length > 1)
          return {
            title: t(lang, "demand.several.title", vars),
            summary: t(lang, "demand.severalChanged.summary", vars)
          };
        return {
          title: t(lang, "demand.several.title", vars),
          summary: t(lang, "demand.several.summary", vars)
        };
      }
      return { title: t(lang, "demand.title", { company: subject }), summary: firstFact };
    }
    case "holdings": {
      const sums = answer.calculations.filter((c) => c.kind === "sum").map((c) => c.result.value);
      if (answer.subject === void 0 && sums.length > 0) {
        const low = Math.min(...sums);
        const high = Math.max(...sums);
        return {
          title: topicTitle,
          summary: t(lang, "holdings.sum", {
            who: formatList(
              answer.related.map((e) => localize(e.name, lang)),
              lang
            ),
            count: low === high ? formatCount(low, lang) : `${formatCount(low, lang)}\u2013${formatCount(high, lang)}`,
            gpu: answer.facts[0]?.gpu ?? "GPU"
          })
        };
      }
      return answer.subject === void 0 ? { title: topicTitle, summary: t(lang, "holdings.all") } : { title: t(lang, "holdings.title", { company: subject }), summary: firstFact };
    }
    case "arithmetic": {
      const worked = answer.calculations.at(-1)?.result;
      const vars = {
        result: worked === void 0 ? "" : formatAmount(worked.value, worked.unit, lang),
        claimed: formatAmount(answer.claimed ?? 0, worked?.unit ?? "gpus", lang)
      };
      return {
        title: t(lang, "arithmetic.title"),
        summary: t(lang, answer.verdict === "no" ? "arithmetic.off" : "arithmetic.holds", vars)
      };
    }
    case "overview": {
      const { check } = answer;
      if (check !== void 0 && answer.subject?.kind === "group") {
        const vars = { entity: name(check.entity), group: subject, members: names };
        return {
          title: subject,
          summary: t(lang, check.holds ? "membership.in" : "membership.out", vars)
        };
      }
      return { title: subject, summary: t(lang, "overview.summary", { subject }) };
    }
    case "topic":
      return {
        title: topicTitle,
        summary: answer.topic === "source" ? t(lang, "answer.asOf", { asOf: capitalise(localize(kb2.source.asOf, lang)), fact: firstFact }) : firstFact
      };
    case "help":
      return {
        title: t(lang, "help.title"),
        summary: t(lang, "help.summary", {
          source: sourceName(kb2, lang),
          asOf: localize(kb2.source.asOf, lang)
        })
      };
    case "not-found":
      return {
        title: t(lang, "notFound.title"),
        summary: answer.missing === void 0 ? t(lang, "notFound.general") : t(lang, "notFound.missing", {
          missing: echoInCornerBrackets(describeMissing(answer.missing, lang))
        })
      };
    case "error":
      return {
        title: t(lang, "error.title"),
        summary: answer.error === void 0 ? "" : localize(answer.error.text, lang)
      };
    case "comparison":
    case "ranking":
    case "share":
    case "what-if":
      return summarizeOperation({ ...answer, kind: answer.kind }, lang, kb2);
  }
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function echoInCornerBrackets(text) {
  return text.replace(/[「」『』“”"《》]/g, " ").replace(/\s+/g, " ").trim();
}
function durationUnit(label, lang) {
  return label !== void 0 && label in DURATION_WORDS ? t(lang, `duration.${label}`) : label ?? "";
}

// src/render/presentAnswer.ts
function presentAnswer(answer, lang, kb2) {
  if (answer.parts !== void 0 && answer.parts.length > 1) {
    const parts = presentParts(answer.parts, lang, kb2);
    const own = answer.parts.some((p) => p.verdict !== void 0);
    return own ? parts : { ...parts, summary: openWithVerdict(parts.summary, answer.verdict, lang) };
  }
  const verdict = answer.check === void 0 ? answer.verdict : void 0;
  const oneName = sameNames(answer, lang, kb2);
  const summarized = summarize(answer, lang, kb2);
  const title = lang === "en" ? capitalized(summarized.title) : summarized.title;
  const unused = answer.unused === void 0 || answer.unused.length === 0 ? "" : t(lang, "answer.unused", {
    amounts: answer.unused.map((text) => t(lang, "answer.quoted", { text })).join(t(lang, "list.sep"))
  });
  const said = oneName(summarized.summary);
  const namedSummary = lang === "en" && answer.found ? capitalized(said) : said;
  const summary = openWithVerdict(namedSummary, verdict, lang) + unused;
  const sectionOf = (id) => {
    const section = kb2.source.sections.find((s) => s.id === id);
    return section === void 0 ? `\xA7${id}` : localize(section.title, lang);
  };
  const footer = [
    sourceLine(kb2, lang),
    answer.sections.map(sectionOf).join(t(lang, "list.sep")),
    localize(kb2.source.asOf, lang)
  ].filter((part) => part !== "").join(" \xB7 ");
  const facts = answer.facts.map((f) => oneName(localize(f.text, lang))).filter((text) => text !== namedSummary);
  return {
    lang,
    title,
    summary,
    facts: answer.kind === "not-found" || answer.kind === "error" ? [] : facts,
    steps: stepsOf(answer, lang, kb2),
    caveats: answer.caveats.map((c) => oneName(localize(c.text, lang))),
    quotes: quotesOf2(answer.facts, lang, sectionOf),
    suggestions: answer.kind === "not-found" ? offers(answer, lang) : [],
    footer,
    found: answer.found,
    isError: answer.kind === "error"
  };
}
function presentParts(parts, lang, kb2) {
  const shown = parts.map((p) => presentAnswer(p, lang, kb2));
  const unique = (items, key = String) => {
    const seen = /* @__PURE__ */ new Set();
    return items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  };
  const [first] = shown;
  if (first === void 0) throw new Error("a multi-part answer has parts");
  return {
    ...first,
    title: shown.map((p) => p.title).join(" \xB7 "),
    // A part that opens by restating the part before ("Tesla has about 7,000 A100s. For training, 7,000
    // A100s…") goes on from it instead.
    summary: joinSentences(
      shown.map((p, i) => {
        const before = shown[i - 1]?.summary;
        const sep = sentenceSeparator(lang);
        return before !== void 0 && before !== "" && p.summary.startsWith(before + sep) ? p.summary.slice(before.length + sep.length) : p.summary;
      }),
      lang
    ),
    facts: unique(shown.flatMap((p) => p.facts)),
    steps: unique(shown.flatMap((p) => p.steps)),
    caveats: unique(shown.flatMap((p) => p.caveats)),
    quotes: unique(
      shown.flatMap((p) => p.quotes),
      (q) => q.text
    ),
    suggestions: unique(shown.flatMap((p) => p.suggestions)),
    found: shown.some((p) => p.found)
  };
}
function sameNames(answer, lang, kb2) {
  if (lang === "en") return (text) => text;
  const ids = new Set(
    answer.calculations.flatMap((c) => c.steps.flatMap((s) => s.operands.flatMap((o) => o.label ?? [])))
  );
  const entities = [
    answer.subject,
    answer.check?.entity,
    ...answer.related,
    ...[...ids].map((id) => kb2.entityById.get(id))
  ].filter((e) => e !== void 0);
  const renames = [...new Map(entities.map((e) => [e.id, e])).values()].map((e) => ({ from: e.name.en, to: localize(e.name, lang) })).filter(({ from, to }) => from !== to && /^[\w .-]+$/.test(from)).map(({ from, to }) => ({ to, pattern: new RegExp(`(?<![\\w.])${escapeRegExp(from)}(?![\\w])`, "g") }));
  return (text) => spaceCjkLatin(
    renames.reduce(
      // The Chinese name may contain the English one ("微软 Azure"): leave those occurrences alone.
      // (replace with a global pattern starts from the beginning each time.)
      (out, { to, pattern }) => out.split(to).map((part) => part.replace(pattern, to)).join(to),
      text
    )
  );
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function offers(answer, lang) {
  const missing = answer.missing === void 0 ? "" : normalize(describeMissing(answer.missing, lang));
  const asked2 = missing === "" ? [] : [missing, ...missing.split(" ").filter((w) => w.length >= 3)];
  const work = editRows();
  const near = (e) => [e.name.en, e.name.zh, ...e.aliases].some((n) => {
    const name = normalize(n);
    const budget = Math.max(1, Math.floor(name.length / 4));
    return asked2.some((a) => editDistance(a, name, budget, work) <= budget);
  });
  const names = (list) => formatList(
    list.map((e) => localize(e.name, lang)),
    lang
  );
  const close = answer.suggestions.filter(near);
  const instead = answer.suggestions.filter((e) => !near(e));
  return [
    ...close.length === 0 ? [] : [t(lang, "suggest.didYouMean", { names: names(close) })],
    ...instead.length === 0 ? [] : [t(lang, "suggest.coveredInstead", { names: names(instead) })]
  ];
}
function quotesOf2(facts, lang, sectionOf) {
  const flat = facts.map((f) => f.quote.replace(/\s+/g, " ").trim());
  const kept = facts.map((fact, i) => ({ fact, text: flat[i] ?? "" })).filter(
    ({ text }, i) => flat.every((other, j) => j === i || !other.includes(text) || other === text && j > i)
  );
  return kept.map(({ fact, text }) => {
    const wordings = [
      ...new Set(
        facts.filter((_, i) => (flat[i] ?? "").length > 0 && text.includes(flat[i] ?? "")).map((f) => f.text.en)
      )
    ];
    const chinese = /\p{Script=Han}/u.test(text);
    return {
      text,
      section: sectionOf(fact.section),
      ...lang === "en" && chinese && wordings.length > 0 ? { translation: wordings.join(" ") } : {}
    };
  });
}
function stepsOf(answer, lang, kb2) {
  const steps = answer.calculations.flatMap((c) => c.steps);
  const several = steps.filter((s) => s.op === "multiply" && s.operands.some((o) => o.label !== void 0)).length > 1;
  return steps.map((s) => formatStep(s, lang, kb2, several));
}
function capitalized(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/render/lengthOf.ts
function lengthOf(text) {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 55296 && unit <= 56319) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// src/render/visiblePart.ts
var VISIBLE_LIMIT = { en: 600, "zh-Hans": 300, "zh-Hant": 300 };
function visibleLines(p, more = "reply.more") {
  const budget = VISIBLE_LIMIT[p.lang] - lengthOf(p.title) - 40;
  const lines = [p.summary];
  let used = lengthOf(p.summary) + p.suggestions.reduce((n, s) => n + lengthOf(s) + 1, 0);
  let shown = 0;
  for (const fact of p.facts) {
    const line = `\u2022 ${fact}`;
    const length = lengthOf(line) + 1;
    if (used + length > budget) break;
    lines.push(line);
    used += length;
    shown++;
  }
  if (shown < p.facts.length) lines.push(t(p.lang, more, { count: p.facts.length - shown }));
  return [...lines, ...p.suggestions];
}

// src/render/renderText.ts
function renderText(answer, kb2, lang = replyLangFor(answer.question, answer.lang), length = "full") {
  const p = presentAnswer(answer, lang, kb2);
  const lines = length === "brief" ? [p.title, "", ...visibleLines(p)] : fullLines(p);
  if (!p.isError) lines.push("", p.footer);
  return lines.join("\n");
}
function fullLines(p) {
  const lines = [p.title, "", p.summary];
  if (p.facts.length > 0) lines.push("", ...p.facts.map((f) => `\u2022 ${f}`));
  if (p.steps.length > 0)
    lines.push(
      "",
      `${t(p.lang, "reply.calculation")}${t(p.lang, "punct.colon")}`,
      ...p.steps.map((s) => `  ${s}`)
    );
  if (p.caveats.length > 0)
    lines.push(
      "",
      `${t(p.lang, "reply.caveats")}${t(p.lang, "punct.colon")}`,
      ...p.caveats.map((c) => `  ! ${c}`)
    );
  if (p.suggestions.length > 0) lines.push("", ...p.suggestions);
  if (p.quotes.length > 0) {
    lines.push("", `${t(p.lang, "reply.articleSays")}${t(p.lang, "punct.colon")}`);
    for (const q of p.quotes) {
      lines.push(`  > ${q.text} (${q.section})`);
      if (q.translation !== void 0)
        lines.push(`    ${t(p.lang, "reply.translation")}${t(p.lang, "punct.colon")} ${q.translation}`);
    }
  }
  return lines;
}

// ../../tmp/perf/prof.mts
var kb = loadKnowledge("/work/main/knowledge");
var engine = createEngine(kb);
var qs = readFileSync3(process.argv[2] ?? "/work/main/tests/questions/questions.jsonl", "utf8").split("\n").filter(Boolean).map((l) => {
  const o = JSON.parse(l);
  return o.question ?? o.q ?? o.text;
});
var t0 = performance.now();
for (let i = 0; i < Number(process.argv[3] ?? 20); i++) for (const q of qs) renderText(engine.ask(q), kb);
console.log("ms/q", ((performance.now() - t0) / qs.length / Number(process.argv[3] ?? 20)).toFixed(4));
