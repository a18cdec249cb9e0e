import { draftStatus, type DraftStatus, type ReviewPacket } from '../reviews/review-packet.js';

/** The steps every review goes through, in order, each with the statuses a packet can be in. */
export const COMPLETION_STAGES = {
  'self-review': ['not-started', 'draft', 'submitted'],
  'peer-feedback': ['none-requested', 'waiting', 'partial', 'complete'],
  'manager-review': ['not-started', 'draft', 'submitted'],
  release: ['not-ready', 'ready', 'released'],
  acknowledgement: ['not-released', 'awaiting', 'acknowledged'],
} as const;
export type CompletionStage = keyof typeof COMPLETION_STAGES;
export type StageStatus<S extends CompletionStage = CompletionStage> = (typeof COMPLETION_STAGES)[S][number];

/** Where one packet stands: statuses only, never a rating or a text. */
export interface PacketProgress {
  /** Teams at launch (the cycle's org snapshot). */
  readonly teamIds: readonly string[];
  readonly selfReview: DraftStatus;
  /** Approved nominations: the peer and upward responses asked for. */
  readonly peerRequested: number;
  /** Of those, how many were submitted. */
  readonly peerSubmitted: number;
  readonly managerReview: DraftStatus;
  readonly released: boolean;
  readonly acknowledged: boolean;
}

export interface StageCounts {
  readonly stage: CompletionStage;
  /** Every status of the stage, zeros included; they add up to the number of packets. */
  readonly counts: readonly { readonly status: StageStatus; readonly count: number }[];
}

export interface Completion {
  readonly stages: readonly StageCounts[];
  readonly peerResponses: { readonly requested: number; readonly submitted: number };
}

/** A packet's progress; `submittedResponseIds` are the ids of its peer responses that were submitted. */
export function packetProgress(packet: Pick<ReviewPacket, 'snapshot' | 'selfReview' | 'nominations' | 'managerReview' | 'release' | 'acknowledgement'>, submittedResponseIds: ReadonlySet<string>): PacketProgress {
  const approved = packet.nominations.filter((n) => n.status === 'approved');
  return {
    teamIds: packet.snapshot.teamIds,
    selfReview: draftStatus(packet.selfReview),
    peerRequested: approved.length,
    peerSubmitted: approved.filter((n) => submittedResponseIds.has(n.responseId)).length,
    managerReview: draftStatus(packet.managerReview),
    released: packet.release !== null,
    acknowledged: packet.acknowledgement !== null,
  };
}

function statusIn(stage: CompletionStage, p: PacketProgress): StageStatus {
  switch (stage) {
    case 'self-review':
      return p.selfReview;
    case 'peer-feedback':
      return p.peerRequested === 0 ? 'none-requested' : p.peerSubmitted === 0 ? 'waiting' : p.peerSubmitted < p.peerRequested ? 'partial' : 'complete';
    case 'manager-review':
      return p.managerReview;
    case 'release':
      return p.released ? 'released' : p.managerReview === 'submitted' ? 'ready' : 'not-ready';
    case 'acknowledgement':
      return !p.released ? 'not-released' : p.acknowledged ? 'acknowledged' : 'awaiting';
  }
}

/** How many packets are in each status of each stage, and how many peer responses came in. */
export function completionOf(progress: readonly PacketProgress[]): Completion {
  const stages = (Object.keys(COMPLETION_STAGES) as CompletionStage[]).map((stage) => ({
    stage,
    counts: (COMPLETION_STAGES[stage] as readonly StageStatus[]).map((status) => ({ status, count: progress.filter((p) => statusIn(stage, p) === status).length })),
  }));
  return {
    stages,
    peerResponses: { requested: progress.reduce((n, p) => n + p.peerRequested, 0), submitted: progress.reduce((n, p) => n + p.peerSubmitted, 0) },
  };
}
