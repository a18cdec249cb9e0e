import type { ActionItem } from '../../../domain/performance/one-on-ones/action-item.js';
import type { Meeting, MeetingSummary } from '../../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOnePair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import type { PrivateNote } from '../../../domain/performance/one-on-ones/private-note.js';
import type { TalkingPoint } from '../../../domain/performance/one-on-ones/talking-point.js';
import type { Result } from '../../../domain/shared/result.js';
import type { StoreWriteError, Versioned } from '../../ports/goals-repository.js';

/** Every document a 1:1 series keeps, by record kind. */
export interface OneOnOneRecords {
  readonly meeting: Meeting;
  readonly 'talking-point': TalkingPoint;
  readonly 'action-item': ActionItem;
  readonly 'private-note': PrivateNote;
}
export type OneOnOneRecordKind = keyof OneOnOneRecords;

/** Which talking points an agenda needs: the open ones plus those touching one meeting. */
export interface TalkingPointScope {
  readonly meetingId: string;
  /** The ids a completed meeting handed on (its carried-over points). */
  readonly carriedOverPointIds: readonly string[];
}

/**
 * 1:1s per manager-report pair on the restricted `conversations` container, in the report's
 * partition. Private notes are reachable by their id only (which names the author): there is no
 * query that lists them.
 */
export interface OneOnOneRepository {
  get<K extends OneOnOneRecordKind>(kind: K, tenantId: string, reportId: string, id: string): Promise<Versioned<OneOnOneRecords[K]> | null>;
  create<K extends OneOnOneRecordKind>(kind: K, record: OneOnOneRecords[K]): Promise<Result<Versioned<OneOnOneRecords[K]>, StoreWriteError>>;
  /** Replaces only if the document still has `etag`. */
  replace<K extends OneOnOneRecordKind>(kind: K, record: OneOnOneRecords[K], etag: string): Promise<Result<Versioned<OneOnOneRecords[K]>, StoreWriteError>>;
  delete(kind: Exclude<OneOnOneRecordKind, 'meeting' | 'private-note'>, tenantId: string, reportId: string, id: string, etag: string): Promise<Result<void, StoreWriteError>>;
  /** Every meeting of the pair, without notes. */
  listMeetings(pair: OneOnOnePair): Promise<MeetingSummary[]>;
  /** The pair's open talking points plus those added to, checked in or carried out of the scoped meeting. */
  listTalkingPoints(pair: OneOnOnePair, scope: TalkingPointScope): Promise<TalkingPoint[]>;
  /** Open action items, and those closed at or after `doneSince` (ISO instant). */
  listActionItems(pair: OneOnOnePair, doneSince: string): Promise<ActionItem[]>;

  // Personal data (src/app/performance/personal-data): a data-subject export and erasure.
  /**
   * Every meeting, talking point and action item in a report's partition, of every pair the report
   * had (or only the pairs with `managerId`). Never private notes: those are read by id only.
   */
  listRecordsOfReport(tenantId: string, reportId: string, filter?: { readonly managerId?: string }): Promise<ReportRecords>;
  /** Erasure: deletes any record unconditionally; one that is gone already is a success. */
  erase(kind: OneOnOneRecordKind, tenantId: string, reportId: string, id: string): Promise<void>;
}

/** All shared 1:1 records of a report's partition. */
export interface ReportRecords {
  readonly meetings: readonly Meeting[];
  readonly talkingPoints: readonly TalkingPoint[];
  readonly actionItems: readonly ActionItem[];
}
