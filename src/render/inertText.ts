import type { Answer } from '../engine/answer.js';

/** How much of a user's text a reply echoes back, in code points. */
export const ECHO_MAX = 100;
/** A user-facing error message may quote the user's value; it is capped as a whole. */
export const ERROR_TEXT_MAX = 600;

// Discord's markdown escape is a backslash before any ASCII punctuation; these are the characters
// that start formatting anywhere in a line (bold, italics, strike, code, spoilers, masked links).
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
// These only format at the start of a line (headings, `-#` subtext, quotes, lists); echoed text is
// one line, so only its first character can do that.
const LINE_START_MARKDOWN = /^[#>\-+]|(?<=^\d+)[.)]/;
// Discord links any `scheme://…`; a word joiner after the colon leaves it readable but unlinked.
const URL_SCHEME = /([a-z][a-z\d+.-]*):(?=\/\/)/gi;
// `<@id>`, `<@!id>`, `<@&role>`, `<#channel>`, `</command:id>`, `<t:…>` and `<https://…>` render as
// pills or links; `@everyone`/`@here` are highlighted even when nobody is pinged.
const ANGLE_MENTION = /<(?=[@#/:a-z])/gi;
const MASS_MENTION = /@(?=everyone|here)/gi;
const WORD_JOINER = '\u2060';

/**
 * Makes text a user typed safe to show in a Discord message: one line, Discord markdown escaped,
 * links and mentions left readable but never clickable or highlighted, and at most `max` code
 * points (ending in an ellipsis when cut). Every place a reply echoes user text goes through here.
 *
 * @example
 * inertText('[Verify](https://evil.example) @everyone');
 * // '\\[Verify\\](https:\u2060//evil.example) @\u2060everyone'
 */
export function inertText(text: string, max: number = ECHO_MAX): string {
  // Cut first (on code points, as Discord counts), so escapes never push the text past a limit
  // they were not counted in and no escape is split in half.
  const chars = Array.from(text.replace(/[\s\p{Cc}]+/gu, ' ').trim());
  const cut = chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : chars.join('');
  return escapeMarkup(cut);
}

/**
 * One line of text with its Discord markdown escaped and its links and mentions broken by a word
 * joiner, so that nothing in it renders, links or pings; exactly undone by {@link unescapeMarkup}
 * (word joiners the text had of its own are dropped, as {@link unescapeMarkup} cannot tell them apart).
 */
export function escapeMarkup(line: string): string {
  return line
    .replaceAll(WORD_JOINER, '')
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(LINE_START_MARKDOWN, '\\$&')
    .replace(URL_SCHEME, `$1:${WORD_JOINER}`)
    .replace(ANGLE_MENTION, `<${WORD_JOINER}`)
    .replace(MASS_MENTION, `@${WORD_JOINER}`);
}

/** The text {@link escapeMarkup} was given: word joiners removed, each backslash escape undone. */
export function unescapeMarkup(escaped: string): string {
  return escaped.replaceAll(WORD_JOINER, '').replace(/\\(.)/gsu, '$1');
}

/**
 * The answer with every field that holds the user's own words made inert: the name the article
 * lacks, and error messages (which may quote the value the user gave). Everything else in an
 * answer comes from the knowledge base.
 */
export function inertAnswer(answer: Answer): Answer {
  const { missing, error, parts } = answer;
  // Nothing of the user's words to neutralise: the answer as it is, not a copy per reply.
  if (parts === undefined && missing?.what !== 'words' && error === undefined) return answer;
  return {
    ...answer,
    // Each part of a multi-part answer may echo the user's words too.
    ...(parts === undefined ? {} : { parts: parts.map(inertAnswer) }),
    // Only the user's own words are echoed; what the article lacks for an entity names the entity.
    ...(missing?.what === 'words' ? { missing: { what: 'words', text: inertText(missing.text) } } : {}),
    ...(error === undefined
      ? {}
      : {
          error: {
            code: error.code,
            text: {
              en: inertText(error.text.en, ERROR_TEXT_MAX),
              zh: inertText(error.text.zh, ERROR_TEXT_MAX),
            },
          },
        }),
  };
}
