/** Collects $1, $2 ... as a query is assembled, so values never enter the SQL text. */
export interface SqlParams {
  readonly values: unknown[];
  add(value: unknown): string;
}

export function createParams(): SqlParams {
  const values: unknown[] = [];
  return {
    values,
    add(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/** A folded term as a LIKE pattern matching it anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, '\\$&')}%`;
}
