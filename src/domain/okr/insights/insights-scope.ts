import { hasRole, type Person } from '../../people/person.js';

/**
 * Who may look at OKR analytics, and over whom. OKR admins see the whole tenant; a manager (someone
 * with direct reports) sees their manager-chain reports: everyone below them in the reporting lines.
 * Anyone else has no team-wide view. OKRs are public inside a tenant; this keeps analytics to the
 * people whose coaching is yours, not a ranking of colleagues.
 */
export type InsightsScopeKind = 'all' | 'reports';

export interface ReportingLine<P> {
  readonly id: P;
  readonly manager: P | null;
}

export type InsightsViewer = Pick<Person, 'id' | 'roles'>;

export const isOkrAdmin = (viewer: Pick<Person, 'roles'>): boolean => hasRole(viewer, 'okr-admin');

/** Direct reports by manager: the index that "everyone below X" walks. */
export function reportsByManager<P>(people: Iterable<ReportingLine<P>>): Map<P, P[]> {
  const byManager = new Map<P, P[]>();
  for (const person of people) {
    if (person.manager === null || person.manager === person.id) continue;
    const list = byManager.get(person.manager);
    if (list) list.push(person.id);
    else byManager.set(person.manager, [person.id]);
  }
  return byManager;
}

/** Everyone below a manager in the reporting lines, not the manager; loops are cut. */
export function chainReports<P>(byManager: ReadonlyMap<P, readonly P[]>, managerId: P): Set<P> {
  const found = new Set<P>();
  const stack = [...(byManager.get(managerId) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === managerId || found.has(next)) continue;
    found.add(next);
    stack.push(...(byManager.get(next) ?? []));
  }
  return found;
}

/**
 * The scope a viewer gets: what they asked for if they may have it, else null. Admins default to
 * the whole tenant; managers to their reports; admins may narrow to their own reports.
 */
export function chooseScope(viewer: InsightsViewer, hasReports: boolean, requested: InsightsScopeKind | undefined): InsightsScopeKind | null {
  const admin = isOkrAdmin(viewer);
  const wanted = requested ?? (admin ? 'all' : 'reports');
  if (wanted === 'all') return admin ? 'all' : null;
  return hasReports || admin ? 'reports' : null;
}
