import type { AgendaItem } from '../../../domain/performance/one-on-ones/agenda.js';
import type { ActionItem } from '../../../domain/performance/one-on-ones/action-item.js';
import type { Meeting, MeetingSummary, SharedNotes } from '../../../domain/performance/one-on-ones/meeting.js';
import type { Person } from '../../../domain/people/person.js';
import type { OkrContext } from './okr-context.js';

export interface PersonRef {
  readonly id: string;
  readonly displayName: string;
  readonly jobTitle: string;
}

export const personRef = (person: Person): PersonRef => ({ id: person.id, displayName: person.displayName, jobTitle: person.jobTitle });

/** The caller's own private note on the meeting; nobody else's is ever part of the view. */
export interface MyPrivateNote {
  readonly text: string;
  readonly revision: number;
  readonly updatedAt: string | null;
}

export interface MeetingDetail extends Pick<Meeting, 'id' | 'date' | 'status' | 'completedAt' | 'completedBy' | 'revision' | 'carriedOverPointIds'> {
  readonly sharedNotes: SharedNotes;
  readonly agenda: readonly AgendaItem[];
  readonly myPrivateNote: MyPrivateNote;
}

/**
 * Everything a 1:1 screen (the tab, or a meeting side panel) shows for one manager-report pair, as
 * the caller may see it, in one response.
 */
export interface OneOnOneView {
  readonly reportId: string;
  readonly managerId: string;
  /** Which side of the pair the caller is. */
  readonly viewerRole: 'report' | 'manager';
  readonly report: PersonRef;
  readonly manager: PersonRef;
  /** Every meeting of the series, by date. */
  readonly meetings: readonly MeetingSummary[];
  /** The meeting asked for, else the next upcoming one, else the latest; null before the first is scheduled. */
  readonly meeting: MeetingDetail | null;
  /** Open action items, and those closed in the last RECENTLY_DONE_DAYS days. */
  readonly actionItems: readonly ActionItem[];
  /** The report's current OKRs: read-only context. */
  readonly okrContext: OkrContext;
}

export const RECENTLY_DONE_DAYS = 30;

/** One row of the caller's 1:1 list. */
export interface OneOnOneSummary {
  readonly reportId: string;
  readonly managerId: string;
  readonly viewerRole: 'report' | 'manager';
  /** The other side of the pair. */
  readonly with: PersonRef;
  readonly nextMeeting: Pick<MeetingSummary, 'id' | 'date'> | null;
  readonly lastMeeting: Pick<MeetingSummary, 'id' | 'date'> | null;
}
