import { fail, ok, type Result } from '../../shared/result.js';
import type { PolicyDocument } from '../relationships.js';
import type { AnswerInput } from './self-review.js';
import type { FeedbackRelation, Nomination, ReviewPacket } from './review-packet.js';
import { checkAnswerSet, type ReviewTemplate } from './review-template.js';

/** One approved nominee's feedback on a subject; lives in the subject's partition. */
export interface PeerResponse {
  readonly tenantId: string;
  /** `<packetId>.pr<random>`: names the subject's packet, never the author. */
  readonly id: string;
  readonly packetId: string;
  readonly cycleId: string;
  readonly subjectId: string;
  readonly authorId: string;
  readonly relation: FeedbackRelation;
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
}

/** Where a reviewer finds their requests: a pointer in the reviewer's own partition. */
export interface PeerAssignment {
  readonly tenantId: string;
  readonly reviewerId: string;
  readonly responseId: string;
  readonly packetId: string;
  readonly cycleId: string;
  readonly subjectId: string;
}

export const newResponseId = (packetId: string, unique: string): string => `${packetId}.pr${unique}`;

/** The subject of a response id (`<cycleId>.<subjectId>.pr…`), or null when it is not one. */
export function parseResponseId(responseId: string): { packetId: string; subjectId: string } | null {
  const parts = responseId.split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0) || !parts[2]!.startsWith('pr')) return null;
  return { packetId: `${parts[0]}.${parts[1]}`, subjectId: parts[1]! };
}

/** The empty slot an approved nomination opens for its nominee. */
export function newPeerResponse(packet: ReviewPacket, nomination: Nomination, now: string): PeerResponse {
  return {
    tenantId: packet.tenantId,
    id: nomination.responseId,
    packetId: packet.id,
    cycleId: packet.cycleId,
    subjectId: packet.subjectId,
    authorId: nomination.nomineeId,
    relation: nomination.relation,
    answers: {},
    ratings: {},
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
  };
}

export const peerAssignmentOf = (response: PeerResponse): PeerAssignment => ({
  tenantId: response.tenantId,
  reviewerId: response.authorId,
  responseId: response.id,
  packetId: response.packetId,
  cycleId: response.cycleId,
  subjectId: response.subjectId,
});

/** Policy facts: the reviewer is the author; the manager side comes from the packet's snapshot. */
export const responsePolicyFacts = (response: PeerResponse, packet: ReviewPacket): PolicyDocument & { id: string } => ({
  id: response.id,
  tenantId: response.tenantId,
  subjectId: response.subjectId,
  authorId: response.authorId,
  cycleManagerId: packet.snapshot.cycleManagerId,
  cycleManagerChain: packet.snapshot.cycleManagerChain,
});

/**
 * Saves or submits a reviewer's answers. Submitting needs the required questions answered;
 * ratings are optional (a peer may not have seen every competency). Submitted is final.
 */
export function writePeerResponse(response: PeerResponse, template: ReviewTemplate, input: AnswerInput, submit: boolean, now: string): Result<PeerResponse, 'PERF.VALIDATION' | 'PERF.ALREADY_SUBMITTED'> {
  if (response.submittedAt) return fail('PERF.ALREADY_SUBMITTED', 'This feedback is submitted already');
  const checked = checkAnswerSet(
    template,
    { answers: input.answers ?? response.answers, ratings: input.ratings ?? response.ratings },
    submit ? { requiredAnswers: true, allRatings: false } : null,
  );
  if (!checked.ok) return checked;
  return ok({ ...response, ...checked.value, updatedAt: now, submittedAt: submit ? now : null });
}
