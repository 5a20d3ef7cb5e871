/** Lower case without diacritics, so "Pål", "PAL" and "pal" all match: NFD splits accents off letters. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
}

/** Query words; each must occur for a story to match. */
export function queryTerms(q: string | undefined): string[] {
  if (!q) return [];
  return foldText(q)
    .split(/[\s,]+/u)
    .map((term) => term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((term) => term.length > 0);
}
