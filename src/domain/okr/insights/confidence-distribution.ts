import { CONFIDENCE_BANDS, confidenceBand, MAX_CONFIDENCE, MIN_CONFIDENCE, type ConfidenceBand } from '../confidence.js';

export interface ConfidenceDistribution {
  /** Key results at each confidence 0-10 (index = confidence). */
  readonly byValue: number[];
  /** Key results nobody has checked in on yet. */
  readonly none: number;
  readonly bands: Record<ConfidenceBand | 'none', number>;
}

/** How sure owners are: counts of the latest confidence per key result, by value and by band. */
export function confidenceDistribution(confidences: Iterable<number | null>): ConfidenceDistribution {
  const byValue = new Array<number>(MAX_CONFIDENCE - MIN_CONFIDENCE + 1).fill(0);
  const bands = Object.fromEntries([...CONFIDENCE_BANDS, 'none'].map((b) => [b, 0])) as Record<ConfidenceBand | 'none', number>;
  let none = 0;
  for (const confidence of confidences) {
    if (confidence === null) {
      none += 1;
      bands.none += 1;
      continue;
    }
    const value = Math.min(MAX_CONFIDENCE, Math.max(MIN_CONFIDENCE, Math.round(confidence)));
    byValue[value - MIN_CONFIDENCE]! += 1;
    bands[confidenceBand(value)] += 1;
  }
  return { byValue, none, bands };
}
