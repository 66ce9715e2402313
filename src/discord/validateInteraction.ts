import { type APIInteraction, InteractionType } from 'discord-api-types/v10';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/, 'expected a snowflake string');
const user = z.looseObject({ id: snowflake });
// Discord caps a string option at 6,000 characters (its largest max_length); a longer value is
// refused before anything reads it, so a huge autocomplete value costs nothing past the parse.
const DISCORD_MAX_OPTION_LENGTH = 6000;
const value = z.union([z.string().max(DISCORD_MAX_OPTION_LENGTH), z.number(), z.boolean()]);

// Options nest at most twice (group → subcommand → option); spelled out level by level rather than
// as a recursive schema, so a deeply nested payload cannot recurse the validator.
const leafOption = z.looseObject({
  name: z.string().max(32),
  type: z.number().int(),
  value: value.optional(),
  focused: z.boolean().optional(),
  options: z.undefined().optional(),
});
const subcommandOption = leafOption.extend({ options: z.array(leafOption).max(25).optional() });
const anyOption = leafOption.extend({ options: z.array(subcommandOption).max(25).optional() });

const commandName = z.string().min(1).max(32);
const chatInputData = z.looseObject({
  id: snowflake,
  name: commandName,
  type: z.literal(1),
  options: z.array(anyOption).max(25).optional(),
});
const messageCommandData = z.looseObject({
  id: snowflake,
  name: commandName,
  type: z.literal(3),
  target_id: snowflake,
  resolved: z.looseObject({
    messages: z.record(snowflake, z.looseObject({ id: snowflake, content: z.string() })),
  }),
});
const userCommandData = z.looseObject({ id: snowflake, name: commandName, type: z.literal(2) });

/** What every interaction but a PING carries that the router or a log line reads. */
const common = {
  id: snowflake,
  token: z.string().min(1).max(1000),
  application_id: snowflake.optional(),
  guild_id: snowflake.optional(),
  locale: z.string().max(32).optional(),
  member: z.looseObject({ user }).optional(),
  user: user.optional(),
};

const SCHEMAS = new Map<number, z.ZodType>([
  [InteractionType.Ping, z.looseObject({ type: z.literal(InteractionType.Ping) })],
  [
    InteractionType.ApplicationCommand,
    z.looseObject({
      ...common,
      type: z.literal(InteractionType.ApplicationCommand),
      data: z.discriminatedUnion('type', [chatInputData, messageCommandData, userCommandData]),
    }),
  ],
  [
    InteractionType.MessageComponent,
    z.looseObject({
      ...common,
      type: z.literal(InteractionType.MessageComponent),
      data: z.looseObject({ custom_id: z.string().max(100), component_type: z.number().int() }),
      message: z.looseObject({ id: snowflake }).optional(),
    }),
  ],
  [
    InteractionType.ApplicationCommandAutocomplete,
    z.looseObject({
      ...common,
      type: z.literal(InteractionType.ApplicationCommandAutocomplete),
      data: chatInputData.extend({ options: z.array(anyOption).max(25) }),
    }),
  ],
  [
    InteractionType.ModalSubmit,
    z.looseObject({
      ...common,
      type: z.literal(InteractionType.ModalSubmit),
      data: z.looseObject({ custom_id: z.string().max(100), components: z.array(z.unknown()).max(25) }),
    }),
  ],
]);

export type InteractionCheck =
  | { readonly ok: true; readonly interaction: APIInteraction }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks a raw interaction (a gateway `INTERACTION_CREATE` or an HTTP body) before anything reads
 * it: a known type, and every field the router and its logging touch present with the right shape
 * (`data`, options as arrays, `member.user`, the context menu's `resolved` message, …). Fields it
 * does not read pass as they are. The reason names the first bad field, for a 400 or a log line.
 */
export function validateInteraction(raw: unknown): InteractionCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'an interaction must be a JSON object' };
  }
  const type: unknown = Reflect.get(raw, 'type');
  const schema = typeof type === 'number' ? SCHEMAS.get(type) : undefined;
  if (schema === undefined)
    return { ok: false, reason: `unknown interaction type ${JSON.stringify(type) ?? 'undefined'}` };
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? 'interaction' : issue.path.join('.');
    return { ok: false, reason: `${path}: ${issue?.message ?? 'invalid'}`.slice(0, 200) };
  }
  // The schema above checked every field this bot reads; the rest is Discord's and passes untouched.
  return { ok: true, interaction: raw as APIInteraction };
}

const answerable = z.looseObject({
  id: snowflake,
  token: z.string().min(1).max(1000),
  type: z.number().int(),
  locale: z.string().max(32).optional().catch(undefined),
});

export type AnswerableParts = z.infer<typeof answerable>;

/**
 * Enough of a malformed interaction to answer it (its id, token and type), when it has that much:
 * the user then hears that the request could not be read instead of waiting for a timeout.
 */
export function answerableParts(raw: unknown): AnswerableParts | undefined {
  const result = answerable.safeParse(raw);
  return result.success ? result.data : undefined;
}
