import type { Entity } from '../knowledge/schema.js';
import { EN_NUMBER_WORDS } from './numberWords/en.js';
import { ZH_NUMBER_WORDS } from './numberWords/zh.js';
import type { EntityMention, Reading } from './readQuestion.js';

/** "等四间", "等4家", "and the other three": how many a name stands for, with itself. */
const ETC_COUNT =
  /^\s*(?:等|等等)\s*(?<zh>[二两三四五六七八九\d])\s*(?:家|间|間|个|個|间公司|家公司)|^\s*(?:and|&)\s+(?:the\s+)?(?:other|rest of the)\s+(?<en>two|three|four|five|2|3|4|5)\b/u;

/** What stands before a count said of each, right after the names: "每间 1万", "at 10k each", "各1万". */
const EACH_BEFORE = /^[^,，.;。?？]{0,12}?(?:每间|每家|每間|各|at|@)\s*$/u;

/**
 * Names said for a group by one of its members and a count ("Anthropic 等四间每间 1 万", "Anthropic and
 * the other three"): the mention stands for the one group of that many members that includes it.
 * Mentions read as they are when no such group exists.
 */
export function withEtcGroups(
  { text, entities: mentions, numbers }: Pick<Reading, 'text' | 'entities' | 'numbers'>,
  entities: readonly Entity[],
  /** A member's own demand figure, when it has one. */
  demandOf: (id: string) => number | undefined,
): readonly EntityMention[] {
  return mentions.map((m) => {
    if (m.start < 0 || m.entity.kind === 'group') return m;
    const said = ETC_COUNT.exec(text.slice(m.start + m.text.length));
    const word = said?.groups?.zh ?? said?.groups?.en;
    if (word === undefined) return m;
    // ("等四间" counts the name with the others; "and the other three" counts them without it.)
    const count = (smallNumber(word) ?? 0) + (said?.groups?.en === undefined ? 0 : 1);
    const candidates = entities.filter(
      (g) => g.kind === 'group' && g.members.length === count && g.members.includes(m.entity.id),
    );
    // (Of two such groups, the one whose members each want the count said: "每间 1 万", "at 10k each".)
    // (The count as the question's numbers read it, the first after the words that say how many.)
    const after = m.start + m.text.length + (said?.[0].length ?? 0);
    const eachValue = numbers.find(
      (n) => n.start >= after && EACH_BEFORE.test(text.slice(after, n.start)),
    )?.value;
    const alike =
      candidates.length > 1 && eachValue !== undefined
        ? candidates.filter((g) => g.members.every((id) => demandOf(id) === eachValue))
        : candidates;
    // (…else the one the name leads, as a list is named by its first: "Anthropic 等四家".)
    const [group, ...more] = alike.length > 1 ? alike.filter((g) => g.members[0] === m.entity.id) : alike;
    return group === undefined || more.length > 0 ? m : { ...m, entity: group };
  });
}

/** A small number said as a digit or a word, in English or Chinese: "4", "four", "四", "两". */
export function smallNumber(word: string): number | undefined {
  const units: Readonly<Record<string, number>> = EN_NUMBER_WORDS.units;
  const digits: Readonly<Record<string, number>> = ZH_NUMBER_WORDS.digits;
  const n = units[word] ?? digits[word] ?? Number(word);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
