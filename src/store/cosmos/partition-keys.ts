/**
 * Every partition key Tandem writes is built here (DESIGN §3): one synthetic `/pk` path keeps
 * hot queries inside one partition and behaves the same on the local server and in Azure.
 */
export const PARTITION_KEY_PATH = '/pk';

/** okrs: one partition per tenant and cycle. */
export const okrPartition = (tenantId: string, cycleId: string): string => `${tenantId}|${cycleId}`;

/** okrs: the tenant's cycle list lives in its own small partition ("_" never starts a cycle id). */
export const cycleListPartition = (tenantId: string): string => `${tenantId}|_cycles`;

/** directory: one partition per tenant. */
export const directoryPartition = (tenantId: string): string => tenantId;

/** reviews, feedback, conversations: one partition per tenant and subject person. */
export const subjectPartition = (tenantId: string, subjectId: string): string => `${tenantId}|${subjectId}`;

/** feedback: the tenant's praise, public in the tenant, in one partition so the praise wall is one query. */
export const praisePartition = (tenantId: string): string => `${tenantId}|_praise`;

/** reviews: a tenant's review cycles and their rosters, in one small partition ("_" never starts a person id). */
export const reviewCyclePartition = (tenantId: string): string => `${tenantId}|_reviewcycles`;

/** audit: one partition per tenant and month, so no partition grows without bound. */
export const auditPartition = (tenantId: string, at: Date): string => `${tenantId}|${at.toISOString().slice(0, 7)}`;

/** deliveries: one partition per tenant and month of the period a delivery belongs to ("2026-11"). */
export const deliveryPartition = (tenantId: string, month: string): string => `${tenantId}|${month}`;

/** deliveries: a tenant's small, hot control documents (the "throttled until" marker). */
export const deliveryControlPartition = (tenantId: string): string => `${tenantId}|_control`;
