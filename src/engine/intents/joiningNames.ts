import type { Entity } from '../../knowledge/schema.js';
import type { LineItemChange } from '../answers/whatIf.js';
import type { AskContext } from '../context.js';
import { placesOf } from '../placesOf.js';
import type { Slots } from '../slots.js';
import { figureOf } from './figures.js';

/** What joins a name the article lacks to the count it is supposed to want: "apple wanted 50k", "苹果也要5万张". */
const WANTS_BETWEEN =
  /^\s*(?:(?:also|too)\s+)?(?:wanted|wants|want|needed|needs|need|asked for|asks for|ordered|orders|joined(?: in)?(?: with| at)?|joins(?: with| at)?|came in at|comes in at|at|with)\s*(?:about|around|like|~)?\s*$|^\s*(?:也)?(?:想要|要|需要|订|訂|加入)\s*(?:了)?\s*(?:约|大约)?\s*$/u;

/** …or to another's figure: "apple wanted as many as meta", "苹果也要跟 Meta 一样多". */
const LIKE_BETWEEN_EN =
  /^\s*(?:(?:also|too)\s+)?(?:wanted|wants|want|needed|needs|need)\s+(?:as many(?: h100s?)? as|the same as|what)\s*$/u;
const LIKE_BETWEEN_ZH = /^\s*(?:也)?(?:想要|要|需要)?\s*(?:跟|和|同|与|像)\s*$/u;
const LIKE_AFTER_ZH = /^\s*(?:的)?\s*(?:一样|一樣|同样|同樣)/u;

/** What a supposed newcomer follows: "what if apple…", "plus xiaomi at…", "如果苹果…". */
const SUPPOSED_BEFORE =
  /(?:\bif|\bsuppose|\bsay|\bimagine|\bplus|\badd(?:ing)?|\band|\bcalled|\bnamed|如果|假如|要是|假设|假設|若|加上|再加上|叫|叫做|名叫)\s*$/u;

/** Unplaced words that are no name: "new total", "what if joined". */
const NO_NAME =
  /^(?:new|total|joined|also|too|then|they|we|us|someone|somebody|anyone|everyone|another|other|else|company|companies|startup|lab)$/u;

/** A company of the user's own, not in the article, for the length of one what-if. */
function userCompany(name: string): Entity {
  const id = `user-${[...name].map((c) => (/[a-z0-9]/u.test(c) ? c : (c.codePointAt(0) ?? 0).toString(36))).join('')}`;
  // (Read in lower case; a Latin name is written as names are.)
  const written = /^[a-z]/u.test(name) ? `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}` : name;
  return {
    id,
    kind: 'company',
    name: { en: written, zh: written },
    aliases: [],
    inArticle: false,
    members: [],
  };
}

/**
 * Companies the article lacks that a what-if adds to §02's list at a count the user gives ("what if
 * Apple wanted 50k H100s too?", "如果苹果也要5万张"): each as a line item of its own, so the new total is
 * worked rather than the article's total told with the count dropped.
 */
export function joiningNames(ctx: AskContext, s: Slots): readonly LineItemChange[] {
  // (Asked by the what-if's needs, fit and runner of the same part: read once.)
  let joined = JOINED.get(s);
  if (joined === undefined) {
    joined = readJoining(ctx, s);
    JOINED.set(s, joined);
  }
  return joined;
}

const JOINED = new WeakMap<Slots, readonly LineItemChange[]>();

function readJoining(ctx: AskContext, s: Slots): LineItemChange[] {
  const text = s.reading.text;
  const counts = s.amounts.filter(
    (a) => (a.role === 'count' || a.role === 'bare') && a.value >= 100 && !a.percent,
  );
  const joined: LineItemChange[] = [];
  for (const name of s.reading.unknown) {
    if (NO_NAME.test(name) || name.length < 2 || /^\d/u.test(name)) continue;
    for (const at of placesOf(text, name)) {
      // ("星河AI", "Nimbus Labs": a name's Latin tail is still the name.)
      const tail = /^\s*(?:ai|labs?|inc|tech)\b/u.exec(text.slice(at + name.length))?.[0] ?? '';
      const end = at + name.length + tail.length;
      // (Only a subject supposed: any other unplaced word before a count is chatter, "家都多要1万张".)
      if (!SUPPOSED_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      const count =
        counts.find((a) => a.start >= end && WANTS_BETWEEN.test(text.slice(end, a.start)))?.value ??
        likenedFigure(ctx, s, end);
      if (count === undefined) continue;
      const entity = userCompany(`${name}${tail.trim() === 'ai' ? tail.toUpperCase() : tail}`);
      if (!joined.some((j) => j.entity.id === entity.id)) joined.push({ entity, count });
      break;
    }
  }
  return joined;
}

/** The figure of the one a name is likened to right after it ("…wanted as many as Meta"), if single. */
function likenedFigure(ctx: AskContext, s: Slots, end: number): number | undefined {
  const text = s.reading.text;
  const like = s.reading.entities.find(
    (m) =>
      m.start >= end &&
      (m.entity.kind === 'company' || m.entity.kind === 'cloud' || m.entity.kind === 'group') &&
      (LIKE_BETWEEN_EN.test(text.slice(end, m.start)) ||
        (LIKE_BETWEEN_ZH.test(text.slice(end, m.start)) &&
          LIKE_AFTER_ZH.test(text.slice(m.start + m.text.length)))),
  );
  if (like === undefined) return undefined;
  const figure = figureOf(ctx, like.entity, 'demand');
  return figure === undefined || figure.range ? undefined : figure.value;
}
