import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { ClaimResult, DeadLetter, DeliveryLedger, DeliveryRef, SentRecord } from '../../app/notifications/ports/delivery-ledger.js';
import { periodStartDate } from '../../domain/notifications/period-keys.js';
import { createDoc, deleteDoc, queryAll, readDoc, replaceDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { deliveryControlPartition, deliveryPartition } from '../cosmos/partition-keys.js';

type ClaimDocument = DeliveryRef & { id: string; pk: string; type: 'delivery-claim'; state: 'claiming' | 'enqueued'; claimedAt: string; enqueuedAt: string | null };
type SentDocument = SentRecord & { id: string; pk: string; type: 'delivery-sent' };
type DeadLetterDocument = DeadLetter & { id: string; pk: string; type: 'dead-letter' };
type ThrottleDocument = { id: string; pk: string; type: 'throttle-marker'; tenantId: string; until: string };

const STORE_FIELDS = ['id', 'pk', 'type'];
const THROTTLE_ID = 'throttle-marker';

/** Cosmos ids may not hold / \ # ? and stay under 255 characters; long keys are hashed. */
function docId(prefix: string, key: string): string {
  const safe = key.replace(/[/\\#?%]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return safe.length <= 200 ? `${prefix}.${safe}` : `${prefix}.sha256.${createHash('sha256').update(key).digest('hex')}`;
}

/** Deliveries live in the month their period starts in, so no partition grows without bound. */
const partitionOf = (ref: Pick<DeliveryRef, 'tenantId' | 'period'>): string =>
  deliveryPartition(ref.tenantId, periodStartDate(ref.period)?.slice(0, 7) ?? 'unknown');

const refOf = (ref: DeliveryRef): DeliveryRef => ({ key: ref.key, tenantId: ref.tenantId, recipientId: ref.recipientId, kind: ref.kind, period: ref.period });

/** The send pipeline's ledger on the shared `deliveries` container (goals identity). */
export class CosmosDeliveryLedger implements DeliveryLedger {
  constructor(private readonly deliveries: Container) {}

  async claimEnqueue(ref: DeliveryRef, at: Date, staleAfterMs: number): Promise<ClaimResult> {
    const doc: ClaimDocument = { ...refOf(ref), id: docId('claim', ref.key), pk: partitionOf(ref), type: 'delivery-claim', state: 'claiming', claimedAt: at.toISOString(), enqueuedAt: null };
    for (let round = 0; round < 3; round++) {
      if ((await createDoc(this.deliveries, doc)).ok) return 'claimed';
      const existing = await readDoc<ClaimDocument>(this.deliveries, doc.id, doc.pk);
      if (!existing) continue; // released in between: try to create again
      const { state, claimedAt } = existing.doc;
      if (state !== 'claiming' || at.getTime() - Date.parse(claimedAt) < staleAfterMs) return 'taken';
      // The claimer died between claiming and enqueueing: take over, unless someone else just did.
      return (await replaceDoc(this.deliveries, doc, existing.etag)).ok ? 'claimed' : 'taken';
    }
    return 'taken';
  }

  /** One write, no read: the claim was made by the same caller a moment ago, at the same `at`. */
  async markEnqueued(ref: DeliveryRef, at: Date): Promise<void> {
    await upsertDoc(this.deliveries, {
      ...refOf(ref),
      id: docId('claim', ref.key),
      pk: partitionOf(ref),
      type: 'delivery-claim',
      state: 'enqueued',
      claimedAt: at.toISOString(),
      enqueuedAt: at.toISOString(),
    } satisfies ClaimDocument);
  }

  async releaseClaim(ref: DeliveryRef): Promise<void> {
    await deleteDoc(this.deliveries, docId('claim', ref.key), partitionOf(ref));
  }

  async findSent(ref: DeliveryRef): Promise<SentRecord | null> {
    const found = await readDoc<SentDocument>(this.deliveries, docId('sent', ref.key), partitionOf(ref));
    return found && found.doc.tenantId === ref.tenantId ? withoutFields<SentRecord>(found.doc, STORE_FIELDS) : null;
  }

  async recordSent(record: SentRecord): Promise<'recorded' | 'already-recorded'> {
    const created = await createDoc(this.deliveries, { ...record, id: docId('sent', record.key), pk: partitionOf(record), type: 'delivery-sent' } satisfies SentDocument);
    return created.ok ? 'recorded' : 'already-recorded';
  }

  async recordDeadLetter(letter: DeadLetter): Promise<void> {
    await upsertDoc(this.deliveries, { ...letter, id: docId('dead', letter.key), pk: partitionOf(letter), type: 'dead-letter' } satisfies DeadLetterDocument);
  }

  async listDeadLetters(tenantId: string, month: string): Promise<DeadLetter[]> {
    const docs = await queryAll<DeadLetterDocument>(
      this.deliveries,
      { query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'dead-letter'", parameters: [{ name: '@tenantId', value: tenantId }] },
      deliveryPartition(tenantId, month),
    );
    return docs.map((doc) => withoutFields<DeadLetter>(doc, STORE_FIELDS));
  }

  async throttledUntil(tenantId: string): Promise<Date | null> {
    const found = await readDoc<ThrottleDocument>(this.deliveries, THROTTLE_ID, deliveryControlPartition(tenantId));
    return found && found.doc.tenantId === tenantId ? new Date(found.doc.until) : null;
  }

  async extendThrottle(tenantId: string, until: Date): Promise<void> {
    const doc: ThrottleDocument = { id: THROTTLE_ID, pk: deliveryControlPartition(tenantId), type: 'throttle-marker', tenantId, until: until.toISOString() };
    // Several workers may extend at once: only ever move the marker later, with the ETag deciding races.
    for (let round = 0; round < 5; round++) {
      const existing = await readDoc<ThrottleDocument>(this.deliveries, doc.id, doc.pk);
      if (existing && Date.parse(existing.doc.until) >= until.getTime()) return;
      const written = existing ? await replaceDoc(this.deliveries, doc, existing.etag) : await createDoc(this.deliveries, doc);
      if (written.ok) return;
    }
  }
}
