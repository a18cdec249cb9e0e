import { approvedNominationFor } from '../../../domain/performance/reviews/nominations.js';
import { parseResponseId, responsePolicyFacts, type PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import { packetPolicyState, packetPhase, type ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import type { PolicyState } from '../../../domain/performance/access-policy.js';
import type { AccessGuard, GuardedDocument } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { mayWrite } from './packet-access.js';
import { loadPeopleRefs } from './people-refs.js';
import { templateView } from './review-cycle-views.js';
import type { PeerRequestView } from './review-views.js';

/** A peer response with the packet and cycle it belongs to. */
export interface PeerRequestContext {
  readonly response: PeerResponse;
  readonly etag: string;
  readonly packet: ReviewPacket;
  readonly cycle: ReviewCycle;
  readonly facts: GuardedDocument;
  readonly state: PolicyState;
}

/**
 * Loads a response slot that is live: its nomination is approved and its cycle launched. Anything
 * else (unknown id, a void slot, another tenant) is recorded as a miss and is null.
 */
export async function loadPeerRequest(deps: PerformanceDeps, guard: AccessGuard, responseId: string, cycles?: Map<string, ReviewCycle | null>): Promise<PeerRequestContext | null> {
  const tenantId = guard.actor.tenantId;
  const parsed = parseResponseId(responseId);
  const [found, packet] = parsed ? await Promise.all([deps.reviews.getPeerResponse(tenantId, responseId), deps.reviews.getPacket(tenantId, parsed.packetId)]) : [null, null];
  let cycle: ReviewCycle | null = null;
  if (found && packet) {
    if (cycles?.has(packet.value.cycleId)) cycle = cycles.get(packet.value.cycleId) ?? null;
    else {
      cycle = (await deps.reviews.getCycle(tenantId, packet.value.cycleId))?.value ?? null;
      cycles?.set(packet.value.cycleId, cycle);
    }
  }
  if (!found || !packet || !cycle || cycle.phase === 'draft' || !approvedNominationFor(packet.value, responseId)) {
    guard.recordMiss('read', 'peer-response', responseId, parsed?.subjectId ?? guard.actor.id);
    return null;
  }
  return { response: found.value, etag: found.etag, packet: packet.value, cycle, facts: responsePolicyFacts(found.value, packet.value), state: packetPolicyState(cycle, packet.value) };
}

/** The reviewer's view of a request: whom it is about, the questions, their own answers. */
export async function peerRequestView(deps: PerformanceDeps, guard: AccessGuard, ctx: PeerRequestContext): Promise<PeerRequestView> {
  const { response, cycle, packet } = ctx;
  const refs = await loadPeopleRefs(deps, response.tenantId, [response.subjectId]);
  const template = templateView(cycle.template);
  return {
    id: response.id,
    cycleId: cycle.id,
    cycleName: cycle.name,
    phase: packetPhase(cycle.phase, packet),
    subject: refs(response.subjectId),
    relation: response.relation,
    deadline: cycle.deadlines.peer,
    anonymity: { ...cycle.anonymity },
    competencies: template.competencies,
    questions: template.questions,
    answers: response.answers,
    ratings: response.ratings,
    status: response.submittedAt ? 'submitted' : 'pending',
    submittedAt: response.submittedAt,
    canEdit: !response.submittedAt && (await mayWrite(guard, 'peer-response', ctx.facts, ctx.state)),
  };
}
