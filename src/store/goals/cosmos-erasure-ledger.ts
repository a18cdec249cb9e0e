import type { Container } from '@azure/cosmos';
import type { ErasureLedger, ErasureRecord } from '../../app/ports/erasure-ledger.js';
import { readDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { directoryPartition } from '../cosmos/partition-keys.js';

type ErasureDocument = ErasureRecord & { id: string; pk: string; type: 'personal-data-erasure' };

const erasureId = (personId: string): string => `erasure.${personId}`;

/** Erasure records on the shared `directory` container, beside the tombstones they belong to. */
export class CosmosErasureLedger implements ErasureLedger {
  constructor(private readonly directory: Container) {}

  async get(tenantId: string, personId: string): Promise<ErasureRecord | null> {
    const found = await readDoc<ErasureDocument>(this.directory, erasureId(personId), directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'personal-data-erasure' ? withoutFields<ErasureRecord>(found.doc, ['id', 'pk', 'type']) : null;
  }

  async save(record: ErasureRecord): Promise<void> {
    await upsertDoc<ErasureDocument>(this.directory, { ...record, id: erasureId(record.personId), pk: directoryPartition(record.tenantId), type: 'personal-data-erasure' });
  }
}
