/**
 * Advisory lock numbers, one per purpose, shared by every Lede process on a database: schema
 * changes (creating the schema, migrating) take turns, and so do writes.
 */
export const SCHEMA_LOCK = 7_417_011;
export const WRITE_LOCK = 7_417_012;
