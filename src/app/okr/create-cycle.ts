import { createCycle as newCycle, type Cadence, type Cycle } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { canManageCycles } from '../../domain/okr/okr-permissions.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { forbidden } from './objective-mutation.js';
import type { OkrDeps } from './okr-deps.js';

export interface CreateCycleInput {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: Cadence;
}

export async function createCycle(deps: OkrDeps, ctx: RequestContext, input: CreateCycleInput): Promise<Result<Cycle, OkrErrorCode>> {
  if (!canManageCycles(ctx.actor)) return forbidden('Only OKR admins create cycles');
  const cycle = newCycle({ ...input, tenantId: ctx.actor.tenantId, id: `cy${deps.ids.unique()}`, now: deps.clock.now().toISOString() });
  if (!cycle.ok) return cycle;
  const created = await deps.goals.createCycle(cycle.value);
  return created.ok ? ok(created.value.value) : fail(OKR_ERROR.writeContention, 'The cycle could not be created; try again');
}
