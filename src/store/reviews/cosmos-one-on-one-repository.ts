import type { Container, SqlParameter } from '@azure/cosmos';
import type { Versioned, StoreWriteError } from '../../app/ports/goals-repository.js';
import type { OneOnOneRecordKind, OneOnOneRecords, OneOnOneRepository, ReportRecords, TalkingPointScope } from '../../app/performance/ports/one-on-one-repository.js';
import type { ActionItem } from '../../domain/performance/one-on-ones/action-item.js';
import type { Meeting, MeetingSummary } from '../../domain/performance/one-on-ones/meeting.js';
import type { OneOnOnePair } from '../../domain/performance/one-on-ones/one-on-one-pair.js';
import type { TalkingPoint } from '../../domain/performance/one-on-ones/talking-point.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { createDoc, deleteDoc, queryAll, readDoc, replaceDoc, withoutFields, type StoredDoc } from '../cosmos/cosmos-operations.js';
import { subjectPartition } from '../cosmos/partition-keys.js';

/** The `type` of each record kind on the conversations container (development plans share it). */
const DOCUMENT_TYPES: Record<OneOnOneRecordKind, string> = {
  meeting: 'one-on-one-meeting',
  'talking-point': 'one-on-one-talking-point',
  'action-item': 'one-on-one-action-item',
  'private-note': 'one-on-one-private-note',
};

/** The policy facts stored beside each record (DESIGN §5): the report is the subject, the manager half of the pair. */
const STORED_ONLY = ['pk', 'type', 'subjectId', 'pairManagerId'] as const;

/** Any 1:1 record as stored: the record, its partition, its type and the policy facts. */
type StoredRecord = StoredDoc & { type: string; tenantId: string; reportId: string; subjectId: string; pairManagerId: string };

function toDocument<K extends OneOnOneRecordKind>(kind: K, record: OneOnOneRecords[K]): StoredRecord {
  return { ...record, pk: subjectPartition(record.tenantId, record.reportId), type: DOCUMENT_TYPES[kind], subjectId: record.reportId, pairManagerId: record.managerId };
}

const fromDocument = <K extends OneOnOneRecordKind>(doc: object): OneOnOneRecords[K] => withoutFields<OneOnOneRecords[K]>(doc, STORED_ONLY);

function mapWrite<K extends OneOnOneRecordKind>(written: Result<{ doc: StoredRecord; etag: string }, StoreWriteError>): Result<Versioned<OneOnOneRecords[K]>, StoreWriteError> {
  return written.ok ? ok({ value: fromDocument<K>(written.value.doc), etag: written.value.etag }) : written;
}

/**
 * 1:1 series on the restricted `conversations` container, partition `tenantId|reportId`. Each
 * talking point and action item is its own document, so both sides can add at once without
 * conflict; replaces go through the ETag.
 */
export class CosmosOneOnOneRepository implements OneOnOneRepository {
  constructor(private readonly conversations: Container) {}

  async get<K extends OneOnOneRecordKind>(kind: K, tenantId: string, reportId: string, id: string): Promise<Versioned<OneOnOneRecords[K]> | null> {
    const found = await readDoc<StoredRecord>(this.conversations, id, subjectPartition(tenantId, reportId));
    if (!found || found.doc.type !== DOCUMENT_TYPES[kind] || found.doc.tenantId !== tenantId || found.doc.reportId !== reportId) return null;
    return { value: fromDocument<K>(found.doc), etag: found.etag };
  }

  async create<K extends OneOnOneRecordKind>(kind: K, record: OneOnOneRecords[K]): Promise<Result<Versioned<OneOnOneRecords[K]>, StoreWriteError>> {
    return mapWrite<K>(await createDoc(this.conversations, toDocument(kind, record)));
  }

  async replace<K extends OneOnOneRecordKind>(kind: K, record: OneOnOneRecords[K], etag: string): Promise<Result<Versioned<OneOnOneRecords[K]>, StoreWriteError>> {
    return mapWrite<K>(await replaceDoc(this.conversations, toDocument(kind, record), etag));
  }

  async delete(_kind: 'talking-point' | 'action-item', tenantId: string, reportId: string, id: string, etag: string): Promise<Result<void, StoreWriteError>> {
    return deleteDoc(this.conversations, id, subjectPartition(tenantId, reportId), etag);
  }

  private async query<T>(pair: OneOnOnePair, kind: OneOnOneRecordKind, select: string, where: string, parameters: SqlParameter[] = []): Promise<T[]> {
    const docs = await queryAll<object>(
      this.conversations,
      {
        query: `SELECT ${select} FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = @type AND c.reportId = @reportId AND c.pairId = @pairId${where ? ` AND (${where})` : ''}`,
        parameters: [
          { name: '@tenantId', value: pair.tenantId },
          { name: '@type', value: DOCUMENT_TYPES[kind] },
          { name: '@reportId', value: pair.reportId },
          { name: '@pairId', value: pair.pairId },
          ...parameters,
        ],
      },
      subjectPartition(pair.tenantId, pair.reportId),
    );
    return docs.map((doc) => withoutFields<T>(doc, STORED_ONLY));
  }

  listMeetings(pair: OneOnOnePair): Promise<MeetingSummary[]> {
    return this.query<MeetingSummary>(pair, 'meeting', 'c.tenantId, c.reportId, c.managerId, c.pairId, c.id, c.date, c.status, c.completedAt', '');
  }

  listTalkingPoints(pair: OneOnOnePair, scope: TalkingPointScope): Promise<TalkingPoint[]> {
    return this.query<TalkingPoint>(pair, 'talking-point', '*', 'c.done = false OR c.meetingId = @meetingId OR c.doneInMeetingId = @meetingId OR ARRAY_CONTAINS(@carried, c.id)', [
      { name: '@meetingId', value: scope.meetingId },
      { name: '@carried', value: [...scope.carriedOverPointIds] },
    ]);
  }

  listActionItems(pair: OneOnOnePair, doneSince: string): Promise<ActionItem[]> {
    return this.query<ActionItem>(pair, 'action-item', '*', 'c.done = false OR c.doneAt >= @doneSince', [{ name: '@doneSince', value: doneSince }]);
  }

  async listRecordsOfReport(tenantId: string, reportId: string, filter: { readonly managerId?: string } = {}): Promise<ReportRecords> {
    const kinds = ['meeting', 'talking-point', 'action-item'] as const;
    const docs = await queryAll<StoredRecord>(
      this.conversations,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND ARRAY_CONTAINS(@types, c.type) AND c.reportId = @reportId${filter.managerId !== undefined ? ' AND c.managerId = @managerId' : ''}`,
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@types', value: kinds.map((k) => DOCUMENT_TYPES[k]) },
          { name: '@reportId', value: reportId },
          ...(filter.managerId !== undefined ? [{ name: '@managerId', value: filter.managerId }] : []),
        ],
      },
      subjectPartition(tenantId, reportId),
    );
    const of = <K extends (typeof kinds)[number]>(kind: K) => docs.filter((d) => d.type === DOCUMENT_TYPES[kind]).map((d) => fromDocument<K>(d));
    return { meetings: of('meeting') as Meeting[], talkingPoints: of('talking-point') as TalkingPoint[], actionItems: of('action-item') as ActionItem[] };
  }

  async erase(_kind: OneOnOneRecordKind, tenantId: string, reportId: string, id: string): Promise<void> {
    const deleted = await deleteDoc(this.conversations, id, subjectPartition(tenantId, reportId));
    if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`1:1 record not deleted: ${deleted.message}`);
  }
}
