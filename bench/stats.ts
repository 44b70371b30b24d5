/** Small statistics for the benchmark: medians and spread of repeated runs. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Runs that gave a value. */
  n: number;
  /** Runs that hit the time cap instead (their value is not in the figures). */
  timeouts: number;
}

/** The median (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100), nearest rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Summary of per-run values; `null` stands for a run that timed out, `undefined` for none. */
export function summarize(values: ReadonlyArray<number | null | undefined>): Summary | undefined {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const timeouts = values.filter((v) => v === null).length;
  if (numbers.length === 0 && timeouts === 0) return undefined;
  return {
    median: median(numbers),
    min: numbers.length > 0 ? Math.min(...numbers) : Number.NaN,
    max: numbers.length > 0 ? Math.max(...numbers) : Number.NaN,
    n: numbers.length,
    timeouts,
  };
}
