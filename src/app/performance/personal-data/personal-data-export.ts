/**
 * THE CONTRACT of a data-subject export: everything Tandem holds about one person, as one JSON
 * document (GET /api/v1/people/:personId/personal-data, HR admins only, downloaded as a file).
 * Restricted parts are what the access policy lets HR see; 1:1s come through the subject-access path
 * (see PERSONAL-DATA.md). Ids are opaque; other people appear by id only.
 */
import type { AuditRecord } from '../../../domain/performance/audit-record.js';
import type { DevelopmentPlan } from '../../../domain/performance/development-plans/development-plan.js';
import type { ProgressNote } from '../../../domain/performance/development-plans/progress-note.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import type { ActionItem } from '../../../domain/performance/one-on-ones/action-item.js';
import type { Meeting } from '../../../domain/performance/one-on-ones/meeting.js';
import type { PrivateNote } from '../../../domain/performance/one-on-ones/private-note.js';
import type { TalkingPoint } from '../../../domain/performance/one-on-ones/talking-point.js';
import type { FeedbackRelation } from '../../../domain/performance/reviews/review-packet.js';
import type { Person } from '../../../domain/people/person.js';
import type { GoalsPersonalRecord } from '../../ports/personal-goals-data.js';
import type { FeedbackResponseView, FeedbackView } from '../feedback/feedback-views.js';
import type { ReviewPacketView } from '../reviews/review-views.js';

export const PERSONAL_DATA_FORMAT = 'tandem.personal-data.v1';

/** A peer or upward response the person wrote about someone else, as HR may read it. */
export interface PeerResponseWritten {
  readonly responseId: string;
  readonly cycleId: string;
  readonly subjectId: string;
  readonly relation: FeedbackRelation;
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
  readonly submittedAt: string | null;
}

/** A feedback request with the answers HR may read. */
export interface RequestWithAnswers {
  readonly request: FeedbackRequest;
  readonly responses: readonly FeedbackResponseView[];
}

/** One 1:1 series in which the person is the report, as they see it themselves. */
export interface OneOnOneSeries {
  readonly managerId: string;
  readonly meetings: readonly Meeting[];
  readonly talkingPoints: readonly TalkingPoint[];
  readonly actionItems: readonly ActionItem[];
}

/** The private notes a manager keeps on a review they write. */
export interface ReviewPrivateNote {
  readonly packetId: string;
  readonly subjectId: string;
  readonly text: string;
  readonly updatedAt: string;
}

export interface PersonalDataExport {
  readonly format: typeof PERSONAL_DATA_FORMAT;
  readonly exportedAt: string;
  /** The HR admin who ran the export. */
  readonly exportedBy: string;
  readonly tenantId: string;
  /** The directory record. */
  readonly person: Person;
  /** Shared goal containers: OKRs they take part in, check-ins, comments, notification settings, bot conversations. */
  readonly goals: GoalsPersonalRecord;
  readonly performance: {
    /** Reviews about them: the sections HR may see; peer feedback as the cycle's anonymity shows it (never a reviewer's name unless attributed). */
    readonly reviews: readonly ReviewPacketView[];
    readonly peerResponsesWritten: readonly PeerResponseWritten[];
    /** Private and manager-only feedback and praise about them. */
    readonly feedbackReceived: readonly FeedbackView[];
    /** Feedback and praise they gave. */
    readonly feedbackGiven: readonly FeedbackView[];
    readonly feedbackRequests: {
      /** About them, with the answers. */
      readonly about: readonly RequestWithAnswers[];
      /** They asked (about themselves or a report). */
      readonly made: readonly FeedbackRequest[];
      /** They were asked to answer; `answersWritten` holds what they answered. */
      readonly askedToAnswer: readonly FeedbackRequest[];
      readonly answersWritten: readonly FeedbackResponseView[];
    };
    /** As the report: each series with their current and earlier managers (as a manager, a series is the report's). */
    readonly oneOnOnes: readonly OneOnOneSeries[];
    /** Private notes they wrote themselves, wherever they wrote them: a private note is its author's. */
    readonly ownPrivateNotes: { readonly oneOnOnes: readonly PrivateNote[]; readonly reviews: readonly ReviewPrivateNote[] };
    readonly developmentPlan: { readonly plan: DevelopmentPlan | null; readonly progressNotes: readonly ProgressNote[] };
    /** Audit records that concern them, the entries about them only; a peer reviewer's access is not attributed. */
    readonly auditRecords: readonly AuditRecord[];
  };
  /** What the export leaves out, and why. */
  readonly leftOut: readonly string[];
}

export const LEFT_OUT: readonly string[] = [
  'Private notes other people keep about them (their manager’s 1:1 and review notes): a private note is its author’s alone.',
  'Who wrote peer feedback in an anonymous or aggregated review cycle: the cycle promised reviewers anonymity; the feedback itself is included as the cycle shows it.',
  'Their reports’ 1:1 series: as a manager, a series belongs to the report (their own private notes on it are included).',
  'Audit records older than five years.',
];
