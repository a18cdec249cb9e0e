/** Confidence is recorded 0-10 and shown as a band. */
export const CONFIDENCE_BANDS = ['on-track', 'at-risk', 'off-track'] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number];

export const MIN_CONFIDENCE = 0;
export const MAX_CONFIDENCE = 10;

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= 7) return 'on-track';
  if (confidence >= 4) return 'at-risk';
  return 'off-track';
}

/** An objective is as confident as its least confident key result; null when nobody checked in yet. */
export function lowestConfidence(confidences: readonly (number | null)[]): number | null {
  const known = confidences.filter((c): c is number => c !== null);
  return known.length === 0 ? null : Math.min(...known);
}
