/** Small statistics for the benchmark's repeated measurements. */

/** `n` rounded to `digits` decimals. */
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median, minimum and maximum of a set of runs. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The Stats of a non-empty list, rounded to two decimals. */
export const stats = (xs: readonly number[]): Stats => ({
  median: round(median(xs), 2),
  min: round(Math.min(...xs), 2),
  max: round(Math.max(...xs), 2),
  runs: xs.length,
});
