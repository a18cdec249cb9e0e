import { acceptsCheckIns, type Cycle } from '../../domain/okr/cycle.js';
import { OKR_ERROR, type OkrErrorCode } from '../../domain/okr/okr-error-codes.js';
import { findKeyResult } from '../../domain/okr/objective.js';
import { parseKeyResultId } from '../../domain/okr/okr-ids.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import { listCycles } from './list-cycles.js';
import { notFound } from './objective-mutation.js';
import { toObjectiveView, type KeyResultView, type ObjectiveView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';

/** A key result someone owns, with the objective and cycle it belongs to: one row of a check-in. */
export interface OwnedKeyResult {
  readonly cycle: Cycle;
  readonly objective: ObjectiveView;
  readonly keyResult: KeyResultView;
}

/** Cycles that take check-ins now (normally one), newest first. */
export async function listActiveCycles(deps: OkrDeps, ctx: RequestContext): Promise<Cycle[]> {
  return (await listCycles(deps, ctx)).filter(acceptsCheckIns);
}

/**
 * The key results a person owns on active objectives of active cycles: what a weekly check-in asks
 * about. OKRs are public inside a tenant, so a manager may ask this about a report. One
 * single-partition query per active cycle (objectives where the person participates), in parallel.
 */
export async function listOwnedKeyResults(deps: OkrDeps, ctx: RequestContext, personId: string = ctx.actor.id, cycles?: readonly Cycle[]): Promise<OwnedKeyResult[]> {
  const active = cycles ?? (await listActiveCycles(deps, ctx));
  const now = deps.clock.now();
  const perCycle = await Promise.all(
    active.map(async (cycle) => {
      const objectives = await deps.goals.listAllObjectives(ctx.actor.tenantId, cycle.id, { participantId: personId, states: ['active'] });
      return objectives
        .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
        .flatMap((objective) => {
          const view = toObjectiveView(objective, cycle, now);
          return view.keyResults.filter((kr) => kr.ownerId === personId).map((keyResult) => ({ cycle, objective: view, keyResult }));
        });
    }),
  );
  return perCycle.flat();
}

/**
 * Re-checks one key result id that came back from a client (a card): it must exist in the actor's
 * tenant, be owned by the actor, and sit on an active objective in an active cycle. Two point reads.
 * Unknown, malformed, deleted and other people's ids all answer OKR.NOT_FOUND or OKR.FORBIDDEN.
 */
export async function getOwnedKeyResult(deps: OkrDeps, ctx: RequestContext, keyResultId: string): Promise<Result<OwnedKeyResult, OkrErrorCode>> {
  const parsed = parseKeyResultId(keyResultId);
  if (!parsed) return notFound('key result');
  const { actor } = ctx;
  const [stored, cycle] = await Promise.all([deps.goals.getObjective(actor.tenantId, parsed.objectiveId), deps.goals.getCycle(actor.tenantId, parsed.cycleId)]);
  const keyResult = stored && findKeyResult(stored.value, keyResultId);
  if (!stored || !cycle || !keyResult || stored.value.tenantId !== actor.tenantId) return notFound('key result');
  if (keyResult.ownerId !== actor.id) return fail(OKR_ERROR.forbidden, 'This key result belongs to someone else');
  if (!acceptsCheckIns(cycle.value)) return fail(OKR_ERROR.cycleNotOpen, `The cycle ${cycle.value.name} is ${cycle.value.state}: check-ins happen while it is active`);
  if (stored.value.state !== 'active') return fail(OKR_ERROR.objectiveNotActive, 'Check-ins are recorded on active objectives only');
  const view = toObjectiveView(stored.value, cycle.value, deps.clock.now());
  return ok({ cycle: cycle.value, objective: view, keyResult: view.keyResults.find((kr) => kr.id === keyResultId)! });
}

/** The objectives a person takes part in (owner, contributor, key result owner) in the active cycles. */
export async function listMyActiveObjectives(deps: OkrDeps, ctx: RequestContext): Promise<{ cycle: Cycle; objectives: ObjectiveView[] }[]> {
  const cycles = await listActiveCycles(deps, ctx);
  const now = deps.clock.now();
  return Promise.all(
    cycles.map(async (cycle) => {
      const objectives = await deps.goals.listAllObjectives(ctx.actor.tenantId, cycle.id, { participantId: ctx.actor.id, states: ['active', 'proposed', 'draft'] });
      const order = { active: 0, proposed: 1, draft: 2, closed: 3 } as const;
      return {
        cycle,
        objectives: objectives
          .map((o) => toObjectiveView(o, cycle, now))
          .sort((a, b) => order[a.state] - order[b.state] || a.title.localeCompare(b.title)),
      };
    }),
  );
}

/** A team's objectives in the active cycles: what a channel summary shows. */
export async function listTeamActiveObjectives(deps: OkrDeps, ctx: RequestContext, teamId: string): Promise<{ cycle: Cycle; objectives: ObjectiveView[] }[]> {
  const cycles = await listActiveCycles(deps, ctx);
  const now = deps.clock.now();
  return Promise.all(
    cycles.map(async (cycle) => {
      const objectives = await deps.goals.listAllObjectives(ctx.actor.tenantId, cycle.id, { teamId, states: ['active'] });
      return { cycle, objectives: objectives.map((o) => toObjectiveView(o, cycle, now)).sort((a, b) => a.title.localeCompare(b.title)) };
    }),
  );
}
