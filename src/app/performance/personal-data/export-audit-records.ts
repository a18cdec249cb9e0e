import type { AuditRecord } from '../../../domain/performance/audit-record.js';
import type { PolicySubject } from '../../../domain/performance/relationships.js';
import { REDACTED_REVIEWER } from '../get-audit-trail.js';
import type { PerformanceDeps } from '../performance-deps.js';

/** How far back a data-subject export reads the audit trail (one single-partition query per month). */
export const AUDIT_EXPORT_MONTHS = 60;

/**
 * The audit records that concern the person, as HR's audit-trail view shows them: only the entries
 * about the person, and no actor on a record that touched their peer feedback unless it is the
 * person or their manager chain (that would name a reviewer who may be anonymous).
 */
export async function exportAuditRecords(deps: PerformanceDeps, subject: PolicySubject): Promise<AuditRecord[]> {
  const records = await deps.audit.listForSubject(subject.tenantId, subject.id, deps.clock.now(), AUDIT_EXPORT_MONTHS);
  const mayBeNamed = new Set([subject.id, ...subject.managerChain]);
  return records.map((record) => {
    const entries = record.entries.filter((e) => e.subjectId === subject.id);
    const touchesPeerFeedback = entries.some((e) => e.kind === 'peer-response');
    return { ...record, actorId: touchesPeerFeedback && !mayBeNamed.has(record.actorId) ? REDACTED_REVIEWER : record.actorId, subjectIds: [subject.id], entries };
  });
}
