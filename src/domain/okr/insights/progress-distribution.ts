/** A bar of a histogram over 0-1: [from, to), the last one closed at 1. */
export interface Bucket {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export const PROGRESS_BUCKET_COUNT = 10;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Counts values 0-1 into equal buckets ([0, 0.1), ... [0.9, 1]); values outside are clamped. */
export function histogram(values: Iterable<number>, buckets = PROGRESS_BUCKET_COUNT): Bucket[] {
  const counts = new Array<number>(buckets).fill(0);
  for (const value of values) {
    const clamped = Math.min(1, Math.max(0, value));
    // A hair of tolerance so 0.3 (stored as 0.29999...) lands in [0.3, 0.4) as people expect.
    counts[Math.min(buckets - 1, Math.floor(clamped * buckets + 1e-9))]! += 1;
  }
  return counts.map((count, i) => ({ from: round2(i / buckets), to: round2((i + 1) / buckets), count }));
}

export interface ProgressDistribution {
  readonly count: number;
  /** Mean progress; null when there is nothing to measure. */
  readonly mean: number | null;
  readonly buckets: Bucket[];
}

/** How far along a set of objectives is: a ten-bar histogram and the mean. */
export function progressDistribution(progress: readonly number[]): ProgressDistribution {
  const count = progress.length;
  return { count, mean: count === 0 ? null : Math.round((progress.reduce((a, b) => a + b, 0) / count) * 1000) / 1000, buckets: histogram(progress) };
}
