/**
 * The subset of Discord's request validation that catches real bot bugs: over-long content and embeds,
 * empty messages, conflicting allowed_mentions, oversized autocomplete answers, invalid command definitions
 * (names, descriptions, locales). Errors come back in Discord's "Invalid Form Body" (50035) shape.
 */
import { Locale } from 'discord-api-types/v10';

export interface FieldError {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface ApiErrorBody {
  message: string;
  code: number;
  errors?: Record<string, unknown>;
}

const VALID_LOCALES = new Set<string>(Object.values(Locale));
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MESSAGE_FLAG_COMPONENTS_V2 = 1 << 15;

/** Length as Discord counts it for limits (Unicode code points). */
export function discordLength(text: string): number {
  return [...text].length;
}

/** Turns field errors into the nested `errors` object of a 50035 response. */
export function invalidFormBody(errors: FieldError[]): ApiErrorBody {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    node._errors ??= [];
    const list = node._errors as { code: string; message: string }[];
    list.push({ code: error.code, message: error.message });
  }
  return { message: 'Invalid Form Body', code: 50035, errors: root };
}

function maxLength(
  errors: FieldError[],
  path: FieldError['path'],
  value: unknown,
  max: number,
  min = 0,
): void {
  if (value === undefined || value === null) {
    if (min > 0) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (typeof value !== 'string') {
    errors.push({ path, code: 'BASE_TYPE_STRING', message: 'Must be a string.' });
    return;
  }
  const length = discordLength(value);
  if (length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  } else if (length < min) {
    errors.push({
      path,
      code: 'BASE_TYPE_BAD_LENGTH',
      message: `Must be between ${min} and ${max} in length.`,
    });
  }
}

function maxItems(errors: FieldError[], path: FieldError['path'], value: unknown, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push({ path, code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return [];
  }
  if (value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
  return value;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/** Validates a message body (create, edit, webhook execute, interaction response `data`). */
export function validateMessageBody(body: unknown, prefix: FieldError['path'] = []): FieldError[] {
  const errors: FieldError[] = [];
  const b = obj(body);
  maxLength(errors, [...prefix, 'content'], b.content, 2000);

  const embeds = maxItems(errors, [...prefix, 'embeds'], b.embeds, 10);
  let total = 0;
  embeds.forEach((raw, i) => {
    const e = obj(raw);
    const p = [...prefix, 'embeds', i];
    maxLength(errors, [...p, 'title'], e.title, 256);
    maxLength(errors, [...p, 'description'], e.description, 4096);
    maxLength(errors, [...p, 'footer', 'text'], obj(e.footer).text, 2048);
    maxLength(errors, [...p, 'author', 'name'], obj(e.author).name, 256);
    const fields = maxItems(errors, [...p, 'fields'], e.fields, 25);
    fields.forEach((f, j) => {
      maxLength(errors, [...p, 'fields', j, 'name'], obj(f).name, 256, 1);
      maxLength(errors, [...p, 'fields', j, 'value'], obj(f).value, 1024, 1);
    });
    for (const text of [e.title, e.description, obj(e.footer).text, obj(e.author).name]) {
      if (typeof text === 'string') total += discordLength(text);
    }
    for (const f of fields) {
      for (const text of [obj(f).name, obj(f).value])
        if (typeof text === 'string') total += discordLength(text);
    }
  });
  if (total > 6000) {
    errors.push({
      path: [...prefix, 'embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }

  const flags = typeof b.flags === 'number' ? b.flags : 0;
  if (!(flags & MESSAGE_FLAG_COMPONENTS_V2)) {
    const rows = maxItems(errors, [...prefix, 'components'], b.components, 5);
    rows.forEach((row, i) => {
      const children = maxItems(errors, [...prefix, 'components', i, 'components'], obj(row).components, 5);
      children.forEach((c, j) => {
        const p = [...prefix, 'components', i, 'components', j];
        maxLength(errors, [...p, 'custom_id'], obj(c).custom_id, 100);
        maxLength(errors, [...p, 'label'], obj(c).label, 80);
      });
    });
  }

  const mentions = b.allowed_mentions;
  if (mentions !== undefined && mentions !== null) {
    const m = obj(mentions);
    const parse = Array.isArray(m.parse) ? (m.parse as unknown[]) : [];
    parse.forEach((value, i) => {
      if (value !== 'users' && value !== 'roles' && value !== 'everyone') {
        errors.push({
          path: [...prefix, 'allowed_mentions', 'parse', i],
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of {'everyone', 'roles', 'users'}.`,
        });
      }
    });
    for (const kind of ['users', 'roles'] as const) {
      if (parse.includes(kind) && Array.isArray(m[kind]) && (m[kind] as unknown[]).length > 0) {
        errors.push({
          path: [...prefix, 'allowed_mentions'],
          code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        });
      }
    }
  }
  return errors;
}

/** True when a new message would have nothing in it (Discord: 50006 Cannot send an empty message). */
export function isEmptyMessage(body: unknown, fileCount: number): boolean {
  const b = obj(body);
  const hasContent = typeof b.content === 'string' && b.content.trim() !== '';
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  return (
    !hasContent &&
    !nonEmpty(b.embeds) &&
    !nonEmpty(b.components) &&
    !nonEmpty(b.sticker_ids) &&
    !nonEmpty(b.attachments) &&
    b.poll === undefined &&
    fileCount === 0
  );
}

/** Validates the `data` of an APPLICATION_COMMAND_AUTOCOMPLETE_RESULT (type 8) callback. */
export function validateAutocompleteData(data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const choices = maxItems(errors, ['data', 'choices'], obj(data).choices, 25);
  choices.forEach((c, i) => {
    maxLength(errors, ['data', 'choices', i, 'name'], obj(c).name, 100, 1);
    if (typeof obj(c).value === 'string')
      maxLength(errors, ['data', 'choices', i, 'value'], obj(c).value, 100);
  });
  return errors;
}

function validateLocalizations(
  errors: FieldError[],
  path: FieldError['path'],
  value: unknown,
  max: number,
  min: number,
) {
  if (value === undefined || value === null) return;
  for (const [locale, text] of Object.entries(obj(value))) {
    if (!VALID_LOCALES.has(locale)) {
      errors.push({
        path: [...path, locale],
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of {${[...VALID_LOCALES].map((l) => `'${l}'`).join(', ')}}.`,
      });
    } else {
      maxLength(errors, [...path, locale], text, max, min);
    }
  }
}

function validateName(errors: FieldError[], path: FieldError['path'], name: unknown, strict: boolean) {
  if (typeof name !== 'string') {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return;
  }
  if (!strict) {
    maxLength(errors, path, name, 32, 1);
  } else if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
    errors.push({
      path,
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: `Command name is invalid`,
    });
  }
}

function validateOptions(errors: FieldError[], path: FieldError['path'], options: unknown): void {
  const list = maxItems(errors, path, options, 25);
  let sawOptional = false;
  const names = new Set<string>();
  list.forEach((raw, i) => {
    const o = obj(raw);
    const p = [...path, i];
    validateName(errors, [...p, 'name'], o.name, true);
    if (typeof o.name === 'string') {
      if (names.has(o.name)) {
        errors.push({
          path: [...p, 'name'],
          code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          message: 'Option name already exists',
        });
      }
      names.add(o.name);
    }
    maxLength(errors, [...p, 'description'], o.description, 100, 1);
    validateLocalizations(errors, [...p, 'name_localizations'], o.name_localizations, 32, 1);
    validateLocalizations(errors, [...p, 'description_localizations'], o.description_localizations, 100, 1);
    const choices = maxItems(errors, [...p, 'choices'], o.choices, 25);
    choices.forEach((c, j) => {
      maxLength(errors, [...p, 'choices', j, 'name'], obj(c).name, 100, 1);
      validateLocalizations(
        errors,
        [...p, 'choices', j, 'name_localizations'],
        obj(c).name_localizations,
        100,
        1,
      );
      if (typeof obj(c).value === 'string')
        maxLength(errors, [...p, 'choices', j, 'value'], obj(c).value, 100);
    });
    if (o.autocomplete === true && choices.length > 0) {
      errors.push({
        path: [...p, 'autocomplete'],
        code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
        message: 'Autocomplete cannot be set with choices',
      });
    }
    if (o.type === 1 || o.type === 2) {
      validateOptions(errors, [...p, 'options'], o.options);
    } else if (o.required === true && sawOptional) {
      errors.push({
        path: [...p, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    } else if (o.required !== true) {
      sawOptional = true;
    }
  });
}

/** Validates one command definition of a PUT/POST to /applications/:id/(guilds/:gid/)commands. */
export function validateCommand(command: unknown, path: FieldError['path'] = []): FieldError[] {
  const errors: FieldError[] = [];
  const c = obj(command);
  const type = c.type ?? 1;
  const chatInput = type === 1;
  validateName(errors, [...path, 'name'], c.name, chatInput);
  validateLocalizations(errors, [...path, 'name_localizations'], c.name_localizations, 32, 1);
  if (chatInput) {
    maxLength(errors, [...path, 'description'], c.description, 100, 1);
    validateLocalizations(
      errors,
      [...path, 'description_localizations'],
      c.description_localizations,
      100,
      1,
    );
    validateOptions(errors, [...path, 'options'], c.options);
  } else if (typeof c.description === 'string' && c.description !== '') {
    errors.push({
      path: [...path, 'description'],
      code: 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION',
      message: 'Context menu commands cannot have description',
    });
  }
  return errors;
}

/** Validates a bulk overwrite body (array of commands, unique by type+name). */
export function validateCommandList(body: unknown): FieldError[] {
  if (!Array.isArray(body)) return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  const errors: FieldError[] = [];
  if (body.length > 100)
    errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  const seen = new Set<string>();
  body.forEach((command, i) => {
    errors.push(...validateCommand(command, [i]));
    const key = `${obj(command).type ?? 1}:${String(obj(command).name)}`;
    if (seen.has(key)) {
      errors.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: 'Application command names must be unique',
      });
    }
    seen.add(key);
  });
  return errors;
}
