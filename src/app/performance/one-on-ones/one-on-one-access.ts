import type { AccessAction } from '../../../domain/performance/document-kinds.js';
import { belongsToPair, oneOnOnePair, pairIdFor, pairPolicyFacts, type OneOnOnePair } from '../../../domain/performance/one-on-ones/one-on-one-pair.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { Versioned } from '../../ports/goals-repository.js';
import { notFound, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import type { OneOnOneRecordKind, OneOnOneRecords } from '../ports/one-on-one-repository.js';

/**
 * Opens the 1:1 of a report and their current manager for the actor: the pair comes from the
 * directory (who manages the report now), never from the request, and the policy decides
 * (subject or pair manager). Anyone else learns nothing: 404.
 */
export async function openPair(guard: AccessGuard, reportId: string, action: AccessAction): Promise<Result<OneOnOnePair, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  const subject = await guard.subject(reportId);
  if (!subject || subject.managerId === null) {
    guard.recordMiss(action, 'one-on-one', subject?.managerId ? pairIdFor(subject.managerId) : `oo-none.${reportId}`, reportId);
    return notFound('That 1:1');
  }
  const pair = oneOnOnePair(guard.actor.tenantId, reportId, subject.managerId);
  const allowed = await guard.require(action, 'one-on-one', pairPolicyFacts(pair));
  return allowed.ok ? ok(pair) : allowed;
}

/**
 * Asks the policy about one stored document of the pair, with the facts stored on it. A document of
 * the report's earlier pair (another manager) is not part of this 1:1: 404.
 */
export async function requirePairDocument(
  guard: AccessGuard,
  action: AccessAction,
  pair: OneOnOnePair,
  record: { id: string; tenantId: string; reportId: string; managerId: string; pairId: string },
): Promise<Result<void, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  if (!belongsToPair(record, pair)) {
    guard.recordMiss(action, 'one-on-one', record.id, pair.reportId);
    return notFound();
  }
  return guard.require(action, 'one-on-one', pairPolicyFacts(record));
}

/** Keeps the documents the policy lets the actor read (each decision is recorded). */
export async function readableOf<T extends { id: string; tenantId: string; reportId: string; managerId: string; pairId: string }>(guard: AccessGuard, pair: OneOnOnePair, records: readonly T[]): Promise<T[]> {
  const allowed = await Promise.all(records.map((r) => (belongsToPair(r, pair) ? guard.allows('read', 'one-on-one', pairPolicyFacts(r)) : Promise.resolve(false))));
  return records.filter((_, i) => allowed[i]);
}

const NAMES: Record<OneOnOneRecordKind, string> = { meeting: 'That meeting', 'talking-point': 'That talking point', 'action-item': 'That action item', 'private-note': 'That note' };

/** Opens the pair, then one of its documents by id, each through the policy. */
export async function openPairDocument<K extends Exclude<OneOnOneRecordKind, 'private-note'>>(
  deps: Pick<PerformanceDeps, 'oneOnOnes'>,
  guard: AccessGuard,
  reportId: string,
  kind: K,
  id: string,
  action: AccessAction = 'write',
): Promise<Result<{ pair: OneOnOnePair; stored: Versioned<OneOnOneRecords[K]> }, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  const opened = await openPair(guard, reportId, action);
  if (!opened.ok) return opened;
  const pair = opened.value;
  const stored = await deps.oneOnOnes.get(kind, pair.tenantId, pair.reportId, id);
  if (!stored) {
    guard.recordMiss(action, 'one-on-one', id, reportId);
    return notFound(NAMES[kind]);
  }
  const allowed = await requirePairDocument(guard, action, pair, stored.value);
  return allowed.ok ? ok({ pair, stored }) : allowed;
}
