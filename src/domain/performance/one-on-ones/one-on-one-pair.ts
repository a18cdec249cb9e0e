/**
 * A 1:1 series belongs to one manager-report pair: the report and whoever manages them now. When
 * the report moves to another manager a new pair (and series) starts; the old one stays with its
 * documents, readable only by the report, so a new manager never inherits the old conversation.
 */
export interface OneOnOnePair {
  readonly tenantId: string;
  readonly reportId: string;
  readonly managerId: string;
  readonly pairId: string;
}

/** Pair ids are unique inside the report's partition, which every pair document lives in. */
export const pairIdFor = (managerId: string): string => `oo-${managerId}`;

export const oneOnOnePair = (tenantId: string, reportId: string, managerId: string): OneOnOnePair => ({ tenantId, reportId, managerId, pairId: pairIdFor(managerId) });

/** What every pair document stores for the access policy (DESIGN §5): the report is the subject. */
export interface PairPolicyFacts {
  readonly id: string;
  readonly tenantId: string;
  readonly subjectId: string;
  readonly pairManagerId: string;
  readonly authorId?: string;
}

/** The facts of a pair document (or of the pair itself, under its pair id). */
export function pairPolicyFacts(record: { readonly id?: string; readonly tenantId: string; readonly reportId: string; readonly managerId: string; readonly pairId: string }, authorId?: string): PairPolicyFacts {
  return {
    id: record.id ?? record.pairId,
    tenantId: record.tenantId,
    subjectId: record.reportId,
    pairManagerId: record.managerId,
    ...(authorId === undefined ? {} : { authorId }),
  };
}

/** True when a stored document belongs to this pair (and not to the report's earlier pair with another manager). */
export const belongsToPair = (record: { readonly tenantId: string; readonly reportId: string; readonly pairId: string }, pair: OneOnOnePair): boolean =>
  record.tenantId === pair.tenantId && record.reportId === pair.reportId && record.pairId === pair.pairId;

/** Either side of the pair. */
export const isInPair = (pair: OneOnOnePair, personId: string): boolean => personId === pair.reportId || personId === pair.managerId;
