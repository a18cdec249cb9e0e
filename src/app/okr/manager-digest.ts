import type { Person } from '../../domain/people/person.js';
import type { RequestContext } from '../request-context.js';
import type { KeyResultView } from './objective-view.js';
import type { OkrDeps } from './okr-deps.js';
import { listActiveCycles, listOwnedKeyResults, type OwnedKeyResult } from './owned-key-results.js';

export const STALE_AFTER_DAYS = 14;

export interface ReportParticipation {
  readonly person: Person;
  /** Key results the report owns in the active cycles. */
  readonly keyResults: number;
  /** Of those, how many have a check-in since the start of the week. */
  readonly checkedInThisWeek: number;
}

export interface DigestKeyResult {
  readonly owner: Person;
  readonly objectiveId: string;
  readonly objectiveTitle: string;
  readonly keyResult: KeyResultView;
}

export interface ManagerDigest {
  readonly manager: Person;
  readonly weekStart: string;
  readonly reports: ReportParticipation[];
  /** Confidence in the at-risk or off-track band, lowest first. */
  readonly atRisk: DigestKeyResult[];
  /** No check-in for STALE_AFTER_DAYS days or more (or never), oldest first. */
  readonly stale: DigestKeyResult[];
}

async function listDirectReports(deps: OkrDeps, ctx: RequestContext): Promise<Person[]> {
  const people: Person[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await deps.directory.queryPeople(ctx.actor.tenantId, { managerId: ctx.actor.id }, { limit: 200, ...(continuationToken ? { continuationToken } : {}) });
    if (!page.ok) break;
    people.push(...page.value.items);
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  return people;
}

/**
 * A manager's weekly view of their direct reports' OKRs: who checked in this week, what is at risk,
 * what has gone quiet. Null when the manager has no direct reports. One directory query, then one
 * objectives query per report and active cycle, in parallel.
 */
export async function getManagerDigest(deps: OkrDeps, ctx: RequestContext, weekStart: Date): Promise<ManagerDigest | null> {
  const [reports, cycles] = await Promise.all([listDirectReports(deps, ctx), listActiveCycles(deps, ctx)]);
  if (reports.length === 0) return null;
  const now = deps.clock.now().getTime();
  const staleBefore = now - STALE_AFTER_DAYS * 24 * 3600_000;
  const since = weekStart.toISOString();
  const perReport = await Promise.all(reports.map(async (person) => ({ person, owned: await listOwnedKeyResults(deps, ctx, person.id, cycles) })));
  const row = (owner: Person, o: OwnedKeyResult): DigestKeyResult => ({ owner, objectiveId: o.objective.id, objectiveTitle: o.objective.title, keyResult: o.keyResult });
  const all = perReport.flatMap(({ person, owned }) => owned.map((o) => row(person, o)));
  return {
    manager: ctx.actor,
    weekStart: since,
    reports: perReport
      .map(({ person, owned }) => ({
        person,
        keyResults: owned.length,
        checkedInThisWeek: owned.filter((o) => o.keyResult.lastCheckIn !== null && o.keyResult.lastCheckIn.at >= since).length,
      }))
      .sort((a, b) => a.person.displayName.localeCompare(b.person.displayName)),
    atRisk: all
      .filter((r) => r.keyResult.confidenceBand === 'at-risk' || r.keyResult.confidenceBand === 'off-track')
      .sort((a, b) => (a.keyResult.confidence ?? 0) - (b.keyResult.confidence ?? 0) || a.keyResult.title.localeCompare(b.keyResult.title)),
    stale: all
      .filter((r) => r.keyResult.lastCheckIn === null || Date.parse(r.keyResult.lastCheckIn.at) <= staleBefore)
      .sort((a, b) => (a.keyResult.lastCheckIn?.at ?? '').localeCompare(b.keyResult.lastCheckIn?.at ?? '') || a.keyResult.title.localeCompare(b.keyResult.title)),
  };
}
