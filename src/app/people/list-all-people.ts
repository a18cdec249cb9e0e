import type { Person } from '../../domain/people/person.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';

/** Every person of a tenant, following continuation tokens. For syncs and admin views, not hot paths. */
export async function listAllPeople(directory: DirectoryRepository, tenantId: string): Promise<Person[]> {
  const people: Person[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await directory.queryPeople(tenantId, {}, { limit: 500, ...(continuationToken ? { continuationToken } : {}) });
    if (!page.ok) break;
    people.push(...page.value.items);
    continuationToken = page.value.continuationToken;
  } while (continuationToken);
  return people;
}
