import type { PeerAssignment, PeerResponse } from '../../../domain/performance/reviews/peer-response.js';
import type { ReviewCycle } from '../../../domain/performance/reviews/review-cycle.js';
import type { ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import type { ReviewRoster } from '../../../domain/performance/reviews/review-roster.js';
import type { Result } from '../../../domain/shared/result.js';
import type { StoreWriteError, Versioned } from '../../ports/goals-repository.js';

/**
 * Review cycles, review packets and peer responses, on the restricted review containers.
 * Cycles and their rosters live in a tenant-wide partition; packets, peer responses and a
 * reviewer's assignments in the partition of the person they belong to.
 * Replaces are conditional on the ETag read with the document (STORE.CONFLICT when it moved).
 */
export interface ReviewRepository {
  getCycle(tenantId: string, cycleId: string): Promise<Versioned<ReviewCycle> | null>;
  listCycles(tenantId: string): Promise<ReviewCycle[]>;
  createCycle(cycle: ReviewCycle): Promise<Result<Versioned<ReviewCycle>, StoreWriteError>>;
  replaceCycle(cycle: ReviewCycle, etag: string): Promise<Result<Versioned<ReviewCycle>, StoreWriteError>>;

  getRoster(tenantId: string, cycleId: string): Promise<Versioned<ReviewRoster> | null>;
  /** Creates the roster (etag null) or replaces it conditionally. */
  saveRoster(roster: ReviewRoster, etag: string | null): Promise<Result<Versioned<ReviewRoster>, StoreWriteError>>;

  getPacket(tenantId: string, packetId: string): Promise<Versioned<ReviewPacket> | null>;
  /** Point reads in parallel; unknown ids are absent from the result. */
  getPackets(tenantId: string, packetIds: readonly string[]): Promise<Versioned<ReviewPacket>[]>;
  listPacketsOfSubject(tenantId: string, subjectId: string): Promise<Versioned<ReviewPacket>[]>;
  createPacket(packet: ReviewPacket): Promise<Result<Versioned<ReviewPacket>, StoreWriteError>>;
  replacePacket(packet: ReviewPacket, etag: string): Promise<Result<Versioned<ReviewPacket>, StoreWriteError>>;

  getPeerResponse(tenantId: string, responseId: string): Promise<Versioned<PeerResponse> | null>;
  listPeerResponses(tenantId: string, packetId: string): Promise<PeerResponse[]>;
  createPeerResponse(response: PeerResponse): Promise<Result<Versioned<PeerResponse>, StoreWriteError>>;
  replacePeerResponse(response: PeerResponse, etag: string): Promise<Result<Versioned<PeerResponse>, StoreWriteError>>;

  /** Creating an assignment that exists already is a success (approvals may be retried). */
  addPeerAssignment(assignment: PeerAssignment): Promise<void>;
  listPeerAssignments(tenantId: string, reviewerId: string): Promise<PeerAssignment[]>;

  // Personal data (src/app/performance/personal-data): erasure removes documents about or by a person.
  /** Deletes a peer response; one that is gone already is a success. */
  deletePeerResponse(tenantId: string, responseId: string): Promise<void>;
  /** Deletes a reviewer's pointer to a response; one that is gone already is a success. */
  deletePeerAssignment(tenantId: string, reviewerId: string, responseId: string): Promise<void>;
}
