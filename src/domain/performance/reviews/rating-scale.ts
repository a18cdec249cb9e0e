import type { FieldErrors } from './review-fields.js';

export interface RatingPoint {
  readonly value: number;
  readonly label: string;
}

/** Points in ascending order with consecutive integer values, e.g. 1 "Below expectations" … 5 "Exceptional". */
export interface RatingScale {
  readonly points: readonly RatingPoint[];
}

export const MIN_SCALE_POINTS = 2;
export const MAX_SCALE_POINTS = 10;
export const MAX_LABEL_LENGTH = 60;

/** Problems with a scale, keyed under `field`. */
export function ratingScaleErrors(scale: RatingScale, field: string): FieldErrors {
  const errors: FieldErrors = {};
  const points = scale.points;
  if (points.length < MIN_SCALE_POINTS || points.length > MAX_SCALE_POINTS) {
    errors[`${field}.points`] = `A rating scale has ${MIN_SCALE_POINTS} to ${MAX_SCALE_POINTS} points`;
    return errors;
  }
  points.forEach((point, i) => {
    if (!Number.isInteger(point.value)) errors[`${field}.points.${i}.value`] = 'Rating values are whole numbers';
    else if (i > 0 && point.value !== points[i - 1]!.value + 1) errors[`${field}.points.${i}.value`] = 'Rating values go up by one, lowest first';
    const label = point.label.trim();
    if (label.length === 0 || label.length > MAX_LABEL_LENGTH) errors[`${field}.points.${i}.label`] = `A label has 1 to ${MAX_LABEL_LENGTH} characters`;
  });
  const labels = points.map((p) => p.label.trim().toLowerCase());
  if (new Set(labels).size !== labels.length) errors[`${field}.points`] ??= 'Each point needs its own label';
  return errors;
}

export const normaliseScale = (scale: RatingScale): RatingScale => ({ points: scale.points.map((p) => ({ value: p.value, label: p.label.trim() })) });

export const isOnScale = (scale: RatingScale, value: number): boolean => scale.points.some((p) => p.value === value);

export const labelOf = (scale: RatingScale, value: number | null): string | null =>
  value === null ? null : (scale.points.find((p) => p.value === value)?.label ?? null);
