import type { Container } from '@azure/cosmos';
import type { StoreWriteError, Versioned } from '../../app/ports/goals-repository.js';
import type { ReviewRepository } from '../../app/performance/ports/review-repository.js';
import { parseResponseId, type PeerAssignment, type PeerResponse } from '../../domain/performance/reviews/peer-response.js';
import type { ReviewCycle } from '../../domain/performance/reviews/review-cycle.js';
import { parsePacketId, type ReviewPacket } from '../../domain/performance/reviews/review-packet.js';
import type { ReviewRoster } from '../../domain/performance/reviews/review-roster.js';
import { ok, type Result } from '../../domain/shared/result.js';
import { createDoc, deleteDoc, queryAll, readDoc, replaceDoc, withoutFields, type StoredDoc } from '../cosmos/cosmos-operations.js';
import { reviewCyclePartition, subjectPartition } from '../cosmos/partition-keys.js';

type Doc<T, Type extends string> = T & StoredDoc & { type: Type };
/** The cycle's own `type` (annual, …) is stored as `reviewType`: `type` names the document kind. */
type CycleDoc = Doc<Omit<ReviewCycle, 'type'>, 'review-cycle'> & { reviewType: ReviewCycle['type'] };
type RosterDoc = Doc<ReviewRoster, 'review-roster'>;
/** Packets carry their policy facts at the top level too, next to the snapshot they come from. */
type PacketDoc = Doc<ReviewPacket, 'review-packet'> & { cycleManagerId: string | null; cycleManagerChain: readonly string[] };
type ResponseDoc = Doc<PeerResponse, 'peer-response'>;
type AssignmentDoc = Doc<PeerAssignment, 'peer-assignment'>;

const STORAGE_FIELDS = ['pk', 'type'];
const rosterId = (cycleId: string): string => `roster.${cycleId}`;
const assignmentId = (responseId: string): string => `pa.${responseId}`;

function versioned<D, T>(found: { doc: D; etag: string }, map: (doc: D) => T): Versioned<T> {
  return { value: map(found.doc), etag: found.etag };
}

function mapWrite<D, T>(result: Result<{ doc: D; etag: string }, StoreWriteError>, map: (doc: D) => T): Result<Versioned<T>, StoreWriteError> {
  return result.ok ? ok(versioned(result.value, map)) : result;
}

const fromCycle = (doc: CycleDoc): ReviewCycle => ({ ...withoutFields<Omit<ReviewCycle, 'type'>>(doc, [...STORAGE_FIELDS, 'reviewType']), type: doc.reviewType });
const fromRoster = (doc: RosterDoc): ReviewRoster => withoutFields<ReviewRoster>(doc, [...STORAGE_FIELDS, 'id']);
const fromPacket = (doc: PacketDoc): ReviewPacket => withoutFields<ReviewPacket>(doc, [...STORAGE_FIELDS, 'cycleManagerId', 'cycleManagerChain']);
const fromResponse = (doc: ResponseDoc): PeerResponse => withoutFields<PeerResponse>(doc, STORAGE_FIELDS);
const fromAssignment = (doc: AssignmentDoc): PeerAssignment => withoutFields<PeerAssignment>(doc, [...STORAGE_FIELDS, 'id']);

const toCycle = ({ type, ...cycle }: ReviewCycle): CycleDoc => ({ ...cycle, reviewType: type, pk: reviewCyclePartition(cycle.tenantId), type: 'review-cycle' });
const toRoster = (roster: ReviewRoster): RosterDoc => ({ ...roster, id: rosterId(roster.cycleId), pk: reviewCyclePartition(roster.tenantId), type: 'review-roster' });
const toPacket = (packet: ReviewPacket): PacketDoc => ({
  ...packet,
  pk: subjectPartition(packet.tenantId, packet.subjectId),
  type: 'review-packet',
  cycleManagerId: packet.snapshot.cycleManagerId,
  cycleManagerChain: packet.snapshot.cycleManagerChain,
});
const toResponse = (response: PeerResponse): ResponseDoc => ({ ...response, pk: subjectPartition(response.tenantId, response.subjectId), type: 'peer-response' });
const toAssignment = (a: PeerAssignment): AssignmentDoc => ({ ...a, id: assignmentId(a.responseId), pk: subjectPartition(a.tenantId, a.reviewerId), type: 'peer-assignment' });

/**
 * Review cycles, packets and peer responses on the restricted `reviews` container. Every read checks
 * the tenant and type of what came back, so an id from elsewhere is simply not found.
 */
export class CosmosReviewRepository implements ReviewRepository {
  constructor(private readonly reviews: Container) {}

  async getCycle(tenantId: string, cycleId: string): Promise<Versioned<ReviewCycle> | null> {
    const found = await readDoc<CycleDoc>(this.reviews, cycleId, reviewCyclePartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'review-cycle' ? versioned(found, fromCycle) : null;
  }

  async listCycles(tenantId: string): Promise<ReviewCycle[]> {
    const docs = await queryAll<CycleDoc>(
      this.reviews,
      { query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'review-cycle'", parameters: [{ name: '@tenantId', value: tenantId }] },
      reviewCyclePartition(tenantId),
    );
    return docs.map(fromCycle);
  }

  async createCycle(cycle: ReviewCycle): Promise<Result<Versioned<ReviewCycle>, StoreWriteError>> {
    return mapWrite(await createDoc(this.reviews, toCycle(cycle)), fromCycle);
  }

  async replaceCycle(cycle: ReviewCycle, etag: string): Promise<Result<Versioned<ReviewCycle>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.reviews, toCycle(cycle), etag), fromCycle);
  }

  async getRoster(tenantId: string, cycleId: string): Promise<Versioned<ReviewRoster> | null> {
    const found = await readDoc<RosterDoc>(this.reviews, rosterId(cycleId), reviewCyclePartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'review-roster' ? versioned(found, fromRoster) : null;
  }

  async saveRoster(roster: ReviewRoster, etag: string | null): Promise<Result<Versioned<ReviewRoster>, StoreWriteError>> {
    const doc = toRoster(roster);
    return mapWrite(etag === null ? await createDoc(this.reviews, doc) : await replaceDoc(this.reviews, doc, etag), fromRoster);
  }

  async getPacket(tenantId: string, packetId: string): Promise<Versioned<ReviewPacket> | null> {
    const parsed = parsePacketId(packetId);
    if (!parsed) return null;
    const found = await readDoc<PacketDoc>(this.reviews, packetId, subjectPartition(tenantId, parsed.subjectId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'review-packet' ? versioned(found, fromPacket) : null;
  }

  async getPackets(tenantId: string, packetIds: readonly string[]): Promise<Versioned<ReviewPacket>[]> {
    const found = await Promise.all([...new Set(packetIds)].map((id) => this.getPacket(tenantId, id)));
    return found.filter((p): p is Versioned<ReviewPacket> => p !== null);
  }

  async listPacketsOfSubject(tenantId: string, subjectId: string): Promise<Versioned<ReviewPacket>[]> {
    const docs = await queryAll<PacketDoc & { _etag: string }>(
      this.reviews,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'review-packet' AND c.subjectId = @subjectId",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@subjectId', value: subjectId },
        ],
      },
      subjectPartition(tenantId, subjectId),
    );
    return docs.map((doc) => ({ value: fromPacket(doc), etag: doc._etag }));
  }

  async createPacket(packet: ReviewPacket): Promise<Result<Versioned<ReviewPacket>, StoreWriteError>> {
    return mapWrite(await createDoc(this.reviews, toPacket(packet)), fromPacket);
  }

  async replacePacket(packet: ReviewPacket, etag: string): Promise<Result<Versioned<ReviewPacket>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.reviews, toPacket(packet), etag), fromPacket);
  }

  async getPeerResponse(tenantId: string, responseId: string): Promise<Versioned<PeerResponse> | null> {
    const parsed = parseResponseId(responseId);
    if (!parsed) return null;
    const found = await readDoc<ResponseDoc>(this.reviews, responseId, subjectPartition(tenantId, parsed.subjectId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'peer-response' ? versioned(found, fromResponse) : null;
  }

  async listPeerResponses(tenantId: string, packetId: string): Promise<PeerResponse[]> {
    const parsed = parsePacketId(packetId);
    if (!parsed) return [];
    const docs = await queryAll<ResponseDoc>(
      this.reviews,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'peer-response' AND c.packetId = @packetId",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@packetId', value: packetId },
        ],
      },
      subjectPartition(tenantId, parsed.subjectId),
    );
    return docs.map(fromResponse);
  }

  async createPeerResponse(response: PeerResponse): Promise<Result<Versioned<PeerResponse>, StoreWriteError>> {
    return mapWrite(await createDoc(this.reviews, toResponse(response)), fromResponse);
  }

  async replacePeerResponse(response: PeerResponse, etag: string): Promise<Result<Versioned<PeerResponse>, StoreWriteError>> {
    return mapWrite(await replaceDoc(this.reviews, toResponse(response), etag), fromResponse);
  }

  async addPeerAssignment(assignment: PeerAssignment): Promise<void> {
    const created = await createDoc(this.reviews, toAssignment(assignment));
    if (!created.ok && created.code !== 'STORE.DUPLICATE') throw new Error(`peer assignment not written: ${created.message}`);
  }

  async listPeerAssignments(tenantId: string, reviewerId: string): Promise<PeerAssignment[]> {
    const docs = await queryAll<AssignmentDoc>(
      this.reviews,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'peer-assignment' AND c.reviewerId = @reviewerId",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@reviewerId', value: reviewerId },
        ],
      },
      subjectPartition(tenantId, reviewerId),
    );
    return docs.map(fromAssignment);
  }

  async deletePeerResponse(tenantId: string, responseId: string): Promise<void> {
    const parsed = parseResponseId(responseId);
    if (!parsed) return;
    const deleted = await deleteDoc(this.reviews, responseId, subjectPartition(tenantId, parsed.subjectId));
    if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`peer response not deleted: ${deleted.message}`);
  }

  async deletePeerAssignment(tenantId: string, reviewerId: string, responseId: string): Promise<void> {
    const deleted = await deleteDoc(this.reviews, assignmentId(responseId), subjectPartition(tenantId, reviewerId));
    if (!deleted.ok && deleted.code !== 'STORE.NOT_FOUND') throw new Error(`peer assignment not deleted: ${deleted.message}`);
  }
}
