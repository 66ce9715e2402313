import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import type { ReplyFile } from './interactionRouter.js';

/**
 * A reply's message body, valid both as an interaction callback's `data` and as a channel
 * message, so slash commands, buttons and mention replies share one renderer.
 */
export interface DiscordMessage {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  readonly allowed_mentions: { readonly parse: []; readonly replied_user?: boolean };
  /** Snowflake strings, as Discord's API description requires: `'0'` is `files[0]`. */
  readonly attachments?: { readonly id: string; readonly filename: string }[];
  readonly flags?: number;
}

/** A rendered reply: the message and the files (charts) it refers to as `attachment://name`. */
export interface RenderedReply {
  readonly message: DiscordMessage;
  readonly files: readonly ReplyFile[];
}

/** Nobody is ever pinged: not `@everyone` typed into a question, not the asker of a mention. */
export const NO_MENTIONS = { parse: [] as [], replied_user: false } as const;
