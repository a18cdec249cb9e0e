import { byDate, nextUpcoming } from '../../../domain/performance/one-on-ones/meeting.js';
import type { Person } from '../../../domain/people/person.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import type { RequestContext } from '../../request-context.js';
import { guarded, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { openPair, readableOf } from './one-on-one-access.js';
import { personRef, type OneOnOneSummary } from './one-on-one-view.js';

/** Direct reports of the caller, across every page of the directory query. */
async function directReports(deps: PerformanceDeps, actor: Person): Promise<Person[]> {
  const reports: Person[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await deps.directory.queryPeople(actor.tenantId, { managerId: actor.id }, { limit: 200, ...(continuationToken ? { continuationToken } : {}) });
    if (!page.ok) break;
    reports.push(...page.value.items);
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  return reports;
}

async function summarise(deps: PerformanceDeps, guard: AccessGuard, reportId: string, other: Person, viewerRole: 'report' | 'manager'): Promise<OneOnOneSummary | null> {
  const opened = await openPair(guard, reportId, 'read');
  if (!opened.ok) return null;
  const meetings = (await readableOf(guard, opened.value, await deps.oneOnOnes.listMeetings(opened.value))).sort(byDate);
  const next = nextUpcoming(meetings);
  const last = meetings.filter((m) => m.status === 'done').pop() ?? null;
  return {
    reportId,
    managerId: opened.value.managerId,
    viewerRole,
    with: personRef(other),
    nextMeeting: next ? { id: next.id, date: next.date } : null,
    lastMeeting: last ? { id: last.id, date: last.date } : null,
  };
}

/** The caller's 1:1s: with their manager, then with each direct report, with the next and last meeting dates. */
export function listMyOneOnOnes(deps: PerformanceDeps, ctx: RequestContext): Promise<Result<{ items: OneOnOneSummary[] }, never>> {
  return guarded(deps, ctx, 'one-on-ones.list-mine', async (guard) => {
    const { actor } = ctx;
    const [manager, reports] = await Promise.all([actor.managerId ? deps.directory.getPerson(actor.tenantId, actor.managerId) : Promise.resolve(null), directReports(deps, actor)]);
    const rows = await Promise.all([
      ...(manager ? [summarise(deps, guard, actor.id, manager, 'report')] : []),
      ...reports.sort((a, b) => a.displayName.localeCompare(b.displayName)).map((report) => summarise(deps, guard, report.id, report, 'manager')),
    ]);
    return ok({ items: rows.filter((row): row is OneOnOneSummary => row !== null) });
  });
}
