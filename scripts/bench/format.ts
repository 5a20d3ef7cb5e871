/** Printing helpers shared by the sections: headers, aligned tables, target lines. */

export function header(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);
}

/** 1 kB = 1000 bytes, as Vite prints sizes. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a';
}

export function seconds(valueMs: number): string {
  return Number.isFinite(valueMs) ? `${(valueMs / 1000).toFixed(2)} s` : 'n/a';
}

export function fixed(digits: number): (value: number) => string {
  return (value) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
}

export function int(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
}

/** Left-aligns the first column and right-aligns the rest. */
export function table(rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const row of rows) {
    const line = row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)));
    console.log(`  ${line.join('  ')}`.trimEnd());
  }
}

export interface TargetResult {
  name: string;
  pass: boolean;
}

/** Prints "PASS"/"FAIL" plus what was measured against what, and returns the verdict for --strict. */
export function target(name: string, measured: string, limit: string, pass: boolean): TargetResult {
  console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${name}: ${measured} (target ${limit})`);
  return { name, pass };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
