import type { Container } from '@azure/cosmos';
import type { DirectoryErasureTally, GoalsErasure, GoalsErasureRequest, OkrErasureTally } from '../../app/ports/goals-erasure.js';
import { deleteDoc, queryAll, readDoc, replaceDoc, type StoredDoc } from '../cosmos/cosmos-operations.js';
import { directoryPartition, okrPartition } from '../cosmos/partition-keys.js';
import { cyclesOf, queryCycle } from './cosmos-personal-goals-data.js';
import { checkInWithoutText, cutMentionsDeep, objectiveWithoutPerson } from './goals-erasure-rules.js';
import { fromCheckInDocument, fromObjectiveDocument, toCheckInDocument, toCycleDocument, toObjectiveDocument, fromCycleDocument, type CheckInDocument, type CycleDocument, type ObjectiveDocument } from './okr-documents.js';

const CONFLICT_ROUNDS = 5;

/**
 * Reads a document, lets `change` rewrite it (null: nothing to do) and replaces it under its ETag,
 * again on a conflict, so a concurrent edit is neither lost nor overwritten. True when it wrote.
 */
async function rewrite<D extends StoredDoc>(container: Container, id: string, pk: string, change: (doc: D) => D | null): Promise<boolean> {
  for (let round = 0; round < CONFLICT_ROUNDS; round++) {
    const found = await readDoc<D>(container, id, pk);
    if (!found) return false;
    const next = change(found.doc);
    if (next === null) return false;
    const written = await replaceDoc(container, next, found.etag);
    if (written.ok) return true;
    if (written.code === 'STORE.NOT_FOUND') return false;
  }
  throw new Error(`${id} kept changing while it was being erased; run the erasure again`);
}

async function removeDoc(container: Container, id: string, pk: string): Promise<boolean> {
  const deleted = await deleteDoc(container, id, pk);
  if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`${id} not deleted: ${deleted.message}`);
  return deleted.ok;
}

/** The goals store's part of an erasure, on the shared `okrs` and `directory` containers. */
export class CosmosGoalsErasure implements GoalsErasure {
  constructor(
    private readonly okrs: Container,
    private readonly directory: Container,
  ) {}

  async eraseOkrContent(request: GoalsErasureRequest): Promise<OkrErasureTally> {
    const { tenantId, personId } = request;
    let objectivesChanged = 0;
    let checkInsCleared = 0;
    let commentsDeleted = 0;
    for (const cycle of await cyclesOf(this.okrs, tenantId)) {
      const pk = okrPartition(tenantId, cycle.id);
      const [objectives, checkIns, comments] = await Promise.all([
        queryCycle<ObjectiveDocument>(this.okrs, tenantId, cycle.id, 'objective', 'ARRAY_CONTAINS(c.participantIds, @personId) OR c.createdBy = @personId OR c.sentBack["by"] = @personId', personId),
        queryCycle<CheckInDocument>(this.okrs, tenantId, cycle.id, 'checkin', 'c.authorId = @personId', personId),
        queryCycle<{ id: string }>(this.okrs, tenantId, cycle.id, 'comment', 'c.authorId = @personId', personId),
      ]);
      for (const { id } of objectives) {
        const changed = await rewrite<ObjectiveDocument>(this.okrs, id, pk, (doc) => {
          const next = objectiveWithoutPerson(fromObjectiveDocument(doc), request);
          return next && toObjectiveDocument(next);
        });
        if (changed) objectivesChanged += 1;
      }
      for (const { id } of checkIns) {
        const changed = await rewrite<CheckInDocument>(this.okrs, id, pk, (doc) => {
          const next = checkInWithoutText(fromCheckInDocument(doc));
          return next && toCheckInDocument(next);
        });
        if (changed) checkInsCleared += 1;
      }
      for (const { id } of comments) if (await removeDoc(this.okrs, id, pk)) commentsDeleted += 1;
    }
    return { objectivesChanged, checkInsCleared, commentsDeleted };
  }

  async eraseDirectoryExtras(request: GoalsErasureRequest): Promise<DirectoryErasureTally> {
    const { tenantId, personId } = request;
    const pk = directoryPartition(tenantId);
    const [preferences, conversations] = await Promise.all([
      this.inDirectory<{ id: string }>(tenantId, "c.type = 'notification-preferences' AND c.personId = @personId", personId),
      this.inDirectory<StoredDoc & { ownerId: string; scope: string; reference: unknown }>(tenantId, "c.type = 'conversation'", personId),
    ]);
    let preferencesDeleted = 0;
    let conversationsDeleted = 0;
    let conversationsScrubbed = 0;
    for (const { id } of preferences) if (await removeDoc(this.directory, id, pk)) preferencesDeleted += 1;
    for (const conversation of conversations) {
      if (conversation.scope === 'personal' && conversation.ownerId === personId) {
        if (await removeDoc(this.directory, conversation.id, pk)) conversationsDeleted += 1;
        continue;
      }
      // A team or group chat reference keeps working; only the name of whoever installed it goes.
      const scrubbed = await rewrite<StoredDoc & { reference: unknown }>(this.directory, conversation.id, pk, (doc) => {
        const reference = cutMentionsDeep(doc.reference, request.mentions, '');
        return JSON.stringify(reference) === JSON.stringify(doc.reference) ? null : { ...doc, reference };
      });
      if (scrubbed) conversationsScrubbed += 1;
    }
    return { preferencesDeleted, conversationsDeleted, conversationsScrubbed };
  }

  async dropDerivedAggregates(tenantId: string): Promise<number> {
    let dropped = 0;
    for (const cycle of await cyclesOf(this.okrs, tenantId)) {
      const pk = okrPartition(tenantId, cycle.id);
      const aggregates = await queryAll<{ id: string }>(
        this.okrs,
        { query: "SELECT c.id FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'aggregate'", parameters: [{ name: '@tenantId', value: tenantId }] },
        pk,
      );
      for (const { id } of aggregates) if (await removeDoc(this.okrs, id, pk)) dropped += 1;
      // A new revision makes every cached snapshot of the cycle (in any process) out of date.
      await rewrite<CycleDocument>(this.okrs, cycle.id, cycle.pk, (doc) => {
        const current = fromCycleDocument(doc);
        return toCycleDocument({ ...current, revision: current.revision + 1 });
      });
    }
    return dropped;
  }

  private inDirectory<T>(tenantId: string, clause: string, personId: string): Promise<T[]> {
    return queryAll<T>(
      this.directory,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND ${clause}`,
        parameters: [
          { name: '@tenantId', value: tenantId },
          ...(clause.includes('@personId') ? [{ name: '@personId', value: personId }] : []),
        ],
      },
      directoryPartition(tenantId),
    );
  }
}
