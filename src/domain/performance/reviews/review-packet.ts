import type { Person } from '../../people/person.js';
import type { PolicyState } from '../access-policy.js';
import type { ReviewPhase } from '../document-kinds.js';
import type { PolicyDocument } from '../relationships.js';
import type { OkrContext } from './okr-context.js';
import type { ReviewCycle } from './review-cycle.js';

export type DraftStatus = 'not-started' | 'draft' | 'submitted';
export type FeedbackRelation = 'peer' | 'upward';
export type NineBoxLevel = 1 | 2 | 3;

/** The org as it stood at launch. The cycle manager writes the review, whoever manages the subject later. */
export interface OrgSnapshot {
  readonly takenAt: string;
  readonly cycleManagerId: string | null;
  /** The cycle manager's own chain at launch, nearest first. */
  readonly cycleManagerChain: readonly string[];
  readonly teamIds: readonly string[];
  readonly department: string | null;
}

export interface SelfReview {
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
}

export interface Nomination {
  readonly id: string;
  readonly nomineeId: string;
  readonly relation: FeedbackRelation;
  readonly status: 'proposed' | 'approved' | 'rejected';
  readonly proposedAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly decisionReason: string | null;
  /**
   * The peer-response slot this nomination gets when approved; chosen at random when nominated
   * (never derived from the nominee), so a response id says nothing about its author.
   */
  readonly responseId: string;
}

export interface ManagerReview {
  readonly authorId: string;
  readonly ratings: Readonly<Record<string, number>>;
  readonly comments: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly overallRating: number | null;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
}

export interface PrivateNotes {
  readonly text: string;
  readonly updatedAt: string;
}

export interface CalibrationEntry {
  readonly adjustedRating: number | null;
  readonly reason: string | null;
  readonly performance: NineBoxLevel | null;
  readonly potential: NineBoxLevel | null;
  readonly by: string;
  readonly at: string;
}

export interface CompensationRecommendation {
  readonly meritPercent: number | null;
  readonly promotion: boolean | null;
  readonly note: string;
  readonly by: string;
  readonly at: string;
}

export interface Release {
  readonly releasedAt: string;
  readonly by: string;
}

export interface Acknowledgement {
  readonly at: string;
  readonly comment: string | null;
}

/** One participant's review in one cycle: a single document, read and written section by section. */
export interface ReviewPacket {
  readonly tenantId: string;
  /** `<cycleId>.<subjectId>`: a point read in the subject's partition. */
  readonly id: string;
  readonly cycleId: string;
  readonly subjectId: string;
  readonly snapshot: OrgSnapshot;
  readonly okrContext: OkrContext;
  readonly selfReview: SelfReview | null;
  readonly nominations: readonly Nomination[];
  readonly managerReview: ManagerReview | null;
  readonly privateNotes: PrivateNotes | null;
  readonly calibration: CalibrationEntry | null;
  readonly compensation: CompensationRecommendation | null;
  readonly release: Release | null;
  readonly acknowledgement: Acknowledgement | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export const packetIdOf = (cycleId: string, subjectId: string): string => `${cycleId}.${subjectId}`;

/** Splits a packet id; null when it is not one (so a probe is simply "not found"). */
export function parsePacketId(packetId: string): { cycleId: string; subjectId: string } | null {
  const parts = packetId.split('.');
  if (parts.length !== 2 || parts.some((p) => p.length === 0)) return null;
  return { cycleId: parts[0]!, subjectId: parts[1]! };
}

/** The packet for one participant, with the org and OKR context frozen now. */
export function newPacket(cycle: ReviewCycle, subject: Person, okrContext: OkrContext, now: string): ReviewPacket {
  return {
    tenantId: cycle.tenantId,
    id: packetIdOf(cycle.id, subject.id),
    cycleId: cycle.id,
    subjectId: subject.id,
    snapshot: {
      takenAt: now,
      cycleManagerId: subject.managerId,
      cycleManagerChain: subject.managerChain.slice(1),
      teamIds: [...subject.teamIds],
      department: subject.department,
    },
    okrContext,
    selfReview: null,
    nominations: [],
    managerReview: null,
    privateNotes: null,
    calibration: null,
    compensation: null,
    release: null,
    acknowledgement: null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** The packet's own phase: the cycle's, or released once this packet is released. */
export function packetPhase(cyclePhase: ReviewPhase, packet: Pick<ReviewPacket, 'release'>): ReviewPhase {
  if (packet.release) return cyclePhase === 'closed' ? 'closed' : 'released';
  return cyclePhase;
}

/** The facts the policy decides on, stored with the packet (the manager from the launch snapshot). */
export const packetPolicyFacts = (packet: ReviewPacket): PolicyDocument & { id: string } => ({
  id: packet.id,
  tenantId: packet.tenantId,
  subjectId: packet.subjectId,
  cycleManagerId: packet.snapshot.cycleManagerId,
  cycleManagerChain: packet.snapshot.cycleManagerChain,
});

export const packetPolicyState = (cycle: ReviewCycle, packet: ReviewPacket): PolicyState => ({
  phase: packetPhase(cycle.phase, packet),
  compensationVisibleAfterRelease: cycle.compensation.enabled && cycle.compensation.visibleToSubjectAfterRelease,
});

/** A changed packet: one more revision. */
export const touched = (packet: ReviewPacket, changes: Partial<ReviewPacket>, now: string): ReviewPacket => ({
  ...packet,
  ...changes,
  updatedAt: now,
  revision: packet.revision + 1,
});

export const draftStatus = (section: { submittedAt: string | null } | null): DraftStatus =>
  section === null ? 'not-started' : section.submittedAt ? 'submitted' : 'draft';

/** The rating the review ends with: HR's adjustment, else the manager's submitted proposal. */
export function finalRating(packet: Pick<ReviewPacket, 'calibration' | 'managerReview'>): number | null {
  if (packet.calibration?.adjustedRating != null) return packet.calibration.adjustedRating;
  return packet.managerReview?.submittedAt ? packet.managerReview.overallRating : null;
}
