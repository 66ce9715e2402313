import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chartForAnswer } from '../../src/chart/chartForAnswer.js';
import { renderDiscordReply } from '../../src/discord/renderDiscordReply.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { isTraditional } from '../../src/engine/lang.js';
import { LANGS, type ReplyLang } from '../../src/i18n/langs.js';
import { langOfLocale, replyLangFor } from '../../src/i18n/replyLang.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { presentAnswer } from '../../src/render/presentAnswer.js';
import { renderText } from '../../src/render/renderText.js';
import { sourceLine } from '../../src/render/sourceLine.js';
import { VISIBLE_LIMIT } from '../../src/render/visiblePart.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);
const FILE_NAMES: Readonly<Record<ReplyLang, string>> = {
  en: 'en',
  'zh-Hans': 'zh-hans',
  'zh-Hant': 'zh-hant',
};

/** The bot's own words of a text reply: everything but the quoted article lines. */
function ownWords(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
}

describe('golden replies in three languages', () => {
  it.each(
    ['/who-uses azure', '/gap price:30000', '/cloud company:anthropic'].flatMap((command) =>
      LANGS.map((lang) => [command, lang] as const),
    ),
  )('GIVEN %s WHEN rendered in %s THEN the reply is the golden one', async (command, lang) => {
    const slug = command.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    await expect(renderText(engine.ask(command), kb, lang)).toMatchFileSnapshot(
      `../golden/${slug}.${FILE_NAMES[lang]}.txt`,
    );
  });
});

describe('Traditional Chinese', () => {
  it.each([
    ['誰在用微軟雲', ['OpenAI', 'Inflection', '輝達']],
    ['哪些公司在用亞馬遜雲？', ['Anthropic', 'Cohere', 'Hugging Face']],
    ['/gap price:3萬', ['129.6億美元']],
    ['缺口按每張3萬美元算', ['129.6億美元']],
  ])(
    'GIVEN %s WHEN answered THEN it is read like Simplified and answered in Traditional',
    (question, expected) => {
      const answer = engine.ask(question);
      const text = renderText(answer, kb);

      expect(answer.found, text).toBe(true);
      for (const word of expected) expect(text).toContain(word);
      expect(isTraditional(ownWords(text))).toBe(true);
      expect(ownWords(text)).not.toMatch(/[据说这计们]/u);
    },
  );

  it('GIVEN a Traditional reply WHEN it quotes the article THEN the quote stays as the article wrote it, in Simplified', () => {
    const text = renderText(engine.ask('/gap price:3萬'), kb);
    expect(text).toContain('> 保守估计,H100的供给缺口达到43万张');
  });

  it('GIVEN the same question in Simplified and in Traditional WHEN answered THEN the facts and numbers are the same', () => {
    const simplified = engine.ask('谁在用微软云');
    const traditional = engine.ask('誰在用微軟雲');
    expect(traditional.related.map((e) => e.id)).toEqual(simplified.related.map((e) => e.id));
    expect(traditional.facts.map((f) => f.id)).toEqual(simplified.facts.map((f) => f.id));
  });

  it.each([
    ['who uses azure?', 'en', undefined, 'en'],
    ['谁在用微软云', 'zh', 'en-US', 'zh-Hans'],
    ['誰在用微軟雲', 'zh', 'zh-CN', 'zh-Hant'],
    ['OpenAI 用哪家云', 'zh', 'zh-TW', 'zh-Hant'],
    ['OpenAI 用哪家云', 'zh', 'zh-CN', 'zh-Hans'],
  ] as const)(
    'GIVEN %s (read as %s) from a %s client WHEN choosing the reply language THEN it is %s',
    (q, asked, locale, expected) => {
      expect(replyLangFor(q, asked, locale)).toBe(expected);
    },
  );

  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['en-US', 'en'],
    [undefined, 'en'],
  ] as const)('GIVEN the Discord locale %s WHEN read THEN replies are in %s', (locale, expected) => {
    expect(langOfLocale(locale)).toBe(expected);
  });
});

describe('replies sized for a channel', () => {
  const questions = [
    '/who-uses azure',
    '/gap price:30000',
    '/cloud company:anthropic',
    '/holdings',
    '/topics',
    '/demand company:meta',
    'who needs H100s and how many?',
    'who uses lambda',
  ];

  it.each(LANGS)(
    'GIVEN the common questions WHEN rendered for Discord in %s THEN the visible part is under the aim',
    (lang) => {
      for (const q of questions) {
        const { message } = renderDiscordReply(engine.ask(q), lang, kb, { query: q });
        const embed = message.embeds[0];
        const visible = [message.content ?? '', embed?.title ?? '', embed?.description ?? '']
          .concat((embed?.fields ?? []).flatMap((f) => [f.name, f.value]))
          .join('\n');
        expect([...visible].length, `${q}: ${visible}`).toBeLessThan(VISIBLE_LIMIT[lang]);
      }
    },
  );

  it('GIVEN /gap price:30000 WHEN rendered THEN the direct answer comes first and says the value is at the asked price', () => {
    const p = presentAnswer(engine.ask('/gap price:30000'), 'en', kb);
    expect(p.summary.startsWith('At $30,000 per H100')).toBe(true);
    expect(p.summary).toContain('$12.96B');
    const brief = renderText(engine.ask('/gap price:30000'), kb, 'en', 'brief');
    expect(brief.split('\n')[2]).toBe(p.summary);
    expect(brief).not.toContain('432,000 × $30,000');
    expect(renderText(engine.ask('/gap price:30000'), kb, 'en')).toContain('432,000 × $30,000 = $12.96B');
  });

  it('GIVEN a Chinese reply naming xAI’s cloud WHEN rendered THEN the cloud has one name throughout', () => {
    const text = renderText(engine.ask('xAI 用哪家云？'), kb, 'zh-Hans');
    expect(ownWords(text)).toContain('甲骨文');
    expect(ownWords(text)).not.toContain('Oracle');
  });

  it('GIVEN an English reply quoting the Chinese article WHEN rendered THEN the fact’s English wording sits beside the quote as a translation', () => {
    const text = renderText(engine.ask('/gap price:30000'), kb, 'en');
    expect(text).toContain('> 以每块约3.5万美元计算');
    expect(text).toMatch(
      /> 以每块约3\.5万美元计算.*\n\s+translation: The article prices each H100 at about \$35,000\./,
    );
  });

  it('GIVEN an unknown name WHEN it is near a known one, or the article covers others THEN each is its own offer', () => {
    const near = presentAnswer(engine.ask('/cloud company:infletcion corp'), 'en', kb);
    const far = presentAnswer(engine.ask('who uses lambda'), 'en', kb);
    expect(near.suggestions).toEqual(['Did you mean Inflection?']);
    expect(far.suggestions).toEqual([expect.stringMatching(/^The article covers instead: .*Azure.*\.$/)]);
    expect(presentAnswer(engine.ask('/cloud company:infletcion corp'), 'zh-Hant', kb).suggestions).toEqual([
      '你是不是想問 Inflection？',
    ]);
  });

  it('GIVEN a name with brackets that the article lacks WHEN echoed THEN no brackets sit inside 「」', () => {
    const text = renderText(engine.ask('「苹果」公司用哪家云？'), kb, 'zh-Hans');
    expect(text).not.toMatch(/「[^」\n]*[「『《][^」\n]*」/u);
  });
});

describe('the source line', () => {
  it.each(LANGS)(
    'GIVEN a %s reply, its Discord footer and its chart WHEN the source is named THEN it is the same line, the original title included',
    (lang) => {
      const answer = engine.ask('/gap price:30000');
      const line = sourceLine(kb, lang);
      expect(line).toContain(kb.source.title.en);
      expect(renderText(answer, kb, lang).split('\n').at(-1)?.startsWith(line)).toBe(true);
      expect(
        renderDiscordReply(answer, lang, kb, {
          query: '/gap price:30000',
        }).message.embeds[0]?.footer?.text.startsWith(line),
      ).toBe(true);
      expect(chartForAnswer(answer, kb, lang)?.caption.at(-1)).toBe(line);
    },
  );
});
