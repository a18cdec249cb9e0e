import type { RatingScaleView } from '../../review-types.js';

/** A rating's label on its scale ("3 · Meets expectations"), or the bare number if the scale lacks it. */
export function ratingText(scale: RatingScaleView, value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const point = scale.points.find((p) => p.value === value);
  return point ? `${point.value} · ${point.label}` : String(value);
}

/** A calendar date (YYYY-MM-DD) or a timestamp in the person's locale; dates are read as UTC so they never shift a day. */
export function formatDay(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(isoDate));
}
