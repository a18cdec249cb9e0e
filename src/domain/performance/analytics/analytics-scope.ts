import { hasRole, type Person } from '../../people/person.js';

/**
 * Whose performance data an analytics viewer may see in aggregate: HR the whole tenant, a manager
 * the people below them in the current manager chain (never themselves, never a peer's team).
 */
export type AnalyticsScope = { readonly kind: 'tenant' } | { readonly kind: 'reports'; readonly managerId: string };

/** The viewer's scope, or null for someone who is neither HR nor anyone's manager. */
export function analyticsScopeOf(viewer: Pick<Person, 'id' | 'roles'>, people: readonly Pick<Person, 'managerChain'>[]): AnalyticsScope | null {
  if (hasRole(viewer, 'hr-admin')) return { kind: 'tenant' };
  return people.some((p) => p.managerChain.includes(viewer.id)) ? { kind: 'reports', managerId: viewer.id } : null;
}

export const isInScope = (scope: AnalyticsScope, person: Pick<Person, 'managerChain'>): boolean =>
  scope.kind === 'tenant' || person.managerChain.includes(scope.managerId);
