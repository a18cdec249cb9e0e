import type { CheckIn } from '../../domain/okr/check-in.js';
import type { Cycle } from '../../domain/okr/cycle.js';
import type { ObjectiveComment } from '../../domain/okr/objective-comment.js';
import type { AlignmentSource } from '../../domain/okr/alignment-tree.js';
import type { Objective, ObjectiveLevel, ObjectiveState } from '../../domain/okr/objective.js';
import type { Result } from '../../domain/shared/result.js';

/** A stored document with the version token that a conditional write must present. */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Opaque; absent on the last page. */
  readonly continuationToken?: string;
}

export interface PageRequest {
  readonly limit: number;
  readonly continuationToken?: string;
}

export interface ObjectiveFilter {
  readonly teamId?: string;
  /** Person or team id of the owner. */
  readonly ownerId?: string;
  /** Owner, contributor or key result owner. */
  readonly participantId?: string;
  readonly levels?: readonly ObjectiveLevel[];
  readonly states?: readonly ObjectiveState[];
  /** Objectives aligned directly to this one. */
  readonly alignedToId?: string;
}

/** What insights read of an objective: a projection without descriptions, reflections or review notes. */
export type InsightsObjectiveSource = Pick<Objective, 'id' | 'title' | 'level' | 'state' | 'owner' | 'teamIds' | 'alignments' | 'grade' | 'keyResults'>;

/** A check-in reduced to what insights read of it (kept here so the store port does not reach the insights modules). */
export interface CheckInFact {
  readonly keyResultId: string;
  readonly value: number;
  readonly at: string;
}

/** STORE.CONFLICT: the document changed since it was read. STORE.DUPLICATE: the id exists. */
export type StoreWriteError = 'STORE.CONFLICT' | 'STORE.DUPLICATE' | 'STORE.NOT_FOUND';
export type StoreReadError = 'STORE.BAD_CONTINUATION';

/** The shared goals store: cycles, objectives (with their key results) and append-only check-ins. */
export interface GoalsRepository {
  getCycle(tenantId: string, cycleId: string): Promise<Versioned<Cycle> | null>;
  listCycles(tenantId: string): Promise<Cycle[]>;
  createCycle(cycle: Cycle): Promise<Result<Versioned<Cycle>, StoreWriteError>>;
  replaceCycle(cycle: Cycle, etag: string): Promise<Result<Versioned<Cycle>, StoreWriteError>>;

  getObjective(tenantId: string, objectiveId: string): Promise<Versioned<Objective> | null>;
  getObjectives(tenantId: string, cycleId: string, objectiveIds: readonly string[]): Promise<Objective[]>;
  createObjective(objective: Objective): Promise<Result<Versioned<Objective>, StoreWriteError>>;
  replaceObjective(objective: Objective, etag: string): Promise<Result<Versioned<Objective>, StoreWriteError>>;
  deleteObjective(tenantId: string, objectiveId: string, etag: string): Promise<Result<void, StoreWriteError>>;
  queryObjectives(tenantId: string, cycleId: string, filter: ObjectiveFilter, page: PageRequest): Promise<Result<Page<Objective>, StoreReadError>>;
  /** Every objective of a cycle matching the filter, across all pages. */
  listAllObjectives(tenantId: string, cycleId: string, filter: ObjectiveFilter): Promise<Objective[]>;
  /** Just what an alignment tree needs of every matching objective, in as few pages as possible. */
  listAlignmentSources(tenantId: string, cycleId: string, filter: ObjectiveFilter): Promise<AlignmentSource[]>;

  createCheckIn(checkIn: CheckIn): Promise<Result<CheckIn, StoreWriteError>>;
  getCheckIn(tenantId: string, cycleId: string, checkInId: string): Promise<CheckIn | null>;
  deleteCheckIn(tenantId: string, cycleId: string, checkInId: string): Promise<void>;
  listCheckIns(tenantId: string, keyResultId: string, page: PageRequest): Promise<Result<Page<CheckIn>, StoreReadError>>;

  createComment(comment: ObjectiveComment): Promise<Result<ObjectiveComment, StoreWriteError>>;
  /** Oldest first, as a conversation reads. */
  listComments(tenantId: string, objectiveId: string, page: PageRequest): Promise<Result<Page<ObjectiveComment>, StoreReadError>>;

  // Insights (src/app/insights): bulk reads for rebuilding a cycle's aggregate, and the aggregate's
  // own documents, kept in the cycle's partition and read by point reads.
  /** Every objective of a cycle in the given states, projected to what insights need, in large pages. */
  listCycleObjectives(tenantId: string, cycleId: string, states: readonly ObjectiveState[]): Promise<InsightsObjectiveSource[]>;
  /** Every check-in of a cycle, reduced to key result, value and time. */
  listCheckInFacts(tenantId: string, cycleId: string): Promise<CheckInFact[]>;
  /** A derived document of a cycle by name ([a-z0-9.-]+); its body is opaque to the store. */
  getAggregate(tenantId: string, cycleId: string, name: string): Promise<Versioned<unknown> | null>;
  /** Creates (etag null) or replaces (the etag it was read with) a derived document. */
  putAggregate(tenantId: string, cycleId: string, name: string, body: unknown, etag: string | null): Promise<Result<Versioned<unknown>, StoreWriteError>>;
  deleteAggregate(tenantId: string, cycleId: string, name: string): Promise<void>;
}
