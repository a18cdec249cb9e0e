import type { ConfidenceBand } from '../../src/domain/okr/confidence.js';
import { confidenceBand } from '../../src/domain/okr/confidence.js';
import type { KeyResultSpec, Unit } from '../../src/domain/okr/key-result.js';

/** A number formatter for the person's locale; an unknown locale falls back to en-US. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en-US', options);
  }
}

function formatAmount(value: number, unit: Unit, currency: string | undefined, locale: string): string {
  if (unit === 'currency') {
    try {
      return numberFormat(locale, { style: 'currency', currency: currency ?? 'USD', maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2 }).format(value);
    } catch {
      return `${currency ?? ''} ${numberFormat(locale, { maximumFractionDigits: 2 }).format(value)}`.trim();
    }
  }
  const n = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return unit === 'percent' ? `${n}%` : n;
}

/** A key result's value as people read it: "45%", "$1.2M"-style amounts, "2 of 4 steps", "Done". */
export function formatValue(spec: KeyResultSpec, value: number | null, locale: string): string {
  if (value === null) return 'no value yet';
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
    case 'guardrail':
      return formatAmount(value, spec.unit, spec.currency, locale);
    case 'milestone':
      return `${value} of ${spec.steps.length} steps`;
    case 'binary':
      return value >= 1 ? 'Done' : 'Not done';
  }
}

/** What the key result aims for: "target 100%", "stay above 99.9%", "4 steps", "done". */
export function formatTarget(spec: KeyResultSpec, locale: string): string {
  switch (spec.type) {
    case 'increase-to':
    case 'decrease-to':
      return formatAmount(spec.target, spec.unit, spec.currency, locale);
    case 'guardrail':
      return `${spec.direction === 'stay-above' ? 'stay above' : 'stay below'} ${formatAmount(spec.threshold, spec.unit, spec.currency, locale)}`;
    case 'milestone':
      return `all ${spec.steps.length} steps`;
    case 'binary':
      return 'done';
  }
}

const BAND_LABEL: Record<ConfidenceBand, string> = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track' };

export const bandLabel = (band: ConfidenceBand): string => BAND_LABEL[band];

/** "7/10, on track" or "not rated yet". */
export const formatConfidence = (confidence: number | null): string =>
  confidence === null ? 'not rated yet' : `${confidence}/10, ${BAND_LABEL[confidenceBand(confidence)]}`;

/** The card colour for a confidence band. */
export const bandColor = (band: ConfidenceBand | null): 'Good' | 'Warning' | 'Attention' | 'Default' =>
  band === 'on-track' ? 'Good' : band === 'at-risk' ? 'Warning' : band === 'off-track' ? 'Attention' : 'Default';

/** A short date in the person's zone and locale, e.g. "Thu 24 Dec 2026". */
export function formatDate(iso: string, timezone: string, locale: string, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: timezone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).format(new Date(iso));
  }
}
