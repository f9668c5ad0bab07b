/** Pure arithmetic and formatting of the bench's figures (unit-tested in figures.test.ts). */

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

/** Each numeric field of `runs` replaced by its median over the runs. */
export function medianOfRuns<T extends { [K in keyof T]: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no runs');
  const keys = Object.keys(runs[0]!) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as T;
}

/** ours ÷ peer, or undefined when the peer's figure is 0 or either is not a number (no meaningful ratio). */
export function ratio(ours: number, peer: number): number | undefined {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return undefined;
  return ours / peer;
}

/** A ratio as the bench prints it: two decimals and ×, or a dash when there is none. */
export function formatRatio(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(2)}×`;
}

/** Bytes as kB (1000 bytes) with one decimal. */
export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** Milliseconds rounded to whole ones. */
export const ms = (value: number): string => (Number.isFinite(value) ? String(Math.round(value)) : '—');

/** Rows as a plain-text table: the first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}
