/**
 * Every place a word stands in a text, a Latin word only where it stands whole ("apple", not the
 * "apple" of "pineapple"): where the unplaced words of a reading are looked for again.
 */
export function* placesOf(text: string, word: string): Generator<number> {
  const latin = /^[a-z]/u.test(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (latin && (/[a-z]/u.test(text[at - 1] ?? '') || /[a-z]/u.test(text[at + word.length] ?? ''))) continue;
    yield at;
  }
}
