import type { PerformanceDeps } from '../performance-deps.js';
import type { PersonRefView } from './review-views.js';

export type PeopleRefs = (id: string) => PersonRefView;

/** Names for the given people in one directory round trip; someone no longer in the directory shows as such. */
export async function loadPeopleRefs(deps: Pick<PerformanceDeps, 'directory'>, tenantId: string, ids: Iterable<string | null | undefined>): Promise<PeopleRefs> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id.length > 0))];
  const people = wanted.length > 0 ? await deps.directory.getPeople(tenantId, wanted) : [];
  const byId = new Map(people.map((p) => [p.id, { id: p.id, displayName: p.displayName, jobTitle: p.jobTitle }]));
  return (id) => byId.get(id) ?? { id, displayName: 'Former colleague', jobTitle: '' };
}
