import type { Cycle } from '../../domain/okr/cycle.js';
import { isCycleId } from '../../domain/okr/okr-ids.js';
import type { OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { Versioned } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';
import { notFound } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';

export async function getCycle(deps: OkrDeps, ctx: RequestContext, cycleId: string): Promise<Result<Versioned<Cycle>, OkrErrorCode>> {
  if (!isCycleId(cycleId)) return notFound('cycle');
  const cycle = await deps.goals.getCycle(ctx.actor.tenantId, cycleId);
  return cycle ? ok(cycle) : notFound('cycle');
}
