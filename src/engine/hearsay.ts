/**
 * A figure heard somewhere, put before the question: "据说有三四万张，具体多少", "someone told me it's
 * 20k", "someone in #general said like forty grand".
 */
const HEARSAY =
  /(?:据说|听说|传闻|传言|有人说|有人讲|好像|\bheard\b|\brumou?red?\b|\bsupposedly\b|\breportedly\b|\b(?:someone|somebody|people|ppl|folks|my \w+)\b[^,，.。?？]{0,24}\b(?:said|says|saying|told me|claims?|claimed|claiming|reckons?)\b|\btold me\b)[^,，.。?？]{0,30}$/u;

/** Whether the amount starting at `start` in `text` is one the writer heard, not one to work with. */
export function saidByOthers(text: string, start: number): boolean {
  return HEARSAY.test(text.slice(Math.max(0, start - 60), start));
}
