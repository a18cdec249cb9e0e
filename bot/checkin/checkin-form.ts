import { z } from 'zod';
import { MAX_NOTE_LENGTH, type CheckInInput } from '../../src/domain/okr/check-in.js';
import { MAX_CONFIDENCE, MIN_CONFIDENCE } from '../../src/domain/okr/confidence.js';
import { validateCheckInValue } from '../../src/domain/okr/key-result.js';
import type { OwnedKeyResult } from '../../src/app/okr/owned-key-results.js';

/** More key results than this do not fit a card (Teams cards stay under ~28 KB); the rest go to the tab. */
export const MAX_CARD_KEY_RESULTS = 8;

/** Input ids of the row for the i-th key result. Rows are numbered; the ids themselves travel in `keyResultIds`. */
export const inputIds = (index: number) => ({ value: `value_${index}`, confidence: `confidence_${index}`, note: `note_${index}` }) as const;

/**
 * What a check-in card carries besides its inputs: opaque ids only. The client echoes it back, so
 * every field is checked again on the way in and the key result ids are re-checked against the store.
 */
export const checkInCardDataSchema = z.object({
  /** One per card instance: with the key result id it forms the check-in's idempotency key. */
  cardId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  keyResultIds: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(MAX_CARD_KEY_RESULTS)
    .refine((ids) => new Set(ids).size === ids.length, 'repeated key result'),
  /** Set on a snoozed card: the refresh shows the check-in again after this instant. */
  snoozedUntil: z.iso.datetime().optional(),
});
export type CheckInCardData = z.infer<typeof checkInCardDataSchema>;

export type RawInputs = Readonly<Record<string, unknown>>;

export interface ParsedEntry {
  readonly index: number;
  readonly keyResultId: string;
  readonly input: CheckInInput;
}

export interface ParsedForm {
  readonly entries: ParsedEntry[];
  /** Per input id, a message to show under it. */
  readonly errors: Record<string, string>;
  /** A message about the whole form, or null. */
  readonly formError: string | null;
}

export const idempotencyKeyFor = (cardId: string, keyResultId: string): string => `${cardId}|${keyResultId}`;

/** The text of an input as the host sent it: strings are trimmed, numbers printed, anything else is not text. */
export function inputText(raw: unknown): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : null;
  return null;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MAX_MAGNITUDE = 1e15;

function parseNumber(textValue: string): number | null {
  if (!NUMBER.test(textValue)) return null;
  const n = Number(textValue);
  return Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE ? n : null;
}

/**
 * Validates a check-in card's inputs against the key results they belong to (numbers, ranges,
 * lengths) without touching the store. A row whose value is left empty is skipped; at least one row
 * must be filled in. Returns every problem at once, so the card can show them all.
 */
export function parseCheckInForm(items: readonly OwnedKeyResult[], raw: RawInputs): ParsedForm {
  const entries: ParsedEntry[] = [];
  const errors: Record<string, string> = {};
  items.forEach(({ keyResult }, index) => {
    const ids = inputIds(index);
    const valueText = inputText(raw[ids.value]);
    const confidenceText = inputText(raw[ids.confidence]);
    const noteText = inputText(raw[ids.note]);
    if (valueText === '') return;
    let value: number | null = null;
    if (valueText === null || (value = parseNumber(valueText)) === null) {
      errors[ids.value] = 'Enter a number, e.g. 42 or 3.5';
    } else {
      const checked = validateCheckInValue(keyResult.spec, value);
      if (!checked.ok) errors[ids.value] = checked.message;
    }
    let confidence: number | null = null;
    if (confidenceText === '') errors[ids.confidence] = `Rate your confidence from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}`;
    else if (confidenceText === null || !/^\d{1,2}$/.test(confidenceText) || (confidence = Number(confidenceText)) < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE) {
      errors[ids.confidence] = `Confidence is a whole number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}`;
      confidence = null;
    }
    if (noteText === null) errors[ids.note] = 'The note must be text';
    else if (noteText.length > MAX_NOTE_LENGTH) errors[ids.note] = `At most ${MAX_NOTE_LENGTH} characters (this one has ${noteText.length})`;
    if (value !== null && confidence !== null && noteText !== null && !errors[ids.value] && !errors[ids.note]) {
      entries.push({ index, keyResultId: keyResult.id, input: { value, confidence, note: noteText, blockers: '' } });
    }
  });
  const hasErrors = Object.keys(errors).length > 0;
  const formError = hasErrors ? 'Some answers need a look. Nothing was saved yet.' : entries.length === 0 ? 'Enter a value for at least one key result.' : null;
  return { entries: formError ? [] : entries, errors, formError };
}
