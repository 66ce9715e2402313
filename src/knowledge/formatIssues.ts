import type { z } from 'zod';

/** Turns zod issues into lines such as `entities.json: entities[3].aliases[0]: expected string`. */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.flatMap(explain).map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * A union that matched no option (a quantity that is neither `{value}` nor `{min,max}`) only says
 * "Invalid input"; report instead the option that came closest, the one with the fewest issues.
 */
function explain(issue: z.core.$ZodIssue): { path: readonly PropertyKey[]; message: string }[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const closest = issue.errors.reduce((best, option) => (option.length < best.length ? option : best));
    if (closest.length > 0) {
      return closest
        .flatMap(explain)
        .map((inner) => ({ path: [...issue.path, ...inner.path], message: inner.message }));
    }
  }
  return [{ path: issue.path, message: issue.message }];
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
