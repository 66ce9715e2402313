/**
 * A figure heard somewhere, put before the question: "据说有三四万张，具体多少", "someone told me it's
 * 20k", "someone in #general said like forty grand".
 */
const HEARSAY =
  /(?:据说|听说|传闻|传言|有人说|有人讲|好像|\bheard\b|\brumou?red?\b|\bsupposedly\b|\breportedly\b|\b(?:someone|somebody|people|ppl|folks|(?:my|our|a|some) (?!article|post|piece|report)\w+)\b[^,，.。?？]{0,24}\b(?:said|says|saying|told me|claims?|claimed|claiming|reckons?|posted|posts|tweeted|tweets|wrote|writes)\b|\btold me\b|(?:老板|领导|同事|朋友|同学|大佬|网友|群里|群组|群友|推特|微博|他们|他|她)[^,，.。?？]{0,12}(?:说|讲|提到|表示|发了?|贴了?|转发了?|写了?))[^,，.。?？]{0,30}$/u;

/** Whether the amount starting at `start` in `text` is one the writer heard, not one to work with. */
export function saidByOthers(text: string, start: number): boolean {
  return HEARSAY.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * A figure the writer half remembers, put up to be corrected: "I half remember 25k", "384 I think?",
 * "我记得是三千", "iirc 3.5x". It is a guess at the article's figure, not a change to it.
 */
const RECALLED_BEFORE =
  /(?:\bi (?:half[- ])?(?:remember|recall|thought|think|believe)\b|\biirc\b|\bpretty sure\b|\bif i remember\b|\bi(?: keep| kept|'ve been| have been| was)? (?:saying|writing|quoting|using)\b|\bmy (?:slide|deck|draft|notes?|sheet|spreadsheet|doc|post|tweet)s? (?:currently |still )?(?:says|said|has|had)\b|\bi (?:had )?(?:wrote|written|put)(?: down)?\b|我记得|我印象|印象中|我以为|我好像记得|记得是|我(?:一直)?(?:写的|写了|说的是|说成)|我的(?:ppt|幻灯片|稿子)(?:上|里)?写(?:的)?(?:是)?)[^,，.。?？]{0,24}$/u;
const RECALLED_AFTER = /^[^,，.。?？]{0,6}?(?:\bi think\b|\biirc\b|来着|吧)/u;

/** Whether the amount from `start` to `end` in `text` is one the writer half remembers. */
export function recalled(text: string, start: number, end: number): boolean {
  return (
    RECALLED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    RECALLED_AFTER.test(text.slice(end, end + 12))
  );
}
