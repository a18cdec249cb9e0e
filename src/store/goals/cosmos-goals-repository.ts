import type { Container, SqlParameter } from '@azure/cosmos';
import type { AlignmentSource } from '../../domain/okr/alignment-tree.js';
import type { CheckIn } from '../../domain/okr/check-in.js';
import type { Cycle } from '../../domain/okr/cycle.js';
import type { ObjectiveComment } from '../../domain/okr/objective-comment.js';
import { parseKeyResultId, parseObjectiveId } from '../../domain/okr/okr-ids.js';
import type { Objective, ObjectiveState } from '../../domain/okr/objective.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type {
  CheckInFact,
  GoalsRepository,
  InsightsObjectiveSource,
  ObjectiveFilter,
  Page,
  PageRequest,
  StoreReadError,
  StoreWriteError,
  Versioned,
} from '../../app/ports/goals-repository.js';
import { createDoc, deleteDoc, queryAll, queryPage, readDoc, replaceDoc } from '../cosmos/cosmos-operations.js';
import { cycleListPartition, okrPartition } from '../cosmos/partition-keys.js';
import {
  fromCheckInDocument,
  fromCommentDocument,
  fromCycleDocument,
  fromObjectiveDocument,
  toCheckInDocument,
  toCommentDocument,
  toCycleDocument,
  toObjectiveDocument,
  type CheckInDocument,
  type CommentDocument,
  type CycleDocument,
  type ObjectiveDocument,
} from './okr-documents.js';

const versioned = <D, T>(written: { doc: D; etag: string }, map: (doc: D) => T): Versioned<T> => ({ value: map(written.doc), etag: written.etag });

function mapWrite<D, T>(result: Result<{ doc: D; etag: string }, StoreWriteError>, map: (doc: D) => T): Result<Versioned<T>, StoreWriteError> {
  return result.ok ? ok(versioned(result.value, map)) : result;
}

/** Builds the WHERE clause of an objective query; every query names the tenant as well as the partition. */
function objectiveQuery(tenantId: string, filter: ObjectiveFilter): { query: string; parameters: SqlParameter[] } {
  const clauses = ['c.pk = @pk', 'c.tenantId = @tenantId', "c.type = 'objective'"];
  const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
  const add = (clause: string, name: string, value: SqlParameter['value']): void => {
    clauses.push(clause);
    parameters.push({ name, value });
  };
  if (filter.teamId !== undefined) add('ARRAY_CONTAINS(c.teamIds, @teamId)', '@teamId', filter.teamId);
  if (filter.ownerId !== undefined) add('c.ownerId = @ownerId', '@ownerId', filter.ownerId);
  if (filter.participantId !== undefined) add('ARRAY_CONTAINS(c.participantIds, @participantId)', '@participantId', filter.participantId);
  if (filter.levels?.length) add('ARRAY_CONTAINS(@levels, c.level)', '@levels', [...filter.levels]);
  if (filter.states?.length) add('ARRAY_CONTAINS(@states, c.state)', '@states', [...filter.states]);
  if (filter.alignedToId !== undefined) add('ARRAY_CONTAINS(c.alignedToIds, @alignedToId)', '@alignedToId', filter.alignedToId);
  return { query: `SELECT * FROM c WHERE ${clauses.join(' AND ')} ORDER BY c.createdAt ASC`, parameters };
}

/** The goals store on the shared `okrs` container. */
export class CosmosGoalsRepository implements GoalsRepository {
  constructor(private readonly okrs: Container) {}

  async getCycle(tenantId: string, cycleId: string): Promise<Versioned<Cycle> | null> {
    const found = await readDoc<CycleDocument>(this.okrs, cycleId, cycleListPartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'cycle' ? versioned(found, fromCycleDocument) : null;
  }

  async listCycles(tenantId: string): Promise<Cycle[]> {
    const docs = await queryAll<CycleDocument>(
      this.okrs,
      { query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'cycle'", parameters: [{ name: '@tenantId', value: tenantId }] },
      cycleListPartition(tenantId),
    );
    return docs.map(fromCycleDocument);
  }

  async createCycle(cycle: Cycle): Promise<Result<Versioned<Cycle>, StoreWriteError>> {
    return mapWrite(await createDoc(this.okrs, toCycleDocument(cycle)), fromCycleDocument);
  }

  async replaceCycle(cycle: Cycle, etag: string): Promise<Result<Versioned<Cycle>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.okrs, toCycleDocument(cycle), etag), fromCycleDocument);
  }

  async getObjective(tenantId: string, objectiveId: string): Promise<Versioned<Objective> | null> {
    const parsed = parseObjectiveId(objectiveId);
    if (!parsed) return null;
    const found = await readDoc<ObjectiveDocument>(this.okrs, objectiveId, okrPartition(tenantId, parsed.cycleId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'objective' ? versioned(found, fromObjectiveDocument) : null;
  }

  async getObjectives(tenantId: string, cycleId: string, objectiveIds: readonly string[]): Promise<Objective[]> {
    if (objectiveIds.length === 0) return [];
    const docs = await queryAll<ObjectiveDocument>(
      this.okrs,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'objective' AND ARRAY_CONTAINS(@ids, c.id)",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@ids', value: [...new Set(objectiveIds)] },
        ],
      },
      okrPartition(tenantId, cycleId),
    );
    return docs.map(fromObjectiveDocument);
  }

  async createObjective(objective: Objective): Promise<Result<Versioned<Objective>, StoreWriteError>> {
    return mapWrite(await createDoc(this.okrs, toObjectiveDocument(objective)), fromObjectiveDocument);
  }

  async replaceObjective(objective: Objective, etag: string): Promise<Result<Versioned<Objective>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.okrs, toObjectiveDocument(objective), etag), fromObjectiveDocument);
  }

  async deleteObjective(tenantId: string, objectiveId: string, etag: string): Promise<Result<void, StoreWriteError>> {
    const parsed = parseObjectiveId(objectiveId);
    if (!parsed) return ok(undefined);
    return deleteDoc(this.okrs, objectiveId, okrPartition(tenantId, parsed.cycleId), etag);
  }

  async queryObjectives(tenantId: string, cycleId: string, filter: ObjectiveFilter, page: PageRequest): Promise<Result<Page<Objective>, StoreReadError>> {
    const found = await queryPage<ObjectiveDocument>(this.okrs, objectiveQuery(tenantId, filter), okrPartition(tenantId, cycleId), page);
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromObjectiveDocument) }) : found;
  }

  async listAllObjectives(tenantId: string, cycleId: string, filter: ObjectiveFilter): Promise<Objective[]> {
    const docs = await queryAll<ObjectiveDocument>(this.okrs, objectiveQuery(tenantId, filter), okrPartition(tenantId, cycleId));
    return docs.map(fromObjectiveDocument);
  }

  async listAlignmentSources(tenantId: string, cycleId: string, filter: ObjectiveFilter): Promise<AlignmentSource[]> {
    const { query, parameters } = objectiveQuery(tenantId, filter);
    // A projection keeps long texts and check-in details off the wire; large pages keep it to one round trip.
    const projected = query.replace('SELECT * FROM c', 'SELECT c.id, c.level, c.title, c.alignments, c.keyResults FROM c');
    return queryAll<AlignmentSource>(this.okrs, { query: projected, parameters }, okrPartition(tenantId, cycleId), 5000);
  }

  async createCheckIn(checkIn: CheckIn): Promise<Result<CheckIn, StoreWriteError>> {
    const created = await createDoc(this.okrs, toCheckInDocument(checkIn));
    return created.ok ? ok(fromCheckInDocument(created.value.doc)) : created;
  }

  async getCheckIn(tenantId: string, cycleId: string, checkInId: string): Promise<CheckIn | null> {
    const found = await readDoc<CheckInDocument>(this.okrs, checkInId, okrPartition(tenantId, cycleId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'checkin' ? fromCheckInDocument(found.doc) : null;
  }

  async deleteCheckIn(tenantId: string, cycleId: string, checkInId: string): Promise<void> {
    await deleteDoc(this.okrs, checkInId, okrPartition(tenantId, cycleId));
  }

  async listCheckIns(tenantId: string, keyResultId: string, page: PageRequest): Promise<Result<Page<CheckIn>, StoreReadError>> {
    const parsed = parseKeyResultId(keyResultId);
    if (!parsed) return ok({ items: [] });
    const found = await queryPage<CheckInDocument>(
      this.okrs,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'checkin' AND c.keyResultId = @keyResultId ORDER BY c.at DESC",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@keyResultId', value: keyResultId },
        ],
      },
      okrPartition(tenantId, parsed.cycleId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromCheckInDocument) }) : found;
  }

  async createComment(comment: ObjectiveComment): Promise<Result<ObjectiveComment, StoreWriteError>> {
    const created = await createDoc(this.okrs, toCommentDocument(comment));
    return created.ok ? ok(fromCommentDocument(created.value.doc)) : created;
  }

  async listComments(tenantId: string, objectiveId: string, page: PageRequest): Promise<Result<Page<ObjectiveComment>, StoreReadError>> {
    const parsed = parseObjectiveId(objectiveId);
    if (!parsed) return ok({ items: [] });
    const found = await queryPage<CommentDocument>(
      this.okrs,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'comment' AND c.objectiveId = @objectiveId ORDER BY c.at ASC",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@objectiveId', value: objectiveId },
        ],
      },
      okrPartition(tenantId, parsed.cycleId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromCommentDocument) }) : found;
  }

  // ---- insights: bulk reads for rebuilding a cycle's aggregate, and the aggregate's documents ----

  async listCycleObjectives(tenantId: string, cycleId: string, states: readonly ObjectiveState[]): Promise<InsightsObjectiveSource[]> {
    // A projection in large pages: locally every page rescans the container, and one page per
    // 20,000 objectives can outlast the SDK's request timeout on a busy machine.
    return queryAll<InsightsObjectiveSource>(
      this.okrs,
      {
        query:
          'SELECT c.id, c.title, c.level, c.state, c.owner, c.teamIds, c.alignments, c.grade, c.keyResults FROM c ' +
          "WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'objective' AND ARRAY_CONTAINS(@states, c.state)",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@states', value: [...states] },
        ],
      },
      okrPartition(tenantId, cycleId),
      INSIGHTS_PAGE_SIZE,
    );
  }

  async listCheckInFacts(tenantId: string, cycleId: string): Promise<CheckInFact[]> {
    return queryAll<CheckInFact>(
      this.okrs,
      { query: "SELECT c.keyResultId, c[\"value\"], c.at FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'checkin'", parameters: [{ name: '@tenantId', value: tenantId }] },
      okrPartition(tenantId, cycleId),
      INSIGHTS_PAGE_SIZE,
    );
  }

  async getAggregate(tenantId: string, cycleId: string, name: string): Promise<Versioned<unknown> | null> {
    const found = await readDoc<AggregateDocument>(this.okrs, aggregateId(name), okrPartition(tenantId, cycleId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'aggregate' ? { value: found.doc.body, etag: found.etag } : null;
  }

  async putAggregate(tenantId: string, cycleId: string, name: string, body: unknown, etag: string | null): Promise<Result<Versioned<unknown>, StoreWriteError>> {
    const doc: AggregateDocument = { id: aggregateId(name), pk: okrPartition(tenantId, cycleId), type: 'aggregate', tenantId, cycleId, name, body };
    return mapWrite(etag === null ? await createDoc(this.okrs, doc) : await replaceDoc(this.okrs, doc, etag), (d) => d.body);
  }

  async deleteAggregate(tenantId: string, cycleId: string, name: string): Promise<void> {
    await deleteDoc(this.okrs, aggregateId(name), okrPartition(tenantId, cycleId));
  }
}

/** A derived document (the insights aggregate) in a cycle's partition; no query filters on its type. */
type AggregateDocument = { id: string; pk: string; type: 'aggregate'; tenantId: string; cycleId: string; name: string; body: unknown };
const aggregateId = (name: string): string => `agg.${name}`;
const INSIGHTS_PAGE_SIZE = 5000;
