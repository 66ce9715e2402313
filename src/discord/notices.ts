import type { ReplyLang } from '../i18n/langs.js';
import { t } from '../i18n/t.js';

/** What a user over the rate limit is told, with the wait rounded up to whole seconds (at least 1). */
export function slowDownNotice(retryAfterSeconds: number, lang: ReplyLang): string {
  return t(lang, 'notice.slowDown', { seconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
}

/** The short apology for an unexpected error; the details go to the log, not to the user. */
export function apology(lang: ReplyLang): string {
  return t(lang, 'notice.apology');
}

/** Said above the answer when only the first part of a long text was read. */
export function firstPartNotice(max: number, lang: ReplyLang): string {
  return t(lang, 'notice.firstPart', { max });
}

/** The answer to an interaction too malformed to route. */
export function unreadableNotice(lang: ReplyLang): string {
  return t(lang, 'notice.unreadable');
}

/** The reply to a 👍/👎, seen by the clicker alone. */
export function feedbackThanks(lang: ReplyLang): string {
  return t(lang, 'notice.feedbackThanks');
}
