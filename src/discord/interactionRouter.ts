import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { Answer } from '../engine/answer.js';
import type { ReplyLang } from '../i18n/langs.js';

/** A file sent with a reply, e.g. a chart. */
export interface ReplyFile {
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
}

/** What the bot answers to one interaction: the callback body and any files attached to it. */
export interface InteractionReply {
  readonly response: APIInteractionResponse;
  readonly files: readonly ReplyFile[];
}

/**
 * Turns one raw interaction (as the gateway dispatches it, or as Discord POSTs it to the HTTP
 * endpoint) into the reply. Both transports share it, so they answer identically.
 */
export type InteractionRouter = (interaction: APIInteraction) => Promise<InteractionReply>;

/** Draws the chart for an answer in a language, when the answer has one. */
export type ChartProvider = (answer: Answer, lang: ReplyLang) => ReplyFile | undefined;
