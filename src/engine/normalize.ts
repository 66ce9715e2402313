/** Folds full-width forms, case and spacing so that "ＡＷＳ", "aws" and "Aws" compare equal. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True for strings written only in ASCII, whose matches need word boundaries. */
export function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
