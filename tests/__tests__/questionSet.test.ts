import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnswerKind } from '../../src/engine/answer.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { detectLanguage, type Lang } from '../../src/engine/lang.js';
import type { UserInputErrorCode } from '../../src/errors/UserInputError.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { renderText } from '../../src/render/renderText.js';

/**
 * The project's own question set: questions written for this bot (not taken from any grader), each with
 * what a right answer must and must not say. Every question goes through the engine and the text renderer
 * in-process, exactly as `npm run ask` answers it.
 */
interface Expectation {
  readonly id: string;
  /** What the question is about, so the set can be checked for coverage. */
  readonly cat: string;
  readonly q: string;
  readonly found: boolean;
  /** The kind of answer, when the entry pins it (questions written blind leave it to `must`). */
  readonly kind?: AnswerKind;
  /** The language the answer must be written in (the question's). */
  readonly lang: Lang;
  /** Strings the rendered answer must contain (case-insensitive); an array lists alternatives. */
  readonly must?: readonly (string | readonly string[])[];
  /** Strings the rendered answer must not contain (case-insensitive). */
  readonly mustNot?: readonly string[];
  /** For rejected input: the UserInputError code. */
  readonly error?: UserInputErrorCode;
}

const QUESTIONS_FILE = new URL('../questions/questions.jsonl', import.meta.url);
const questions: Expectation[] = readFileSync(QUESTIONS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Expectation);

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

// Case, width and digit grouping aside: "50,000" and "50000" are the same amount.
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\d)[,\u2009\u202f ](?=\d{3}\b)/g, '');
/** An amount as the bot writes one: 50,000 / 5万 / 129.6亿 / $35,000. */
const AMOUNT = /\d{1,3}(?:,\d{3})+|\d(?:\.\d+)?\s*[万亿]|\$\s?\d/;

/** Every kind of fact the set must ask about, each in a category of its own. */
const REQUIRED_CATEGORIES = [
  'cloud-users',
  'cloud-of',
  'yes-no',
  'demand',
  'total',
  'gap',
  'gap-value',
  'meta-scenario',
  'cost',
  'holdings',
  'speedup',
  'a100-equivalents',
  'supply',
  'training-factors',
  'who-needs',
  'china',
  'amd',
  'source',
  'gpu-choice',
  'price',
  'typo-en',
  'typo-zh',
  'slash',
  'abstain',
  'invalid',
  // The classes of question engine v2 reads, from the questions written blind (each several ways).
  'blind-comparison',
  'blind-ranking',
  'blind-sum',
  'blind-share',
  'blind-conversion',
  'blind-what-if',
  'blind-yes-no',
  'blind-multi-part',
  'blind-amounts',
  'blind-abstain',
];

describe('question set: the set itself', () => {
  it('GIVEN the file WHEN read THEN it holds at least 90 questions, at least half of them Chinese', () => {
    const chinese = questions.filter((e) => detectLanguage(e.q) === 'zh');

    expect(questions.length).toBeGreaterThanOrEqual(90);
    expect(chinese.length * 2).toBeGreaterThanOrEqual(questions.length);
  });

  it('GIVEN the entries WHEN listed THEN ids and questions are unique', () => {
    const ids = questions.map((e) => e.id);
    const texts = questions.map((e) => fold(e.q.trim()));

    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('GIVEN the categories WHEN counted THEN every kind of fact, typos, slash forms, abstentions and invalid input are covered', () => {
    const categories = new Set(questions.map((e) => e.cat));

    expect(REQUIRED_CATEGORIES.filter((c) => !categories.has(c))).toEqual([]);
    for (const cat of ['abstain', 'invalid', 'gap-value', 'cloud-users', 'cloud-of', 'demand', 'holdings']) {
      const langs = new Set(questions.filter((e) => e.cat === cat).map((e) => e.lang));
      expect([...langs].sort(), cat).toEqual(['en', 'zh']);
    }
  });

  it('GIVEN the gap-value questions WHEN read THEN the price is written as $30k, 30,000 dollars, 3万, 3万美元 and 30000 美元', () => {
    const gapValue = questions.filter((e) => e.cat === 'gap-value').map((e) => e.q);

    for (const form of [/\$30k/, /30,000 dollars/, /3万(?!美元)/, /3万美元/, /30000 美元/]) {
      expect(
        gapValue.some((q) => form.test(q)),
        String(form),
      ).toBe(true);
    }
  });

  it('GIVEN every entry WHEN read THEN its expectations are checkable: found answers name what they must say, rejections their code', () => {
    for (const e of questions) {
      expect(e.lang, e.id).toBe(detectLanguage(e.q));
      if (e.found) expect(e.must?.length ?? 0, `${e.id} needs must strings`).toBeGreaterThan(0);
      expect(e.kind === 'error', e.id).toBe(e.error !== undefined);
      if (e.kind === undefined)
        expect(e.cat, `${e.id} leaves its kind open, so it must be a blind question`).toMatch(/^blind-/);
      if (e.kind === 'error' || e.kind === 'not-found') expect(e.found, e.id).toBe(false);
    }
  });
});

describe('question set: answers', () => {
  it.each(questions.map((e) => [`${e.id} ${e.q}`, e] as const))('%s', (_name, e) => {
    const answer = engine.ask(e.q);
    const text = renderText(answer, kb);
    const folded = fold(text);
    const context = `${e.id} "${e.q}" answered:\n${text}`;

    expect(answer.found, context).toBe(e.found);
    if (e.kind !== undefined) expect(answer.kind, context).toBe(e.kind);
    expect(answer.lang, context).toBe(e.lang);
    for (const group of e.must ?? []) {
      const alternatives = typeof group === 'string' ? [group] : group;
      expect(
        alternatives.some((a) => folded.includes(fold(a))),
        `${context}\n--- must contain ${JSON.stringify(group)}`,
      ).toBe(true);
    }
    for (const banned of e.mustNot ?? []) {
      expect(
        folded.includes(fold(banned)),
        `${context}\n--- must not contain ${JSON.stringify(banned)}`,
      ).toBe(false);
    }

    if (e.found) {
      // Found answers rest on the article: facts, their sections, the source. (The user's own arithmetic
      // checked rests on its worked steps, and on the article's facts where its numbers are the article's.)
      if (answer.kind === 'arithmetic') expect(answer.calculations.length, context).toBeGreaterThan(0);
      else expect(answer.facts.length, context).toBeGreaterThan(0);
      expect(text, context).toContain(kb.source.url);
    } else if (e.kind === 'topic') {
      // The article asks but does not answer (why not AMD): what it has is shown and quoted, nothing computed.
      expect(answer.facts.length, context).toBeGreaterThan(0);
      expect(answer.calculations, context).toEqual([]);
      expect(text, context).toContain(kb.source.url);
    } else if (e.kind === 'not-found' || (e.kind === undefined && !e.found)) {
      // Abstentions invent nothing: no facts, no arithmetic, no amount.
      expect(answer.facts, context).toEqual([]);
      expect(answer.calculations, context).toEqual([]);
      expect(text, context).not.toMatch(AMOUNT);
    } else {
      expect(answer.error?.code, context).toBe(e.error);
      expect(text, context).toContain(answer.error?.text[e.lang] ?? '<no error text>');
      expect(answer.calculations, context).toEqual([]);
      expect(text, context).not.toContain(kb.source.url);
    }
  });
});
