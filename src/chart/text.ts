/** Escapes text for SVG element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => {
    switch (char) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case '"':
        return '&quot;';
      default:
        return '&apos;';
    }
  });
}

// Han, kana, CJK punctuation and full-width forms can break between any two characters.
const BREAK_ANYWHERE = /[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
// Punctuation that must not start a line (kinsoku): it sticks to what precedes it.
const NO_LINE_START = /^[，。、；：！？）》」』〕】”’%％,.;:!?)\]}…·]$/u;
// Punctuation that must not end a line: it sticks to what follows it.
const NO_LINE_END = /^[（《「『〔【“‘([{]$/u;

/** Splits text into pieces a line may break between: words, single CJK characters, spaces. */
function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  for (const char of text) {
    if (/\s/u.test(char)) {
      if (word) raw.push(word);
      word = '';
      raw.push(' ');
    } else if (BREAK_ANYWHERE.test(char)) {
      if (word) raw.push(word);
      word = '';
      raw.push(char);
    } else {
      word += char;
    }
  }
  if (word) raw.push(word);

  const tokens: string[] = [];
  let carry = '';
  for (const token of raw) {
    const last = tokens.length - 1;
    if (NO_LINE_START.test(token) && last >= 0 && tokens[last] !== ' ') {
      tokens[last] += token;
    } else if (NO_LINE_END.test(token)) {
      carry += token;
    } else if (carry && token !== ' ') {
      tokens.push(carry + token);
      carry = '';
    } else {
      tokens.push(token);
    }
  }
  if (carry) tokens.push(carry);
  return tokens;
}

/** Breaks a token that is wider than a line on its own, character by character. */
function splitLongToken(token: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking for mixed Chinese/English text: English breaks at spaces, Chinese between
 * characters, explicit newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const token of tokenize(paragraph)) {
      if (token === ' ') {
        if (line) line += ' ';
        continue;
      }
      const candidate = line + token;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      const pieces = measure(token) > maxWidth ? splitLongToken(token, maxWidth, measure) : [token];
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces.at(-1) ?? '';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Shortens a line to fit, ending it with an ellipsis. */
export function truncateText(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Lines of Chinese rejoin without a space; lines of English need one back. */
function joiner(before: string, after: string): string {
  const last = [...before].at(-1) ?? '';
  const first = [...after][0] ?? '';
  return BREAK_ANYWHERE.test(last) || BREAK_ANYWHERE.test(first) ? '' : ' ';
}

/** Wraps text onto at most `maxLines` lines, ellipsising the last one if the text is longer. */
export function wrapTextClamped(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: (text: string) => number,
): string[] {
  const lines = wrapText(text, maxWidth, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).reduce((joined, line) => joined + joiner(joined, line) + line);
  kept[maxLines - 1] = truncateText(rest, maxWidth, measure);
  return kept;
}
