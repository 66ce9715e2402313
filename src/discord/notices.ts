import type { Bilingual } from '../knowledge/schema.js';

/** What a user over the rate limit is told, with the wait rounded up to whole seconds (at least 1). */
export function slowDownNotice(retryAfterSeconds: number): Bilingual {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return { en: `Slow down a little: try again in ${seconds} s.`, zh: `请慢一点：${seconds} 秒后再试。` };
}

/** The short apology for an unexpected error; the details go to the log, not to the user. */
export const APOLOGY: Bilingual = {
  en: 'Sorry, something went wrong while answering. Please try again.',
  zh: '抱歉，回答时出了点问题，请再试一次。',
};

/** The reply to a 👍/👎, seen by the clicker alone. */
export const FEEDBACK_THANKS: Bilingual = {
  en: 'Thanks: your vote was recorded, without your name, for the people who keep the facts.',
  zh: '谢谢：你的评价已匿名记录，供维护资料的人参考。',
};
