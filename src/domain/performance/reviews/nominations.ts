import { fail, ok, type Result } from '../../shared/result.js';
import type { Person } from '../../people/person.js';
import { invalid, MAX_REASON_LENGTH } from './review-fields.js';
import { touched, type FeedbackRelation, type Nomination, type ReviewPacket } from './review-packet.js';

export const MAX_ACTIVE_NOMINATIONS = 12;

export interface NominationInput {
  readonly id: string;
  readonly responseId: string;
  readonly relation: FeedbackRelation;
  /** The nominee as the directory knows them now; null when unknown in the tenant. */
  readonly nominee: Person | null;
}

const active = (n: Nomination): boolean => n.status !== 'rejected';

/**
 * The subject proposes a reviewer. Upward feedback comes from the subject's direct reports, peer
 * feedback from anyone else; never from the subject or the manager who writes the review.
 */
export function nominate(packet: ReviewPacket, input: NominationInput, now: string): Result<ReviewPacket, 'PERF.VALIDATION' | 'PERF.DUPLICATE'> {
  const nominee = input.nominee;
  if (!nominee || nominee.tenantId !== packet.tenantId) return invalid({ nomineeId: 'No such person' });
  if (nominee.id === packet.subjectId) return invalid({ nomineeId: 'You cannot review yourself here: that is the self review' });
  if (nominee.id === packet.snapshot.cycleManagerId) return invalid({ nomineeId: 'Your manager writes the manager review' });
  const directReport = nominee.managerId === packet.subjectId;
  if (input.relation === 'upward' && !directReport) return invalid({ relation: 'Upward feedback comes from your direct reports' });
  if (input.relation === 'peer' && directReport) return invalid({ relation: 'A direct report gives upward feedback' });
  if (packet.nominations.some((n) => active(n) && n.nomineeId === nominee.id)) return fail('PERF.DUPLICATE', 'That person is nominated already');
  if (packet.nominations.filter(active).length >= MAX_ACTIVE_NOMINATIONS) return invalid({ nomineeId: `At most ${MAX_ACTIVE_NOMINATIONS} reviewers` });
  const nomination: Nomination = {
    id: input.id,
    nomineeId: nominee.id,
    relation: input.relation,
    status: 'proposed',
    proposedAt: now,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    responseId: input.responseId,
  };
  return ok(touched(packet, { nominations: [...packet.nominations, nomination] }, now));
}

/** The subject takes back a proposal the manager has not decided on. */
export function withdrawNomination(packet: ReviewPacket, nominationId: string, now: string): Result<ReviewPacket, 'PERF.NOT_FOUND' | 'PERF.ALREADY_DECIDED'> {
  const nomination = packet.nominations.find((n) => n.id === nominationId);
  if (!nomination) return fail('PERF.NOT_FOUND', 'No such nomination');
  if (nomination.status !== 'proposed') return fail('PERF.ALREADY_DECIDED', 'The manager has decided on this nomination already');
  return ok(touched(packet, { nominations: packet.nominations.filter((n) => n.id !== nominationId) }, now));
}

/** The cycle manager approves or rejects a proposal, once. */
export function decideNomination(
  packet: ReviewPacket,
  decision: { nominationId: string; approve: boolean; reason: string | undefined; by: string },
  now: string,
): Result<{ packet: ReviewPacket; nomination: Nomination }, 'PERF.NOT_FOUND' | 'PERF.ALREADY_DECIDED' | 'PERF.VALIDATION'> {
  const nomination = packet.nominations.find((n) => n.id === decision.nominationId);
  if (!nomination) return fail('PERF.NOT_FOUND', 'No such nomination');
  if (nomination.status !== 'proposed') return fail('PERF.ALREADY_DECIDED', `The nomination is ${nomination.status} already`);
  const reason = decision.reason?.trim() ?? '';
  if (reason.length > MAX_REASON_LENGTH) return invalid({ reason: `At most ${MAX_REASON_LENGTH} characters` });
  const decided: Nomination = {
    ...nomination,
    status: decision.approve ? 'approved' : 'rejected',
    decidedAt: now,
    decidedBy: decision.by,
    decisionReason: reason.length > 0 ? reason : null,
  };
  return ok({ packet: touched(packet, { nominations: packet.nominations.map((n) => (n.id === nomination.id ? decided : n)) }, now), nomination: decided });
}

/** The approved nomination behind a response slot; a slot without one is void (e.g. a decision that did not stick). */
export const approvedNominationFor = (packet: ReviewPacket, responseId: string): Nomination | null =>
  packet.nominations.find((n) => n.responseId === responseId && n.status === 'approved') ?? null;
