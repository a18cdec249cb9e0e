import type { AgendaState } from '../../domain/performance/one-on-ones/agenda.js';
import type { OkrContext } from '../performance/one-on-ones/okr-context.js';
import type { CyclePhase, DraftStatus, RatingScaleView } from '../performance/reviews/review-views.js';
import type { MeetingPerson } from './meeting-session.js';
import type { MeetingRole } from './ports/meeting-participants.js';
import type { PublicOkrBoard } from './public-okr-board.js';

export interface SidePanelAgendaItem {
  readonly id: string;
  readonly text: string;
  readonly authorId: string;
  readonly done: boolean;
  readonly state: AgendaState;
  /** The date of the 1:1 it was carried over from, when it was. */
  readonly carriedFromDate: string | null;
  readonly revision: number;
}

export interface SidePanelActionItem {
  readonly id: string;
  readonly text: string;
  readonly ownerId: string;
  readonly dueDate: string | null;
  readonly revision: number;
}

/** The 1:1 of the verified pair: what both of them see, plus the viewer's own private note. */
export interface SidePanelOneOnOne {
  readonly report: MeetingPerson;
  readonly manager: MeetingPerson;
  /** The 1:1 meeting the agenda belongs to (the next upcoming one); null before one is scheduled. */
  readonly meeting: { readonly id: string; readonly date: string; readonly status: 'upcoming' | 'done' } | null;
  readonly agenda: readonly SidePanelAgendaItem[];
  /** Open action items only. */
  readonly actionItems: readonly SidePanelActionItem[];
  /** The report's OKRs with their latest check-ins: shared context. */
  readonly okrs: OkrContext;
  /** The viewer's own private note on that meeting; nobody else's ever. Null without a meeting. */
  readonly myPrivateNote: { readonly text: string; readonly revision: number; readonly updatedAt: string | null } | null;
}

export interface ReviewScaleLabels {
  readonly competencies: readonly { readonly id: string; readonly name: string; readonly scale: RatingScaleView }[];
  readonly overallScale: RatingScaleView;
}

/** The manager's in-progress review of the report, while the cycle is in the manager phase. */
export interface SidePanelManagerReview extends ReviewScaleLabels {
  readonly packetId: string;
  readonly cycleName: string;
  readonly phase: CyclePhase;
  readonly ratings: Readonly<Record<string, number>>;
  readonly comments: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly proposedOverallRating: number | null;
  readonly status: DraftStatus;
  readonly updatedAt: string | null;
}

/** The report's own self review, while it is open (self and peer phases). */
export interface SidePanelSelfReview extends ReviewScaleLabels {
  readonly packetId: string;
  readonly cycleName: string;
  readonly phase: CyclePhase;
  readonly questions: readonly { readonly id: string; readonly text: string }[];
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
  readonly status: DraftStatus;
}

/**
 * The side panel for one participant. Sections appear only for the viewer they belong to: the
 * server builds this per caller and leaves out, rather than blanks, what the caller may not see.
 */
export interface SidePanelView {
  readonly meetingId: string;
  readonly viewer: { readonly id: string; readonly meetingRole: MeetingRole; readonly pairRole: 'manager' | 'report' | null };
  readonly counterpart: MeetingPerson | null;
  /** Several of the viewer's manager and reports are in the meeting and none was chosen: the client asks. */
  readonly candidates: readonly MeetingPerson[];
  readonly kind: 'one-on-one' | 'group';
  /** One-on-one only. */
  readonly oneOnOne?: SidePanelOneOnOne;
  /** The manager only, and only while the report's review is in the manager phase. */
  readonly managerReview?: SidePanelManagerReview;
  /** The report only, while their self review is open. */
  readonly selfReview?: SidePanelSelfReview;
  /** Group meetings: public OKR content only (the counterpart's board, else the company's). */
  readonly publicBoard?: PublicOkrBoard;
}
