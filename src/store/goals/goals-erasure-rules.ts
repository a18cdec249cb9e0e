import type { CheckIn } from '../../domain/okr/check-in.js';
import type { Objective } from '../../domain/okr/objective.js';
import type { GoalsErasureRequest } from '../../app/ports/goals-erasure.js';

/** Mentions shorter than this are not searched for: they would match inside ordinary words. */
const MIN_MENTION_LENGTH = 3;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with every mention (any case) replaced; the same string when none occurs. */
export function cutMentions(text: string, mentions: readonly string[], replacement: string): string {
  let result = text;
  for (const mention of mentions) {
    const term = mention.trim();
    if (term.length < MIN_MENTION_LENGTH) continue;
    result = result.replace(new RegExp(escapeRegExp(term), 'gi'), replacement);
  }
  return result;
}

/** Every string inside a JSON value with its mentions replaced (bot conversation references). */
export function cutMentionsDeep(value: unknown, mentions: readonly string[], replacement: string): unknown {
  if (typeof value === 'string') return cutMentions(value, mentions, replacement);
  if (Array.isArray(value)) return value.map((v) => cutMentionsDeep(v, mentions, replacement));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cutMentionsDeep(v, mentions, replacement)]));
  return value;
}

/**
 * An objective without what the person wrote and without their name, or null when nothing changes.
 * Its owner, contributors, key result owners, values, grade and alignment stay, so boards, the
 * alignment tree and every OKR aggregate are what they were; the ids now name a tombstone.
 */
export function objectiveWithoutPerson(objective: Objective, request: GoalsErasureRequest): Objective | null {
  const cut = (text: string) => cutMentions(text, request.mentions, request.mentionReplacement);
  const ownsIt = objective.owner.kind === 'person' && objective.owner.id === request.personId;
  const reflection = ownsIt || objective.reflection === null ? null : cut(objective.reflection);
  const sentBack = objective.sentBack === null ? null : objective.sentBack.by === request.personId ? { ...objective.sentBack, comment: request.removedText } : { ...objective.sentBack, comment: cut(objective.sentBack.comment) };
  const changed: Objective = {
    ...objective,
    title: cut(objective.title),
    description: cut(objective.description),
    reflection,
    sentBack,
    keyResults: objective.keyResults.map((kr) => ({ ...kr, title: cut(kr.title) })),
  };
  const same =
    changed.title === objective.title &&
    changed.description === objective.description &&
    changed.reflection === objective.reflection &&
    changed.sentBack?.comment === objective.sentBack?.comment &&
    changed.keyResults.every((kr, i) => kr.title === objective.keyResults[i]!.title);
  return same ? null : { ...changed, revision: objective.revision + 1 };
}

/** A check-in of theirs without its note and blockers (value, confidence and time stay), or null when already so. */
export const checkInWithoutText = (checkIn: CheckIn): CheckIn | null => (checkIn.note === '' && checkIn.blockers === '' ? null : { ...checkIn, note: '', blockers: '' });
