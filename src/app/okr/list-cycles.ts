import type { Cycle } from '../../domain/okr/cycle.js';
import type { RequestContext } from '../request-context.js';
import type { OkrDeps } from './okr-deps.js';

/** Newest first, so the current quarter leads. */
export async function listCycles(deps: OkrDeps, ctx: RequestContext): Promise<Cycle[]> {
  const cycles = await deps.goals.listCycles(ctx.actor.tenantId);
  return cycles.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}
