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

/** Said above the answer when only the first part of a long text was read. */
export function firstPartNotice(max: number): Bilingual {
  return {
    en: `Your text was long, so I answered from its first ${max} characters.`,
    zh: `内容较长，我只根据前 ${max} 个字符作答。`,
  };
}

/** The answer to an interaction too malformed to route. */
export const UNREADABLE: Bilingual = {
  en: 'Sorry, I could not read that request. Please try again.',
  zh: '抱歉，无法读取这个请求，请再试一次。',
};
