/** The little SQL the store needs from an engine: PGlite and a PostgreSQL server both provide it. */
export interface SqlExecutor {
  /** One statement with $1.. parameters; rows come back as plain objects. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A script of several statements and no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type SqlEngine = 'pglite' | 'postgres';

export interface SqlDriver extends SqlExecutor {
  readonly engine: SqlEngine;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
