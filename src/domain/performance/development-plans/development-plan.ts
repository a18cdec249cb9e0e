import { fail, ok, type Result } from '../../shared/result.js';
import type { PerformanceErrorCode } from '../performance-error-codes.js';
import type { GrowthGoal } from './growth-goal.js';
import type { PlanAction } from './plan-action.js';
import type { Skill } from './skill.js';

/**
 * A person's development plan: realistic, role-based growth (meeting a goal fully is the norm; these
 * are not OKRs and carry no stretch grade). One document per person; its progress notes are
 * append-only documents of their own, so the plan stays small and notes never conflict.
 */
export interface DevelopmentPlan {
  readonly tenantId: string;
  readonly subjectId: string;
  readonly id: string;
  readonly goals: readonly GrowthGoal[];
  readonly skills: readonly Skill[];
  readonly actions: readonly PlanAction[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  /** Moves with every change; items carry their own revision for If-Match. */
  readonly revision: number;
}

export const DEVELOPMENT_PLAN_ID = 'development-plan';

/** Bounds that keep one plan document far below Cosmos' 2 MB item limit, and a plan readable. */
export const PLAN_LIMITS = { goals: 20, skills: 30, actions: 50 } as const;

export type PlanList = 'goals' | 'skills' | 'actions';
type ItemOf<L extends PlanList> = DevelopmentPlan[L][number];

const NAMES: Record<PlanList, string> = { goals: 'growth goal', skills: 'skill', actions: 'action' };

/** The plan before anyone wrote it: revision 0, not stored yet. */
export function emptyPlan(tenantId: string, subjectId: string, now: string): DevelopmentPlan {
  return { tenantId, subjectId, id: DEVELOPMENT_PLAN_ID, goals: [], skills: [], actions: [], createdAt: now, updatedAt: now, updatedBy: null, revision: 0 };
}

function withList<L extends PlanList>(plan: DevelopmentPlan, list: L, items: readonly ItemOf<L>[], by: string, now: string): DevelopmentPlan {
  return { ...plan, [list]: items, updatedAt: now, updatedBy: by, revision: plan.revision + 1 };
}

/** Finds an item and checks the revision the client saw (If-Match), when it sent one. */
export function findInPlan<L extends PlanList>(plan: DevelopmentPlan, list: L, itemId: string, expectedRevision?: number): Result<ItemOf<L>, PerformanceErrorCode> {
  const item = (plan[list] as readonly ItemOf<L>[]).find((i) => i.id === itemId);
  if (!item) return fail('PERF.NOT_FOUND', `That ${NAMES[list]} is not on the plan`);
  if (expectedRevision !== undefined && expectedRevision !== item.revision) {
    return fail('PERF.REVISION_MISMATCH', `The ${NAMES[list]} changed since you loaded it; reload and try again`, { revision: item.revision });
  }
  return ok(item);
}

export function addToPlan<L extends PlanList>(plan: DevelopmentPlan, list: L, item: ItemOf<L>, by: string, now: string): Result<DevelopmentPlan, PerformanceErrorCode> {
  if (plan[list].length >= PLAN_LIMITS[list]) return fail('PERF.VALIDATION', `A plan holds at most ${PLAN_LIMITS[list]} ${list}`, { fields: { [list]: `At most ${PLAN_LIMITS[list]}` } });
  return ok(withList(plan, list, [...(plan[list] as readonly ItemOf<L>[]), item], by, now));
}

/** Applies `revise` to one item (after the If-Match check) and puts the result in its place. */
export function changeInPlan<L extends PlanList>(
  plan: DevelopmentPlan,
  list: L,
  itemId: string,
  revise: (item: ItemOf<L>) => Result<ItemOf<L>, PerformanceErrorCode>,
  meta: { by: string; now: string },
  expectedRevision?: number,
): Result<{ plan: DevelopmentPlan; item: ItemOf<L> }, PerformanceErrorCode> {
  const found = findInPlan(plan, list, itemId, expectedRevision);
  if (!found.ok) return found;
  const revised = revise(found.value);
  if (!revised.ok) return revised;
  const items = (plan[list] as readonly ItemOf<L>[]).map((i) => (i.id === itemId ? revised.value : i));
  return ok({ plan: withList(plan, list, items, meta.by, meta.now), item: revised.value });
}

export function removeFromPlan(plan: DevelopmentPlan, list: PlanList, itemId: string, meta: { by: string; now: string }, expectedRevision?: number): Result<DevelopmentPlan, PerformanceErrorCode> {
  const found = findInPlan(plan, list, itemId, expectedRevision);
  if (!found.ok) return found;
  return ok(withList(plan, list, (plan[list] as readonly { id: string }[]).filter((i) => i.id !== itemId) as never, meta.by, meta.now));
}
