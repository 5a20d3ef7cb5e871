import type { Token } from '../extract/tokens';

/**
 * What kind of line a paragraph is. News mixes prose with lines whose capitals and numbers mean
 * something else: an all-caps headline capitalizes every word, a dateline is a place and a date,
 * a results table is names between numbers.
 */
export type LineKind = 'caps' | 'dateline' | 'table' | 'short' | 'prose';

const DATELINE = /^\p{Lu}[\p{Lu}\p{L} .,'’-]{1,40}\s+\d{4}-\d{2}-\d{2}\s*$/u;
const NUMBER = /^\p{N}/u;

export function lineKind(text: string, tokens: readonly Token[]): LineKind {
  if (DATELINE.test(text)) return 'dateline';
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters >= 4 && upper / letters > 0.8) return 'caps';
  const numbers = tokens.filter((token) => NUMBER.test(token.text)).length;
  if (tokens.length > 0 && numbers >= 2 && numbers * 3 >= tokens.length) return 'table';
  if (tokens.length <= 5 && !/[.!?]["”’]?$/u.test(text)) return 'short';
  return 'prose';
}
