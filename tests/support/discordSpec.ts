/**
 * Request bodies checked against Discord's published OpenAPI description, through the zod schemas the
 * `discord-api-spec` package generates from it (`discord-api-spec/zod`), instead of hand-written rules.
 * Each route below names the `requestBody` the description gives it. What the description cannot say
 * (limits across fields, such as 6000 characters over all embeds; the 3-second deadline) stays in
 * `validate.ts` and `world.ts`.
 */
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandCreateRequestSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  CreatePrivateChannelRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  MessageCreateRequestSchema,
  ModalInteractionCallbackRequestSchema,
  PongInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import type { FieldError } from './validate.js';

interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[] };
  };
}

/** `POST /interactions/{id}/{token}/callback`: one request schema per callback type. */
const CALLBACK_BY_TYPE: Readonly<Record<number, Schema>> = {
  1: PongInteractionCallbackRequestSchema,
  4: CreateMessageInteractionCallbackRequestSchema,
  5: CreateMessageInteractionCallbackRequestSchema,
  6: UpdateMessageInteractionCallbackRequestSchema,
  7: UpdateMessageInteractionCallbackRequestSchema,
  8: ApplicationCommandAutocompleteCallbackRequestSchema,
  9: ModalInteractionCallbackRequestSchema,
};

interface SpecRoute {
  readonly method: string;
  readonly pattern: RegExp;
  readonly check: (body: unknown) => FieldError[];
}

const one =
  (schema: Schema) =>
  (body: unknown): FieldError[] =>
    issues(schema, body, []);

const ROUTES: readonly SpecRoute[] = [
  {
    method: 'POST',
    pattern: /^\/interactions\/[^/]+\/[^/]+\/callback$/,
    check: (body) => {
      const type = (body as { type?: unknown } | undefined)?.type;
      const schema = typeof type === 'number' ? CALLBACK_BY_TYPE[type] : undefined;
      if (schema === undefined) {
        return [
          {
            path: ['type'],
            code: 'SPEC_INVALID',
            message: `no callback type ${String(type)} in the API description`,
          },
        ];
      }
      return issues(schema, body, []);
    },
  },
  { method: 'POST', pattern: /^\/channels\/[^/]+\/messages$/, check: one(MessageCreateRequestSchema) },
  {
    method: 'PATCH',
    pattern: /^\/webhooks\/[^/]+\/[^/]+\/messages\/[^/]+$/,
    check: one(IncomingWebhookUpdateRequestPartialSchema),
  },
  {
    // Execute webhook (an interaction follow-up): either body the description allows.
    method: 'POST',
    pattern: /^\/webhooks\/[^/]+\/[^/]+$/,
    check: (body) => {
      const asNew = issues(IncomingWebhookRequestPartialSchema, body, []);
      return asNew.length === 0
        ? []
        : issues(IncomingWebhookUpdateRequestPartialSchema, body, []).length === 0
          ? []
          : asNew;
    },
  },
  {
    method: 'PUT',
    pattern: /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/,
    check: (body) =>
      Array.isArray(body)
        ? body.flatMap((command, i) => issues(ApplicationCommandUpdateRequestSchema, command, [i]))
        : [{ path: [], code: 'SPEC_INVALID', message: 'expected an array of commands' }],
  },
  {
    method: 'POST',
    pattern: /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/,
    check: one(ApplicationCommandCreateRequestSchema),
  },
  { method: 'POST', pattern: /^\/users\/@me\/channels$/, check: one(CreatePrivateChannelRequestSchema) },
];

function issues(schema: Schema, body: unknown, prefix: (string | number)[]): FieldError[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    code: `SPEC_${issue.code.toUpperCase()}`,
    message: `${issue.message} (Discord's API description)`,
  }));
}

/** Whether the API description gives this route a request body this module checks. */
export function hasSpecSchema(method: string, path: string): boolean {
  return ROUTES.some((route) => route.method === method && route.pattern.test(path));
}

/**
 * Where a request body departs from Discord's API description: an empty list when it conforms or
 * when the route has no body to check. `path` is the API path without `/api/v10`.
 */
export function specErrors(method: string, path: string, body: unknown): FieldError[] {
  const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
  return route === undefined ? [] : route.check(body);
}
