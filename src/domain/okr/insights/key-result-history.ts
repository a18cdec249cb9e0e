import { initialValue, type KeyResult } from '../key-result.js';

/** A recorded value of a key result at an instant: what a progress timeline is made of. */
export interface ValueAt {
  readonly at: string;
  readonly value: number;
}

/**
 * The value a key result had at an instant: its latest check-in at or before then, or its starting
 * value before anyone checked in. `history` must be sorted oldest first.
 */
export function valueAt(kr: Pick<KeyResult, 'spec'>, history: readonly ValueAt[], instant: number): number | null {
  let value: number | null = initialValue(kr.spec);
  for (const point of history) {
    if (Date.parse(point.at) > instant) break;
    value = point.value;
  }
  return value;
}

/** Sorts a key result's values oldest first (ties by nothing: equal instants keep their order). */
export const byTime = (a: ValueAt, b: ValueAt): number => Date.parse(a.at) - Date.parse(b.at);
