import type { Container } from '@azure/cosmos';
import type { AuditLog } from '../../app/performance/ports/audit-log.js';
import type { AuditRecord } from '../../domain/performance/audit-record.js';
import { createDoc, queryAll, withoutFields } from '../cosmos/cosmos-operations.js';
import { auditPartition } from '../cosmos/partition-keys.js';

type AuditDocument = AuditRecord & { pk: string; type: 'audit' };

/**
 * The audit trail on the restricted `audit` container, one partition per tenant and month.
 * Only creates and queries: this adapter has no replace, upsert or delete, and a test keeps it so.
 */
export class CosmosAuditLog implements AuditLog {
  constructor(private readonly audit: Container) {}

  async append(record: AuditRecord): Promise<void> {
    const created = await createDoc<AuditDocument>(this.audit, { ...record, pk: auditPartition(record.tenantId, new Date(record.at)), type: 'audit' });
    // Ids are unique per operation; a duplicate means a retried append of the very same record.
    if (!created.ok && created.code !== 'STORE.DUPLICATE') throw new Error(`audit append failed: ${created.message}`);
  }

  async listForSubject(tenantId: string, subjectId: string, until: Date, monthsBack: number): Promise<AuditRecord[]> {
    const months = Array.from({ length: monthsBack + 1 }, (_, i) => new Date(Date.UTC(until.getUTCFullYear(), until.getUTCMonth() - i, 1)));
    const pages = await Promise.all(
      months.map((month) =>
        queryAll<AuditDocument>(
          this.audit,
          {
            query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'audit' AND ARRAY_CONTAINS(c.subjectIds, @subjectId)",
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@subjectId', value: subjectId },
            ],
          },
          auditPartition(tenantId, month),
        ),
      ),
    );
    return pages
      .flat()
      .map((doc) => withoutFields<AuditRecord>(doc, ['pk', 'type']))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }
}
