import type { ReplyLang } from '../i18n/langs.js';
import { DISCORD_LIMITS, truncate } from './discordLimits.js';
import type { RenderedReply } from './discordMessage.js';
import { firstPartNotice } from './notices.js';

/**
 * The reply with a line above it saying that only the first `max` characters of the user's text
 * were answered; unchanged when nothing was cut.
 */
export function withFirstPartNote(
  reply: RenderedReply,
  lang: ReplyLang,
  cut: boolean,
  max: number,
): RenderedReply {
  if (!cut) return reply;
  const note = `ℹ️ ${firstPartNotice(max, lang)}`;
  const { content } = reply.message;
  const text = content === undefined || content === '' ? note : `${note}\n${content}`;
  return { ...reply, message: { ...reply.message, content: truncate(text, DISCORD_LIMITS.content) } };
}
