import type { FeedbackItem, FeedbackVisibility } from '../../../domain/performance/feedback/feedback-item.js';
import type { FeedbackRequest } from '../../../domain/performance/feedback/feedback-request.js';
import type { FeedbackResponse } from '../../../domain/performance/feedback/feedback-response.js';
import type { Result } from '../../../domain/shared/result.js';
import type { Page, PageRequest, StoreReadError, StoreWriteError, Versioned } from '../../ports/goals-repository.js';

/** Who answered which request: just the facts the policy needs, never the answers. */
export interface ResponseStub {
  readonly id: string;
  readonly requestId: string;
  readonly authorId: string;
}

/**
 * Continuous feedback, praise, feedback requests and their responses, on the restricted `feedback`
 * container. Documents live in their subject's partition (praise in the tenant's praise partition);
 * "given by", "requested by" and "asked to answer" lists are single-partition reads of the person's
 * own partition. Nothing here checks access: every caller goes through the access guard.
 */
export interface FeedbackRepository {
  /** Private or manager-only feedback, or praise. */
  createFeedback(item: FeedbackItem): Promise<Result<FeedbackItem, StoreWriteError>>;
  /**
   * Private and manager-only feedback about a person, newest first (praise is on the praise wall);
   * only the given visibilities when `visibilities` is set, so a page is not emptied by the policy.
   */
  listFeedbackAbout(tenantId: string, subjectId: string, filter: { readonly visibilities?: readonly FeedbackVisibility[] }, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>>;
  /** Everything a person gave (feedback and praise), newest first. */
  listFeedbackGivenBy(tenantId: string, authorId: string, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>>;
  /** The tenant's praise, newest first; only praise about one person when `subjectId` is given. */
  listPraise(tenantId: string, filter: { readonly subjectId?: string }, page: PageRequest): Promise<Result<Page<FeedbackItem>, StoreReadError>>;
  getPraise(tenantId: string, praiseId: string): Promise<FeedbackItem | null>;

  createRequest(request: FeedbackRequest): Promise<Result<Versioned<FeedbackRequest>, StoreWriteError>>;
  getRequest(tenantId: string, requestId: string): Promise<Versioned<FeedbackRequest> | null>;
  replaceRequest(request: FeedbackRequest, etag: string): Promise<Result<Versioned<FeedbackRequest>, StoreWriteError>>;
  /** Requests about a person, newest first. */
  listRequestsAbout(tenantId: string, subjectId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>>;
  /** Requests a person made (about themselves or a report), newest first. */
  listRequestsBy(tenantId: string, requesterId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>>;
  /** Requests a person was asked to answer, newest first. */
  listRequestsFor(tenantId: string, inviteeId: string, page: PageRequest): Promise<Result<Page<FeedbackRequest>, StoreReadError>>;

  getResponse(tenantId: string, requestId: string, authorId: string): Promise<Versioned<FeedbackResponse> | null>;
  /** STORE.DUPLICATE when the author answered already. */
  createResponse(response: FeedbackResponse): Promise<Result<Versioned<FeedbackResponse>, StoreWriteError>>;
  replaceResponse(response: FeedbackResponse, etag: string): Promise<Result<Versioned<FeedbackResponse>, StoreWriteError>>;
  listResponses(tenantId: string, requestId: string): Promise<FeedbackResponse[]>;
  /** Who answered each of these requests about one subject: one query, no answer texts. */
  listResponseStubs(tenantId: string, subjectId: string, requestIds: readonly string[]): Promise<ResponseStub[]>;

  // Personal data (src/app/performance/personal-data): erasure removes or rewrites documents about or
  // by a person. Each is idempotent: deleting what is gone already is a success.
  /** Deletes feedback or praise and its author's "given" link. */
  deleteFeedback(item: FeedbackItem): Promise<void>;
  /** Rewrites feedback or praise in place (erasure removes the text and the author); links stay as they are. */
  replaceFeedback(item: FeedbackItem): Promise<void>;
  /** Deletes a request and the requester's and invitees' links to it (not its responses). */
  deleteRequest(request: FeedbackRequest): Promise<void>;
  deleteResponse(tenantId: string, requestId: string, authorId: string): Promise<void>;
  /** Deletes every link a person holds ("given", "requested", "asked of me"); how many there were. */
  deleteLinksOf(tenantId: string, holderId: string): Promise<number>;
}
