import type { Container } from '@azure/cosmos';
import type { StoreWriteError, Versioned } from '../../app/ports/goals-repository.js';
import type { DevelopmentPlanRepository } from '../../app/performance/ports/development-plan-repository.js';
import { DEVELOPMENT_PLAN_ID, type DevelopmentPlan } from '../../domain/performance/development-plans/development-plan.js';
import type { ProgressNote } from '../../domain/performance/development-plans/progress-note.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { createDoc, deleteDoc, queryAll, queryPage, readDoc, replaceDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { subjectPartition } from '../cosmos/partition-keys.js';

type PlanDocument = DevelopmentPlan & { pk: string; type: 'development-plan' };
type NoteDocument = ProgressNote & { pk: string; type: 'development-plan-note' };

const toPlanDocument = (plan: DevelopmentPlan): PlanDocument => ({ ...plan, pk: subjectPartition(plan.tenantId, plan.subjectId), type: 'development-plan' });
const fromPlanDocument = (doc: object): DevelopmentPlan => withoutFields<DevelopmentPlan>(doc, ['pk', 'type']);

function mapWrite(written: Result<{ doc: PlanDocument; etag: string }, StoreWriteError>): Result<Versioned<DevelopmentPlan>, StoreWriteError> {
  return written.ok ? ok({ value: fromPlanDocument(written.value.doc), etag: written.value.etag }) : written;
}

/**
 * Development plans on the restricted `conversations` container, in the person's partition: one
 * plan document (point read, ETag replaces) and append-only progress note documents.
 */
export class CosmosDevelopmentPlanRepository implements DevelopmentPlanRepository {
  constructor(private readonly conversations: Container) {}

  async getPlan(tenantId: string, subjectId: string): Promise<Versioned<DevelopmentPlan> | null> {
    const found = await readDoc<PlanDocument>(this.conversations, DEVELOPMENT_PLAN_ID, subjectPartition(tenantId, subjectId));
    if (!found || found.doc.type !== 'development-plan' || found.doc.tenantId !== tenantId || found.doc.subjectId !== subjectId) return null;
    return { value: fromPlanDocument(found.doc), etag: found.etag };
  }

  async createPlan(plan: DevelopmentPlan): Promise<Result<Versioned<DevelopmentPlan>, StoreWriteError>> {
    return mapWrite(await createDoc(this.conversations, toPlanDocument(plan)));
  }

  async replacePlan(plan: DevelopmentPlan, etag: string): Promise<Result<Versioned<DevelopmentPlan>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.conversations, toPlanDocument(plan), etag));
  }

  async addNote(note: ProgressNote): Promise<Result<ProgressNote, StoreWriteError>> {
    const created = await createDoc<NoteDocument>(this.conversations, { ...note, pk: subjectPartition(note.tenantId, note.subjectId), type: 'development-plan-note' });
    return created.ok ? ok(withoutFields<ProgressNote>(created.value.doc, ['pk', 'type'])) : created;
  }

  async listNotes(tenantId: string, subjectId: string, limit: number): Promise<ProgressNote[]> {
    const page = await queryPage<NoteDocument>(
      this.conversations,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'development-plan-note' AND c.subjectId = @subjectId ORDER BY c.at DESC",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@subjectId', value: subjectId },
        ],
      },
      subjectPartition(tenantId, subjectId),
      { limit },
    );
    // Without a continuation token the page cannot be refused.
    return page.ok ? page.value.items.map((doc) => withoutFields<ProgressNote>(doc, ['pk', 'type'])) : [];
  }

  async listAllNotes(tenantId: string, subjectId: string, filter: { readonly authorId?: string } = {}): Promise<ProgressNote[]> {
    const docs = await queryAll<NoteDocument>(
      this.conversations,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'development-plan-note' AND c.subjectId = @subjectId${filter.authorId !== undefined ? ' AND c.authorId = @authorId' : ''} ORDER BY c.at DESC`,
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@subjectId', value: subjectId },
          ...(filter.authorId !== undefined ? [{ name: '@authorId', value: filter.authorId }] : []),
        ],
      },
      subjectPartition(tenantId, subjectId),
    );
    return docs.map((doc) => withoutFields<ProgressNote>(doc, ['pk', 'type']));
  }

  async deletePlan(tenantId: string, subjectId: string): Promise<void> {
    await this.remove(DEVELOPMENT_PLAN_ID, tenantId, subjectId);
  }

  async deleteNote(tenantId: string, subjectId: string, noteId: string): Promise<void> {
    await this.remove(noteId, tenantId, subjectId);
  }

  private async remove(id: string, tenantId: string, subjectId: string): Promise<void> {
    const deleted = await deleteDoc(this.conversations, id, subjectPartition(tenantId, subjectId));
    if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`development plan document not deleted: ${deleted.message}`);
  }
}
