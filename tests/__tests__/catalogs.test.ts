import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogs/en.js';
import { spaceCjkLatin, toTraditional } from '../../src/i18n/chineseText.js';
import { LANGS } from '../../src/i18n/langs.js';
import { CATALOGS, t } from '../../src/i18n/t.js';
import { openWithVerdict } from '../../src/render/openWithVerdict.js';

/** Keys the English catalog (which defines them) has and `catalog` lacks. */
function missingKeys(catalog: Readonly<Record<string, string>>): string[] {
  return Object.keys(en).filter((key) => typeof catalog[key] !== 'string' || catalog[key] === '');
}

describe('message catalogs', () => {
  it.each(LANGS)(
    'GIVEN the %s catalog WHEN compared with the message keys THEN it has every key and no other',
    (lang) => {
      const catalog = CATALOGS[lang];
      expect(missingKeys(catalog)).toEqual([]);
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    },
  );

  it('GIVEN a catalog lacking a key WHEN checked THEN the check names the key', () => {
    const { 'verdict.yes': _, ...withoutYes } = CATALOGS['zh-Hans'];
    expect(missingKeys(withoutYes)).toEqual(['verdict.yes']);
  });

  it.each(LANGS)(
    'GIVEN the %s catalog WHEN its placeholders are read THEN they are the English message’s',
    (lang) => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, text] of Object.entries(en)) {
        expect(names(CATALOGS[lang][key as keyof typeof en]), `${lang} ${key}`).toEqual(names(text));
      }
    },
  );

  it('GIVEN the Traditional catalog WHEN converted to Traditional again THEN nothing changes: it is written in Traditional', () => {
    for (const [key, text] of Object.entries(CATALOGS['zh-Hant'])) {
      expect(toTraditional(text), key).toBe(text);
    }
  });

  it('GIVEN yes/no verdicts WHEN looked up THEN they read Yes/No, 是的/不是', () => {
    expect(LANGS.map((lang) => [t(lang, 'verdict.yes'), t(lang, 'verdict.no')])).toEqual([
      ['Yes', 'No'],
      ['是的', '不是'],
      ['是的', '不是'],
    ]);
  });
});

describe('t()', () => {
  it('GIVEN a message with values WHEN filled THEN every placeholder is replaced', () => {
    expect(t('en', 'cloudUsers.list', { cloud: 'Azure', count: '1 company', names: 'OpenAI' })).toBe(
      'Per the article, Azure is used by 1 company: OpenAI.',
    );
  });

  it('GIVEN a Chinese message WHEN filled with Latin names THEN Han and Latin text are spaced the usual way', () => {
    expect(
      t('zh-Hans', 'cloudUsers.list', { cloud: 'Azure', count: '3家', names: 'OpenAI、Inflection和Nvidia' }),
    ).toBe('据文章，使用 Azure 的有 3家：OpenAI、Inflection 和 Nvidia。');
  });

  it('GIVEN a message missing one of its values WHEN filled THEN it throws rather than print a placeholder', () => {
    expect(() => t('en', 'cloudUsers.list', { cloud: 'Azure', count: '1 company' })).toThrow(/names/);
  });
});

describe('spaceCjkLatin', () => {
  it.each([
    ['OpenAI使用Azure。', 'OpenAI 使用 Azure。'],
    ['合计43.2万张H100', '合计 43.2万张 H100'],
    ['按每张3.5万美元计算', '按每张 3.5万美元计算'],
    ['H100需求', 'H100 需求'],
    ['据第02节', '据第02节'],
    ['微软 Azure', '微软 Azure'],
    ['「谁需要?」', '「谁需要?」'],
  ])('GIVEN %s WHEN spaced THEN it reads %s', (input, expected) => {
    expect(spaceCjkLatin(input)).toBe(expected);
    expect(spaceCjkLatin(expected)).toBe(expected);
  });
});

describe('openWithVerdict', () => {
  it('GIVEN a yes/no answer WHEN opened with its verdict THEN it starts with Yes/No, 是的/不是', () => {
    expect(openWithVerdict('Per the article, OpenAI uses Azure.', 'yes', 'en')).toBe(
      'Yes. Per the article, OpenAI uses Azure.',
    );
    expect(openWithVerdict('文章没有说 OpenAI 使用 AWS。', 'no', 'zh-Hans')).toBe(
      '不是。文章没有说 OpenAI 使用 AWS。',
    );
    expect(openWithVerdict('據文章。', 'yes', 'zh-Hant')).toBe('是的。據文章。');
    expect(openWithVerdict('Per the article.', undefined, 'en')).toBe('Per the article.');
  });
});
