import { type CoachContext, type CycleGrade } from '../../../domain/okr/coach/coach-checks.js';
import { cycleGrade, previousClosedCycles } from '../../../domain/okr/coach/grade-history.js';
import type { Cycle } from '../../../domain/okr/cycle.js';
import type { GoalsRepository } from '../../ports/goals-repository.js';

/**
 * What the checks need beyond the draft itself, from the shared goals store only: the titles of the
 * cycle's objectives (one projected single-partition query) and the owner's grades in the two
 * closed cycles before this one (the cycle list, then one query per cycle, in parallel).
 */
export async function loadCoachContext(goals: GoalsRepository, tenantId: string, cycle: Cycle, ownerId: string, objectiveId: string | null): Promise<CoachContext> {
  const [sources, gradeHistory] = await Promise.all([goals.listAlignmentSources(tenantId, cycle.id, {}), loadGradeHistory(goals, tenantId, cycle, ownerId)]);
  return { objectiveId, siblings: sources.map((s) => ({ id: s.id, title: s.title })), gradeHistory };
}

export async function loadGradeHistory(goals: GoalsRepository, tenantId: string, cycle: Cycle, ownerId: string): Promise<CycleGrade[]> {
  const previous = previousClosedCycles(await goals.listCycles(tenantId), cycle);
  return Promise.all(previous.map(async (c) => cycleGrade(c, await goals.listAllObjectives(tenantId, c.id, { ownerId, states: ['closed'] }))));
}
