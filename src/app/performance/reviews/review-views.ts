/**
 * THE CONTRACT of the review-cycle API: every response body is one of the views below.
 * Stable; changes are additive only. All paths are under /api/v1. Errors are
 * `{ error: { code, message, details } }`. Request bodies are strict (unknown fields → 400 API.VALIDATION).
 * Dates are `YYYY-MM-DD`, times ISO 8601. Ids are opaque.
 *
 * Common error codes: 400 API.VALIDATION / PERF.VALIDATION (details.fields: field → problem),
 * 404 PERF.NOT_FOUND (unknown, another tenant's, or not visible to you: the API never says which),
 * 403 PERF.FORBIDDEN (you may see it but not do this), 409 PERF.WRONG_PHASE (not in this phase),
 * 409 PERF.ALREADY_SUBMITTED, 409 PERF.ALREADY_DECIDED, 409 PERF.DUPLICATE, 409 PERF.NOT_READY,
 * 409 PERF.COMPENSATION_DISABLED, 409 PERF.WRITE_CONTENTION, 412 PERF.REVISION_MISMATCH (If-Match: <revision> was stale; optional header).
 * Responses of packet and cycle mutations carry `ETag: <revision>`.
 *
 * ── Cycles (HR admin writes; everyone may list launched cycles) ──────────────────────────────────────
 * GET    /review-cycles                                  → ReviewCycleListView   (HR: all incl. drafts; others: launched only)
 * POST   /review-cycles            body CreateReviewCycleBody → 201 ReviewCycleView          400 403
 * GET    /review-cycles/:cycleId                          → ReviewCycleView        404 (non-HR: drafts are 404)
 * PATCH  /review-cycles/:cycleId   body UpdateReviewCycleBody → ReviewCycleView   400 403 404 409 WRONG_PHASE 412
 *        (name, deadlines: until closed; everything else: draft only)
 * POST   /review-cycles/:cycleId/launch                   → LaunchResultView       403 404 409 NOT_READY
 *        (idempotent: snapshots org + OKR context, creates missing packets, phase draft → self)
 * POST   /review-cycles/:cycleId/advance  body { to: CyclePhase } → ReviewCycleView  400 403 404 409 WRONG_PHASE|NOT_READY
 *        (self → peer → manager → calibration → released → closed, one step at a time; `to` must be the next
 *        phase; → calibration and → released need every manager review submitted (409 NOT_READY, details.notReady);
 *        → released releases every packet)
 * GET    /review-cycles/:cycleId/packets                  → CycleProgressView      403 404   (HR: status per participant)
 * GET    /review-cycles/:cycleId/calibration              → CalibrationView        403 404   (HR)
 * POST   /review-cycles/:cycleId/release-all              → ReleaseAllView         403 404 409 WRONG_PHASE  (HR, calibration phase)
 * GET    /review-cycles/:cycleId/compensation-export      → CompensationExportView 403 404 409 WRONG_PHASE (HR; cycle with compensation)
 *
 * ── Packets (one per participant; every section projected for the viewer by the policy) ─────────────
 * GET    /reviews/mine                                    → MyReviewsView          (packets I am the subject of)
 * GET    /people/:personId/reviews                        → MyReviewsView          (that person's packets, each as the policy shows it to me; none → empty)
 * GET    /reviews/to-write                                → ReviewsToWriteView     (packets where I am the cycle manager)
 * GET    /review-packets/:packetId                        → ReviewPacketView       404
 * PATCH  /review-packets/:packetId/self-review     body SelfReviewBody      → ReviewPacketView  400 404 403 409 WRONG_PHASE|ALREADY_SUBMITTED 412
 * POST   /review-packets/:packetId/self-review/submit  body SelfReviewBody? → ReviewPacketView  (same; `{}` submits the saved draft)
 * POST   /review-packets/:packetId/nominations     body NominateBody         → 201 ReviewPacketView  400 404 403 409 WRONG_PHASE|DUPLICATE
 * DELETE /review-packets/:packetId/nominations/:nominationId                 → ReviewPacketView  (subject withdraws a proposed one) 404 403 409 ALREADY_DECIDED
 * POST   /review-packets/:packetId/nominations/:nominationId/decision  body NominationDecisionBody → ReviewPacketView
 *        (cycle manager; approving creates the nominee's peer-response slot)  400 404 403 409 WRONG_PHASE|ALREADY_DECIDED
 * PATCH  /review-packets/:packetId/manager-review  body ManagerReviewBody    → ReviewPacketView  400 404 403 409 WRONG_PHASE|ALREADY_SUBMITTED 412
 * POST   /review-packets/:packetId/manager-review/submit body ManagerReviewBody? → ReviewPacketView (needs every competency rated and an overall rating)
 * PATCH  /review-packets/:packetId/private-notes   body { text }            → ReviewPacketView  (cycle manager only; others 404)
 * PATCH  /review-packets/:packetId/compensation    body CompensationBody     → ReviewPacketView  (cycle manager in manager/calibration, HR in calibration) 409 PERF.COMPENSATION_DISABLED when the cycle has none
 * PATCH  /review-packets/:packetId/calibration     body CalibrationBody      → ReviewPacketView  (HR, calibration phase; an adjusted rating needs a reason)
 * POST   /review-packets/:packetId/release                                   → ReviewPacketView  (HR, calibration phase; needs the manager review submitted: 409 NOT_READY; idempotent)
 * POST   /review-packets/:packetId/acknowledge     body { comment? }         → ReviewPacketView  (subject, after release) 409 ALREADY_SUBMITTED
 *
 * ── Peer and upward feedback (the nominee's side) ──────────────────────────────────────────────────
 * GET    /reviews/peer-requests                           → PeerRequestsView       (my requests in launched, unclosed cycles)
 * GET    /peer-responses/:responseId                      → PeerRequestView        404 (only its author)
 * PATCH  /peer-responses/:responseId        body PeerResponseBody  → PeerRequestView  400 404 409 WRONG_PHASE|ALREADY_SUBMITTED
 * POST   /peer-responses/:responseId/submit body PeerResponseBody? → PeerRequestView  (peer phase only)
 *
 * Anonymity (the cycle's `anonymity.mode`), for every viewer except the author of a response:
 *  - attributed: responses with their authors.
 *  - anonymous: responses without authors or ids, in an order that does not follow who answered, per
 *    relation group (peer, upward), and a group is ABSENT unless it has >= threshold submitted responses.
 *  - aggregated: only per-competency averages per relation group, only when the group has >= threshold.
 *  Below the threshold nothing is shown, not even a count. In anonymous and aggregated cycles the
 *  nominations list shows nominees only while nominating is open (self, peer) and never who answered.
 *
 * OKR context (`okrContext`) is a frozen snapshot taken at launch, shown as context: no rating, default or
 * compensation figure is ever computed from it, and the compensation export carries no OKR field.
 */

// ── Shared pieces ──────────────────────────────────────────────────────────────────────────────────

export type ReviewCycleType = 'annual' | 'semi-annual' | 'probation' | 'custom';
export type AnonymityMode = 'attributed' | 'anonymous' | 'aggregated';
export type CyclePhase = 'draft' | 'self' | 'peer' | 'manager' | 'calibration' | 'released' | 'closed';
export type FeedbackRelation = 'peer' | 'upward';
export type DraftStatus = 'not-started' | 'draft' | 'submitted';
export type NineBoxLevel = 1 | 2 | 3;

export interface PersonRefView {
  readonly id: string;
  readonly displayName: string;
  readonly jobTitle: string;
}

export type ParticipantsView =
  | { readonly kind: 'all' }
  | { readonly kind: 'teams'; readonly teamIds: readonly string[] }
  | { readonly kind: 'departments'; readonly departments: readonly string[] };

/** Rating points in ascending order, e.g. 1 "Below" … 5 "Exceptional". Values are consecutive integers. */
export interface RatingScaleView {
  readonly points: readonly { readonly value: number; readonly label: string }[];
}

export interface CompetencyView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly scale: RatingScaleView;
}

/** A free-text question asked of the subject (self review) and of peer and upward reviewers. */
export interface QuestionView {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}

export interface ReviewTemplateView {
  readonly competencies: readonly CompetencyView[];
  readonly questions: readonly QuestionView[];
  readonly overallScale: RatingScaleView;
}

/** Deadline per phase (dates; guidance shown to people, advancing is HR's decision). */
export interface PhaseDeadlinesView {
  readonly self: string;
  readonly peer: string;
  readonly manager: string;
  readonly calibration: string;
}

export interface AnonymityView {
  readonly mode: AnonymityMode;
  readonly threshold: number;
}

export interface CompensationSettingsView {
  readonly enabled: boolean;
  readonly visibleToSubjectAfterRelease: boolean;
}

// ── Cycles ─────────────────────────────────────────────────────────────────────────────────────────

export interface ReviewCycleView {
  readonly id: string;
  readonly name: string;
  readonly type: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly participants: ParticipantsView;
  readonly template: ReviewTemplateView;
  readonly deadlines: PhaseDeadlinesView;
  readonly anonymity: AnonymityView;
  readonly compensation: CompensationSettingsView;
  readonly phase: CyclePhase;
  /** The phase HR may advance to now, or null (draft launches instead; closed is final). */
  readonly nextPhase: CyclePhase | null;
  readonly launchedAt: string | null;
  readonly packetCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly revision: number;
}

export interface ReviewCycleSummaryView {
  readonly id: string;
  readonly name: string;
  readonly type: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly phase: CyclePhase;
  readonly deadlines: PhaseDeadlinesView;
  readonly launchedAt: string | null;
  readonly packetCount: number;
}

export interface ReviewCycleListView {
  /** Newest period first. */
  readonly items: readonly ReviewCycleSummaryView[];
}

export interface LaunchResultView {
  readonly cycle: ReviewCycleView;
  /** Packets created by this call (0 when the cycle was launched already). */
  readonly created: number;
  /** Participants skipped because they have no manager to write their review (e.g. the CEO). */
  readonly skippedWithoutManager: number;
}

export interface ReleaseAllView {
  readonly cycle: ReviewCycleView;
  readonly released: number;
  readonly alreadyReleased: number;
  /** Packets not released because their manager review is not submitted. */
  readonly notReady: number;
}

/** HR's compensation export: CSV (header row, one row per packet; empty cells where nothing is recommended). No OKR field ever. */
export interface CompensationExportView {
  readonly filename: string;
  readonly contentType: 'text/csv';
  /** Columns: employee_id, employee_name, department, manager_id, manager_name, final_rating, final_rating_label, merit_percent, promotion, note. */
  readonly csv: string;
  readonly rowCount: number;
}

export interface CycleProgressView {
  readonly cycle: ReviewCycleSummaryView;
  readonly items: readonly ReviewPacketSummaryView[];
}

// ── Packets ────────────────────────────────────────────────────────────────────────────────────────

export interface SelfReviewView {
  /** questionId → answer. */
  readonly answers: Readonly<Record<string, string>>;
  /** competencyId → rating on that competency's scale. */
  readonly ratings: Readonly<Record<string, number>>;
  readonly status: DraftStatus;
  readonly updatedAt: string | null;
  readonly submittedAt: string | null;
}

export interface NominationView {
  readonly id: string;
  readonly nominee: PersonRefView;
  readonly relation: FeedbackRelation;
  readonly status: 'proposed' | 'approved' | 'rejected';
  readonly proposedAt: string;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
  /** Only in attributed cycles: whether the nominee has answered. */
  readonly responseStatus?: 'pending' | 'submitted';
}

export interface NominationsView {
  /** True in anonymous and aggregated cycles once nominating has closed: `items` is then empty. */
  readonly identitiesHidden: boolean;
  readonly items: readonly NominationView[];
  readonly approvedCount: number;
}

export interface PeerAnswerSetView {
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
}

export interface AttributedPeerResponseView extends PeerAnswerSetView {
  readonly author: PersonRefView;
  readonly relation: FeedbackRelation;
  readonly submittedAt: string;
}

export interface AnonymousPeerGroupView {
  readonly relation: FeedbackRelation;
  readonly count: number;
  readonly responses: readonly PeerAnswerSetView[];
}

export interface AggregatedPeerGroupView {
  readonly relation: FeedbackRelation;
  readonly count: number;
  /** Only competencies rated by at least `threshold` responses. */
  readonly competencies: readonly { readonly competencyId: string; readonly average: number; readonly ratingCount: number }[];
}

/** Submitted peer and upward feedback as the cycle's anonymity allows (groups below the threshold are absent). */
export type PeerFeedbackView =
  | { readonly mode: 'attributed'; readonly responses: readonly AttributedPeerResponseView[] }
  | { readonly mode: 'anonymous'; readonly threshold: number; readonly groups: readonly AnonymousPeerGroupView[] }
  | { readonly mode: 'aggregated'; readonly threshold: number; readonly groups: readonly AggregatedPeerGroupView[] };

export interface ManagerReviewView {
  readonly author: PersonRefView | null;
  readonly ratings: Readonly<Record<string, number>>;
  /** competencyId → comment. */
  readonly comments: Readonly<Record<string, string>>;
  readonly summary: string;
  /** The manager's proposal; absent for the subject (who sees the final rating in `release`). */
  readonly proposedOverallRating?: number | null;
  readonly status: DraftStatus;
  readonly updatedAt: string | null;
  readonly submittedAt: string | null;
}

export interface PrivateNotesView {
  readonly text: string;
  readonly updatedAt: string | null;
}

export interface CalibrationSectionView {
  readonly proposedRating: number | null;
  readonly adjustedRating: number | null;
  readonly reason: string | null;
  /** adjusted ?? proposed. */
  readonly finalRating: number | null;
  readonly performance: NineBoxLevel | null;
  readonly potential: NineBoxLevel | null;
  readonly calibratedBy: PersonRefView | null;
  readonly calibratedAt: string | null;
}

export interface CompensationView {
  readonly meritPercent: number | null;
  readonly promotion: boolean | null;
  readonly note: string;
  readonly updatedBy: PersonRefView | null;
  readonly updatedAt: string | null;
}

export interface OkrContextKeyResultView {
  readonly id: string;
  readonly title: string;
  readonly ownedBySubject: boolean;
  readonly grade: number | null;
  readonly checkInCount: number;
}

export interface OkrContextObjectiveView {
  readonly id: string;
  readonly title: string;
  readonly level: 'company' | 'team' | 'individual';
  /** How the subject took part: owned the objective, contributed, or owned one of its key results. */
  readonly role: 'owner' | 'contributor' | 'key-result-owner';
  readonly state: string;
  readonly grade: number | null;
  readonly reflection: string | null;
  readonly keyResults: readonly OkrContextKeyResultView[];
}

export interface OkrContextCycleView {
  readonly cycleId: string;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly objectives: readonly OkrContextObjectiveView[];
}

/** Frozen at launch; shown beside the review labelled as context, never as a score. */
export interface OkrContextView {
  readonly label: 'context-not-score';
  readonly frozenAt: string;
  readonly cycles: readonly OkrContextCycleView[];
  readonly totals: { readonly objectives: number; readonly keyResults: number; readonly checkIns: number };
}

export interface ReleaseView {
  readonly released: boolean;
  readonly releasedAt: string | null;
  /** Only once released. */
  readonly finalRating: number | null;
  readonly finalRatingLabel: string | null;
}

export interface AcknowledgementView {
  readonly acknowledged: boolean;
  readonly acknowledgedAt: string | null;
  readonly comment: string | null;
}

/** What the viewer may do now (hints for buttons; the server checks again on every write). */
export interface PacketCapabilitiesView {
  readonly editSelfReview: boolean;
  readonly nominate: boolean;
  readonly decideNominations: boolean;
  readonly editManagerReview: boolean;
  readonly editPrivateNotes: boolean;
  readonly editCompensation: boolean;
  readonly calibrate: boolean;
  readonly release: boolean;
  readonly acknowledge: boolean;
}

/**
 * One participant's review. A section the policy denies to the viewer is ABSENT (not null).
 * `phase` is the packet's own phase: the cycle's, or 'released' once this packet is released.
 */
export interface ReviewPacketView {
  readonly id: string;
  readonly cycleId: string;
  readonly cycleName: string;
  readonly cycleType: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly phase: CyclePhase;
  readonly deadlines: PhaseDeadlinesView;
  readonly subject: PersonRefView;
  /** The manager in the org snapshot taken at launch: the one who writes this review. */
  readonly cycleManager: PersonRefView | null;
  readonly template: ReviewTemplateView;
  readonly anonymity: AnonymityView;
  readonly compensationEnabled: boolean;
  readonly revision: number;
  readonly can: PacketCapabilitiesView;
  readonly selfReview?: SelfReviewView;
  readonly nominations?: NominationsView;
  readonly peerFeedback?: PeerFeedbackView;
  readonly managerReview?: ManagerReviewView;
  readonly privateNotes?: PrivateNotesView;
  readonly calibration?: CalibrationSectionView;
  readonly compensation?: CompensationView;
  readonly okrContext?: OkrContextView;
  readonly release?: ReleaseView;
  readonly acknowledgement?: AcknowledgementView;
}

/** A packet in a list, with the status of each part the viewer may see (absent when not visible). */
export interface ReviewPacketSummaryView {
  readonly id: string;
  readonly cycleId: string;
  readonly cycleName: string;
  readonly phase: CyclePhase;
  readonly deadlines: PhaseDeadlinesView;
  readonly subject: PersonRefView;
  readonly cycleManager: PersonRefView | null;
  readonly selfReview?: DraftStatus;
  readonly managerReview?: DraftStatus;
  readonly nominations?: { readonly proposed: number; readonly approved: number };
  readonly released?: boolean;
  readonly acknowledged?: boolean;
}

export interface MyReviewsView {
  readonly items: readonly ReviewPacketView[];
}

export interface ReviewsToWriteView {
  readonly items: readonly ReviewPacketSummaryView[];
}

// ── Peer requests (the reviewer's side) ────────────────────────────────────────────────────────────

export interface PeerRequestView {
  readonly id: string;
  readonly cycleId: string;
  readonly cycleName: string;
  readonly phase: CyclePhase;
  readonly subject: PersonRefView;
  readonly relation: FeedbackRelation;
  readonly deadline: string;
  readonly anonymity: AnonymityView;
  readonly competencies: readonly CompetencyView[];
  readonly questions: readonly QuestionView[];
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
  readonly status: 'pending' | 'submitted';
  readonly submittedAt: string | null;
  /** True while the peer phase is open and the response is not submitted. */
  readonly canEdit: boolean;
}

export interface PeerRequestsView {
  readonly items: readonly PeerRequestView[];
}

// ── Calibration (HR) ───────────────────────────────────────────────────────────────────────────────

export interface RatingCountView {
  readonly rating: number;
  readonly label: string;
  readonly count: number;
}

export interface TeamDistributionView {
  /** null: people in no team at launch. A person in two teams counts in both. */
  readonly teamId: string | null;
  readonly teamName: string;
  readonly people: number;
  /** People without a final rating yet. */
  readonly unrated: number;
  readonly counts: readonly RatingCountView[];
}

export interface NineBoxCellView {
  readonly performance: NineBoxLevel;
  readonly potential: NineBoxLevel;
  readonly count: number;
  readonly subjectIds: readonly string[];
}

export interface NineBoxView {
  /** All nine cells, performance 1..3 × potential 1..3. */
  readonly cells: readonly NineBoxCellView[];
  /** People without both a performance and a potential level. */
  readonly unplaced: number;
}

export interface CalibrationRowView {
  readonly packetId: string;
  readonly subject: PersonRefView;
  readonly teamIds: readonly string[];
  readonly cycleManager: PersonRefView | null;
  readonly managerReview: DraftStatus;
  readonly proposedRating: number | null;
  readonly adjustedRating: number | null;
  readonly reason: string | null;
  readonly finalRating: number | null;
  readonly performance: NineBoxLevel | null;
  readonly potential: NineBoxLevel | null;
  readonly released: boolean;
}

export interface CalibrationView {
  readonly cycle: ReviewCycleSummaryView;
  readonly scale: RatingScaleView;
  readonly rows: readonly CalibrationRowView[];
  readonly overall: readonly RatingCountView[];
  readonly distributionByTeam: readonly TeamDistributionView[];
  readonly nineBox: NineBoxView;
}

// ── Request bodies ─────────────────────────────────────────────────────────────────────────────────

export interface RatingScaleBody {
  /** 2..10 points, consecutive integer values ascending, labels non-empty (≤ 60 chars). */
  readonly points: readonly { readonly value: number; readonly label: string }[];
}

export interface ReviewTemplateBody {
  /** 1..20; ids are optional (generated when absent), unique when given. */
  readonly competencies: readonly { readonly id?: string; readonly name: string; readonly description?: string; readonly scale: RatingScaleBody }[];
  /** 0..20. */
  readonly questions: readonly { readonly id?: string; readonly text: string; readonly required?: boolean }[];
  readonly overallScale: RatingScaleBody;
}

export interface CreateReviewCycleBody {
  readonly name: string;
  readonly type: ReviewCycleType;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly participants: ParticipantsView;
  readonly template: ReviewTemplateBody;
  /** Ascending: self ≤ peer ≤ manager ≤ calibration. */
  readonly deadlines: PhaseDeadlinesView;
  /** Default: anonymous, threshold 3 (2..20). */
  readonly anonymity?: { readonly mode: AnonymityMode; readonly threshold?: number };
  /** Default: disabled. */
  readonly compensation?: CompensationSettingsView;
}

export type UpdateReviewCycleBody = Partial<CreateReviewCycleBody>;

export interface SelfReviewBody {
  readonly answers?: Readonly<Record<string, string>>;
  readonly ratings?: Readonly<Record<string, number>>;
}

export interface NominateBody {
  readonly nomineeId: string;
  readonly relation: FeedbackRelation;
}

export interface NominationDecisionBody {
  readonly decision: 'approve' | 'reject';
  readonly reason?: string;
}

export interface PeerResponseBody {
  readonly answers?: Readonly<Record<string, string>>;
  readonly ratings?: Readonly<Record<string, number>>;
}

export interface ManagerReviewBody {
  readonly ratings?: Readonly<Record<string, number>>;
  readonly comments?: Readonly<Record<string, string>>;
  readonly summary?: string;
  readonly overallRating?: number | null;
}

export interface CompensationBody {
  /** 0..100, up to two decimals. */
  readonly meritPercent: number | null;
  readonly promotion: boolean | null;
  readonly note?: string;
}

export interface CalibrationBody {
  /** A rating on the overall scale, or null to clear the adjustment; a non-null value needs `reason`. */
  readonly adjustedRating?: number | null;
  readonly reason?: string;
  readonly performance?: NineBoxLevel | null;
  readonly potential?: NineBoxLevel | null;
}

export interface AcknowledgeBody {
  readonly comment?: string;
}

export interface PrivateNotesBody {
  readonly text: string;
}
