import type { z } from 'zod';

/** The result of reading the environment: the typed settings, or one message naming every bad variable. */
export type EnvResult<T> =
  | { readonly ok: true; readonly env: T }
  | { readonly ok: false; readonly message: string };

/**
 * Validates environment variables against a schema and, on failure, explains every bad variable
 * with the fix from `hints`. Values are never echoed: one of them may be a token.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  source: Readonly<Record<string, string | undefined>>,
  hints: Readonly<Record<string, string>>,
): EnvResult<z.infer<S>> {
  // Empty strings from a half-filled .env mean "not set".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return { ok: true, env: parsed.data };
  const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '(environment)')))];
  const lines = names.map((name) => {
    const issue = parsed.error.issues.find((i) => String(i.path[0] ?? '(environment)') === name);
    const problem =
      cleaned[name] === undefined ? 'is missing' : `is invalid (${issue?.message ?? 'bad value'})`;
    return `  - ${name} ${problem}. ${hints[name] ?? ''}`.trimEnd();
  });
  return {
    ok: false,
    message: [
      `Configuration error: ${names.length} environment variable${names.length === 1 ? '' : 's'} to fix (see .env.example):`,
      ...lines,
    ].join('\n'),
  };
}
