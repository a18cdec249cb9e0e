import { invalid } from '../../../domain/performance/reviews/review-fields.js';
import type { Participants } from '../../../domain/performance/reviews/review-cycle.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { PerformanceDeps } from '../performance-deps.js';

/** Teams named by a cycle's participants must exist in the tenant. */
export async function checkParticipantTeams(deps: PerformanceDeps, tenantId: string, participants: Participants | undefined): Promise<Result<void, 'PERF.VALIDATION'>> {
  if (participants?.kind !== 'teams') return ok(undefined);
  const known = new Set((await deps.directory.listTeams(tenantId)).map((t) => t.id));
  const unknown = participants.teamIds.filter((id) => !known.has(id));
  return unknown.length > 0 ? invalid({ 'participants.teamIds': `Unknown team(s): ${unknown.join(', ')}` }) : ok(undefined);
}
