/**
 * What must never reach someone who may not see it, for the meeting tests: the keys that carry
 * review or private 1:1 data, and the seeded private texts (the demo world's private notes).
 */

/** Keys only the side panel of the right person may carry. */
export const CONFIDENTIAL_KEYS = ['myPrivateNote', 'privateNotes', 'managerReview', 'selfReview', 'peerFeedback', 'calibration', 'compensation', 'nominations', 'oneOnOne', 'agenda', 'actionItems', 'sharedNotes'] as const;

/** Private notes the meeting tests write on the upcoming 1:1 (the side panel shows that meeting's notes). */
export const PRIYA_MEETING_NOTE = 'Priya only: raise the tech-lead trial timing';
export const ARJUN_MEETING_NOTE = 'Arjun only: ask about the staff promotion timeline';

/** The seeded private notes around Priya and Arjun (src/app/performance/demo). */
export const PRIYA_PRIVATE_ON_ARJUN = 'Arjun is ready for a tech-lead trial';
export const ARJUN_PRIVATE = 'Ask about the staff engineer expectations document';
export const PRIYA_REVIEW_NOTES = 'Talk about delegation before the review conversation';

/** Every key anywhere in a JSON value, with its path. */
export function keysOf(value: unknown, path = '$'): { key: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [{ key: k, path: `${path}.${k}` }, ...keysOf(v, `${path}.${k}`)]);
  return [];
}

/** The confidential keys a response carries (empty when it is clean). */
export const confidentialKeysIn = (value: unknown, keys: readonly string[] = CONFIDENTIAL_KEYS): string[] =>
  keysOf(value)
    .filter((k) => keys.includes(k.key))
    .map((k) => k.path);

/** The forbidden texts a response (or a page) contains. */
export const textsIn = (value: unknown, texts: readonly string[]): string[] => {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  return texts.filter((t) => json.includes(t));
};
