import type { AccessAction, DocumentKind } from './document-kinds.js';

/** One access decision: who did what to which document, and whether the policy let them. */
export interface AuditEntry {
  readonly action: AccessAction;
  readonly kind: DocumentKind;
  readonly documentId: string;
  readonly subjectId: string;
  readonly allow: boolean;
  readonly reason: string;
}

/**
 * An append-only record of one operation on restricted data (a request, a card action, a job):
 * every decision it asked the policy for. Never updated, never deleted.
 */
export interface AuditRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly at: string;
  readonly actorId: string;
  /** The use case that ran, e.g. "reviews.get-packet". */
  readonly operation: string;
  readonly subjectIds: readonly string[];
  readonly entries: readonly AuditEntry[];
}
