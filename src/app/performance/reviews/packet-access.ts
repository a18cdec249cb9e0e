import { decide, type PolicyState } from '../../../domain/performance/access-policy.js';
import { REVIEW_PHASES, type DocumentKind } from '../../../domain/performance/document-kinds.js';
import type { PolicyDocument } from '../../../domain/performance/relationships.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import { packetPolicyFacts, packetPolicyState, parsePacketId, type ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import { fail, ok, type Failure, type Result } from '../../../domain/shared/result.js';
import type { Versioned } from '../../ports/goals-repository.js';
import { notFound, type AccessGuard, type GuardedDocument } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';

/** A packet with its cycle and what the policy needs to decide on it. */
export interface PacketContext {
  readonly cycle: ReviewCycle;
  readonly packet: ReviewPacket;
  readonly etag: string;
  readonly facts: GuardedDocument;
  readonly state: PolicyState;
}

export const packetContext = (cycle: ReviewCycle, found: Versioned<ReviewPacket>): PacketContext => ({
  cycle,
  packet: found.value,
  etag: found.etag,
  facts: packetPolicyFacts(found.value),
  state: packetPolicyState(cycle, found.value),
});

/** Loads a packet and its cycle (in parallel: the packet id names the cycle); a miss is recorded and null. */
export async function loadPacket(deps: PerformanceDeps, guard: AccessGuard, packetId: string, kind: DocumentKind = 'release'): Promise<PacketContext | null> {
  const tenantId = guard.actor.tenantId;
  const parsed = parsePacketId(packetId);
  const [found, cycle] = parsed ? await Promise.all([deps.reviews.getPacket(tenantId, packetId), deps.reviews.getCycle(tenantId, parsed.cycleId)]) : [null, null];
  if (!found || !cycle) {
    guard.recordMiss('read', kind, packetId, parsed?.subjectId ?? guard.actor.id);
    return null;
  }
  return packetContext(cycle.value, found);
}

/**
 * Would the actor be allowed in some other phase? Then the answer is "not now" (409), not "never" (403).
 * Pure policy evaluation for a better error: the decision that counts was already recorded.
 */
export async function refusal(
  guard: AccessGuard,
  kind: DocumentKind,
  facts: PolicyDocument,
  state: PolicyState,
  denied: Failure<'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>,
): Promise<Failure<'PERF.NOT_FOUND' | 'PERF.FORBIDDEN' | 'PERF.WRONG_PHASE'>> {
  if (denied.code !== 'PERF.FORBIDDEN') return denied;
  const subject = await guard.subject(facts.subjectId);
  if (!subject) return denied;
  const otherPhase = REVIEW_PHASES.find((phase) => phase !== state.phase && decide(guard.actor, 'write', kind, subject, facts, { ...state, phase }).allow);
  return otherPhase ? fail('PERF.WRONG_PHASE', `The review is in the ${state.phase} phase: that is not possible now`, { phase: state.phase }) : denied;
}

/** Require a write, turning a phase refusal into PERF.WRONG_PHASE. */
export async function requireWrite(guard: AccessGuard, kind: DocumentKind, facts: GuardedDocument, state: PolicyState): Promise<Result<void, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN' | 'PERF.WRONG_PHASE'>> {
  const allowed = await guard.require('write', kind, facts, state);
  return allowed.ok ? ok(undefined) : refusal(guard, kind, facts, state, allowed);
}

/** Pure capability hint for the view: the write path asks (and records) the policy again. */
export async function mayWrite(guard: AccessGuard, kind: DocumentKind, facts: PolicyDocument, state: PolicyState): Promise<boolean> {
  const subject = await guard.subject(facts.subjectId);
  return subject !== null && decide(guard.actor, 'write', kind, subject, facts, state).allow;
}

export const packetNotFound = () => notFound('That review');
