import type { AuditRecord } from '../../../domain/performance/audit-record.js';

/** The audit trail of restricted data. Append and read only: there is no update and no delete. */
export interface AuditLog {
  append(record: AuditRecord): Promise<void>;
  /** Records that mention the subject, newest first, from the given month back to `monthsBack` months earlier. */
  listForSubject(tenantId: string, subjectId: string, until: Date, monthsBack: number): Promise<AuditRecord[]>;
}
