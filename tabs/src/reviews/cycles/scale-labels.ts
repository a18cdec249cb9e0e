import type { RatingScaleBody, RatingScaleView } from '../review-types.js';

/** The labels of a scale, one per line, lowest first: the way HR types a scale. */
export const scaleToText = (scale: RatingScaleView | RatingScaleBody): string => scale.points.map((p) => p.label).join('\n');

/** Lines back into a scale valued 1..n; blank lines are dropped. */
export const textToScale = (text: string): RatingScaleBody => ({
  points: text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((label, i) => ({ value: i + 1, label })),
});

export const DEFAULT_SCALE_TEXT = ['Below expectations', 'Partially meets', 'Meets expectations', 'Exceeds expectations', 'Exceptional'].join('\n');
