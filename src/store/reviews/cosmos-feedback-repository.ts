import type { Container, SqlParameter } from '@azure/cosmos';
import type { FeedbackRepository, ResponseStub } from '../../app/performance/ports/feedback-repository.js';
import type { Page, PageRequest, StoreReadError, StoreWriteError, Versioned } from '../../app/ports/goals-repository.js';
import { feedbackResponseId, isPraiseId, parseFeedbackRequestId } from '../../domain/performance/feedback/feedback-ids.js';
import type { FeedbackItem, FeedbackVisibility } from '../../domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../domain/performance/feedback/feedback-request.js';
import type { FeedbackResponse } from '../../domain/performance/feedback/feedback-response.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { createDoc, deleteDoc, queryAll, queryPage, readDoc, replaceDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { praisePartition, subjectPartition } from '../cosmos/partition-keys.js';

/** Document types of continuous feedback; other features share the container, so every query names its type. */
const TYPE = {
  feedback: 'continuous-feedback',
  praise: 'praise',
  request: 'feedback-request',
  response: 'feedback-response',
  link: 'feedback-link',
} as const;

type ItemDocument = FeedbackItem & { pk: string; type: typeof TYPE.feedback | typeof TYPE.praise };
type RequestDocument = FeedbackRequest & { pk: string; type: typeof TYPE.request };
type ResponseDocument = FeedbackResponse & { pk: string; type: typeof TYPE.response };

type LinkRole = 'given' | 'requested' | 'invited';
type LinkTarget = { readonly type: typeof TYPE.feedback | typeof TYPE.praise | typeof TYPE.request; readonly id: string; readonly subjectId: string };

/**
 * A pointer in a person's own partition to a document that lives in someone else's (or the praise
 * partition): what makes "given by me", "requested by me" and "asked of me" single-partition reads.
 * It holds ids only. Links are written before their document and resolved by point reads, so a link
 * whose document never got written simply resolves to nothing.
 */
interface LinkDocument {
  readonly id: string;
  readonly pk: string;
  readonly type: typeof TYPE.link;
  readonly tenantId: string;
  readonly holderId: string;
  readonly role: LinkRole;
  readonly target: LinkTarget;
  readonly at: string;
}

/** The id `link` gives a link (erasure deletes links by it). */
const linkId = (role: LinkRole, target: LinkTarget): string => `lnk.${role}.${target.id}`;

const STORE_FIELDS = ['pk', 'type'] as const;
const fromItem = (doc: ItemDocument): FeedbackItem => withoutFields<FeedbackItem>(doc, STORE_FIELDS);
const fromRequest = (doc: RequestDocument): FeedbackRequest => withoutFields<FeedbackRequest>(doc, STORE_FIELDS);
const fromResponse = (doc: ResponseDocument): FeedbackResponse => withoutFields<FeedbackResponse>(doc, STORE_FIELDS);

const partitionOfItem = (item: Pick<FeedbackItem, 'tenantId' | 'subjectId' | 'visibility'>): string =>
  item.visibility === 'praise' ? praisePartition(item.tenantId) : subjectPartition(item.tenantId, item.subjectId);

const targetPartition = (tenantId: string, target: LinkTarget): string =>
  target.type === TYPE.praise ? praisePartition(tenantId) : subjectPartition(tenantId, target.subjectId);

function versioned<D, T>(written: Result<{ doc: D; etag: string }, StoreWriteError>, map: (doc: D) => T): Result<Versioned<T>, StoreWriteError> {
  return written.ok ? ok({ value: map(written.value.doc), etag: written.value.etag }) : written;
}

const params = (tenantId: string, extra: Record<string, SqlParameter['value']> = {}): SqlParameter[] => [
  { name: '@tenantId', value: tenantId },
  ...Object.entries(extra).map(([name, value]) => ({ name, value })),
];

/** Continuous feedback on the restricted `feedback` container (reviews identity). */
export class CosmosFeedbackRepository implements FeedbackRepository {
  constructor(private readonly feedback: Container) {}

  async createFeedback(item: FeedbackItem): Promise<Result<FeedbackItem, StoreWriteError>> {
    const type = item.visibility === 'praise' ? TYPE.praise : TYPE.feedback;
    await this.link(item.tenantId, item.authorId, 'given', { type, id: item.id, subjectId: item.subjectId }, item.createdAt);
    const created = await createDoc<ItemDocument>(this.feedback, { ...item, pk: partitionOfItem(item), type });
    return created.ok ? ok(fromItem(created.value.doc)) : created;
  }

  async listFeedbackAbout(tenantId: string, subjectId: string, filter: { readonly visibilities?: readonly FeedbackVisibility[] }, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>> {
    const only = filter.visibilities !== undefined ? ' AND ARRAY_CONTAINS(@visibilities, c.visibility)' : '';
    const found = await queryPage<ItemDocument>(
      this.feedback,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.feedback}'${only} ORDER BY c.createdAt DESC`,
        parameters: params(tenantId, filter.visibilities !== undefined ? { '@visibilities': [...filter.visibilities] } : {}),
      },
      subjectPartition(tenantId, subjectId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromItem) }) : found;
  }

  async listFeedbackGivenBy(tenantId: string, authorId: string, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>> {
    return this.resolveLinks(tenantId, authorId, 'given', page, async (target) => {
      const found = await readDoc<ItemDocument>(this.feedback, target.id, targetPartition(tenantId, target));
      return found && found.doc.tenantId === tenantId && found.doc.type === target.type && found.doc.authorId === authorId ? fromItem(found.doc) : null;
    });
  }

  async listPraise(tenantId: string, filter: { readonly subjectId?: string }, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>> {
    const about = filter.subjectId !== undefined ? ' AND c.subjectId = @subjectId' : '';
    const found = await queryPage<ItemDocument>(
      this.feedback,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.praise}'${about} ORDER BY c.createdAt DESC`,
        parameters: params(tenantId, filter.subjectId !== undefined ? { '@subjectId': filter.subjectId } : {}),
      },
      praisePartition(tenantId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromItem) }) : found;
  }

  async getPraise(tenantId: string, praiseId: string): Promise<FeedbackItem | null> {
    if (!isPraiseId(praiseId)) return null;
    const found = await readDoc<ItemDocument>(this.feedback, praiseId, praisePartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === TYPE.praise ? fromItem(found.doc) : null;
  }

  async createRequest(request: FeedbackRequest): Promise<Result<Versioned<FeedbackRequest>, StoreWriteError>> {
    const target: LinkTarget = { type: TYPE.request, id: request.id, subjectId: request.subjectId };
    await Promise.all([
      this.link(request.tenantId, request.requesterId, 'requested', target, request.createdAt),
      ...request.inviteeIds.map((inviteeId) => this.link(request.tenantId, inviteeId, 'invited', target, request.createdAt)),
    ]);
    return versioned(await createDoc<RequestDocument>(this.feedback, { ...request, pk: subjectPartition(request.tenantId, request.subjectId), type: TYPE.request }), fromRequest);
  }

  async getRequest(tenantId: string, requestId: string): Promise<Versioned<FeedbackRequest> | null> {
    const parsed = parseFeedbackRequestId(requestId);
    if (!parsed) return null;
    const found = await readDoc<RequestDocument>(this.feedback, requestId, subjectPartition(tenantId, parsed.subjectId));
    return found && found.doc.tenantId === tenantId && found.doc.type === TYPE.request ? { value: fromRequest(found.doc), etag: found.etag } : null;
  }

  async replaceRequest(request: FeedbackRequest, etag: string): Promise<Result<Versioned<FeedbackRequest>, StoreWriteError>> {
    return versioned(await replaceDoc<RequestDocument>(this.feedback, { ...request, pk: subjectPartition(request.tenantId, request.subjectId), type: TYPE.request }, etag), fromRequest);
  }

  async listRequestsAbout(tenantId: string, subjectId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>> {
    const found = await queryPage<RequestDocument>(
      this.feedback,
      { query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.request}' ORDER BY c.createdAt DESC`, parameters: params(tenantId) },
      subjectPartition(tenantId, subjectId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromRequest) }) : found;
  }

  listRequestsBy(tenantId: string, requesterId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>> {
    return this.resolveLinks(tenantId, requesterId, 'requested', page, async (target) => {
      const found = await this.getRequest(tenantId, target.id);
      return found && found.value.requesterId === requesterId ? found.value : null;
    });
  }

  listRequestsFor(tenantId: string, inviteeId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>> {
    return this.resolveLinks(tenantId, inviteeId, 'invited', page, async (target) => {
      const found = await this.getRequest(tenantId, target.id);
      return found && found.value.inviteeIds.includes(inviteeId) ? found.value : null;
    });
  }

  async getResponse(tenantId: string, requestId: string, authorId: string): Promise<Versioned<FeedbackResponse> | null> {
    const parsed = parseFeedbackRequestId(requestId);
    if (!parsed) return null;
    const found = await readDoc<ResponseDocument>(this.feedback, feedbackResponseId(requestId, authorId), subjectPartition(tenantId, parsed.subjectId));
    return found && found.doc.tenantId === tenantId && found.doc.type === TYPE.response ? { value: fromResponse(found.doc), etag: found.etag } : null;
  }

  async createResponse(response: FeedbackResponse): Promise<Result<Versioned<FeedbackResponse>, StoreWriteError>> {
    return versioned(await createDoc<ResponseDocument>(this.feedback, { ...response, pk: subjectPartition(response.tenantId, response.subjectId), type: TYPE.response }), fromResponse);
  }

  async replaceResponse(response: FeedbackResponse, etag: string): Promise<Result<Versioned<FeedbackResponse>, StoreWriteError>> {
    return versioned(await replaceDoc<ResponseDocument>(this.feedback, { ...response, pk: subjectPartition(response.tenantId, response.subjectId), type: TYPE.response }, etag), fromResponse);
  }

  async listResponses(tenantId: string, requestId: string): Promise<FeedbackResponse[]> {
    const parsed = parseFeedbackRequestId(requestId);
    if (!parsed) return [];
    const docs = await queryAll<ResponseDocument>(
      this.feedback,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.response}' AND c.requestId = @requestId ORDER BY c.submittedAt ASC`,
        parameters: params(tenantId, { '@requestId': requestId }),
      },
      subjectPartition(tenantId, parsed.subjectId),
    );
    return docs.map(fromResponse);
  }

  async listResponseStubs(tenantId: string, subjectId: string, requestIds: readonly string[]): Promise<ResponseStub[]> {
    if (requestIds.length === 0) return [];
    return queryAll<ResponseStub>(
      this.feedback,
      {
        query: `SELECT c.id, c.requestId, c.authorId FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.response}' AND ARRAY_CONTAINS(@requestIds, c.requestId)`,
        parameters: params(tenantId, { '@requestIds': [...new Set(requestIds)] }),
      },
      subjectPartition(tenantId, subjectId),
    );
  }

  async deleteFeedback(item: FeedbackItem): Promise<void> {
    const type = item.visibility === 'praise' ? TYPE.praise : TYPE.feedback;
    await this.remove(item.id, partitionOfItem(item));
    await this.remove(linkId('given', { type, id: item.id, subjectId: item.subjectId }), subjectPartition(item.tenantId, item.authorId));
  }

  async replaceFeedback(item: FeedbackItem): Promise<void> {
    await upsertDoc<ItemDocument>(this.feedback, { ...item, pk: partitionOfItem(item), type: item.visibility === 'praise' ? TYPE.praise : TYPE.feedback });
  }

  async deleteRequest(request: FeedbackRequest): Promise<void> {
    const target: LinkTarget = { type: TYPE.request, id: request.id, subjectId: request.subjectId };
    await this.remove(request.id, subjectPartition(request.tenantId, request.subjectId));
    await this.remove(linkId('requested', target), subjectPartition(request.tenantId, request.requesterId));
    for (const inviteeId of request.inviteeIds) await this.remove(linkId('invited', target), subjectPartition(request.tenantId, inviteeId));
  }

  async deleteResponse(tenantId: string, requestId: string, authorId: string): Promise<void> {
    const parsed = parseFeedbackRequestId(requestId);
    if (parsed) await this.remove(feedbackResponseId(requestId, authorId), subjectPartition(tenantId, parsed.subjectId));
  }

  async deleteLinksOf(tenantId: string, holderId: string): Promise<number> {
    const links = await queryAll<{ id: string }>(
      this.feedback,
      { query: `SELECT c.id FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.link}' AND c.holderId = @holderId`, parameters: params(tenantId, { '@holderId': holderId }) },
      subjectPartition(tenantId, holderId),
    );
    for (const link of links) await this.remove(link.id, subjectPartition(tenantId, holderId));
    return links.length;
  }

  /** Deletes one document; one that is gone already is fine. */
  private async remove(id: string, partitionKey: string): Promise<void> {
    const deleted = await deleteDoc(this.feedback, id, partitionKey);
    if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`could not delete ${id}: ${deleted.message}`);
  }

  /** Writes a link in the holder's partition; a retried write of the same link is fine. */
  private async link(tenantId: string, holderId: string, role: LinkRole, target: LinkTarget, at: string): Promise<void> {
    const created = await createDoc<LinkDocument>(this.feedback, {
      id: `lnk.${role}.${target.id}`,
      pk: subjectPartition(tenantId, holderId),
      type: TYPE.link,
      tenantId,
      holderId,
      role,
      target,
      at,
    });
    if (!created.ok && created.code !== 'STORE.DUPLICATE') throw new Error(`could not link ${target.id}: ${created.message}`);
  }

  /** One page of a person's links of one role, each resolved by a point read; dangling links drop out. */
  private async resolveLinks<T>(tenantId: string, holderId: string, role: LinkRole, page: PageRequest, resolve: (target: LinkTarget) => Promise<T | null>): Promise<Result<Page<T>, StoreReadError>> {
    const links = await queryPage<LinkDocument>(
      this.feedback,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = '${TYPE.link}' AND c.role = @role ORDER BY c.at DESC`,
        parameters: params(tenantId, { '@role': role }),
      },
      subjectPartition(tenantId, holderId),
      page,
    );
    if (!links.ok) return links;
    const resolved = await Promise.all(links.value.items.map((link) => resolve(link.target)));
    const items = resolved.filter((item): item is Awaited<T> & {} => item !== null) as T[];
    return ok(links.value.continuationToken ? { items, continuationToken: links.value.continuationToken } : { items });
  }
}
