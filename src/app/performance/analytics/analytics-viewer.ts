import { analyticsScopeOf, isInScope, type AnalyticsScope } from '../../../domain/performance/analytics/analytics-scope.js';
import type { DocumentKind } from '../../../domain/performance/document-kinds.js';
import { isTombstone } from '../../../domain/performance/personal-data/erasure-markers.js';
import type { Person } from '../../../domain/people/person.js';
import { listAllPeople } from '../../people/list-all-people.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';

/** Who is looking at analytics, over whom, and the tenant's directory they were resolved from. */
export interface AnalyticsViewer {
  readonly scope: AnalyticsScope;
  /** Everyone in the scope now (erased people's tombstones aside). */
  readonly people: readonly Person[];
  /** Everyone in the tenant, by id (subjects of older packets may have left: they are absent). */
  readonly directory: ReadonlyMap<string, Person>;
  readonly teamNames: ReadonlyMap<string, string>;
}

/**
 * The viewer's scope from the directory: HR the tenant, a manager the people below them. Null for
 * anyone else; the refusal is recorded (under `kind`, the kind of data asked about) so probing leaves a trace.
 */
export async function loadAnalyticsViewer(deps: PerformanceDeps, guard: AccessGuard, kind: DocumentKind, what: string): Promise<AnalyticsViewer | null> {
  const tenantId = guard.actor.tenantId;
  const [everyone, teams] = await Promise.all([listAllPeople(deps.directory, tenantId), deps.directory.listTeams(tenantId)]);
  const scope = analyticsScopeOf(guard.actor, everyone);
  if (!scope) {
    guard.recordMiss('read', kind, `analytics.${what}`, guard.actor.id);
    return null;
  }
  return {
    scope,
    // An erased person's tombstone is nobody: counting it would let a group of one real person reach the threshold.
    people: everyone.filter((p) => isInScope(scope, p) && !isTombstone(p)),
    directory: new Map(everyone.map((p) => [p.id, p])),
    teamNames: new Map(teams.map((t) => [t.id, t.name])),
  };
}

export const teamNameOf = (viewer: AnalyticsViewer, teamId: string | null): string => (teamId === null ? 'No team' : (viewer.teamNames.get(teamId) ?? 'Former team'));
