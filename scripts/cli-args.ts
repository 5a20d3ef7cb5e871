/** A whole-number option of a script, or a usage message and exit code 2. */
export function positiveInt(name: string, raw: string | undefined, usage: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer, got ${raw}\n\n${usage}`);
    process.exit(2);
  }
  return n;
}
