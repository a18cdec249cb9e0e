import type { DirectoryRepository } from '../../app/ports/directory-repository.js';
import { listAllPeople } from '../../app/people/list-all-people.js';
import { success, type Route } from '../http/api-types.js';

/** Local mode only (never mounted otherwise): the seeded users, for the tab's user switcher. */
export function devRoutes(directory: DirectoryRepository, tenants: readonly { tenantId: string; name: string }[], defaultUserId: string): Route[] {
  return [
    {
      method: 'get',
      path: '/dev/users',
      handler: async () => {
        const items = [];
        for (const tenant of tenants) {
          for (const p of await listAllPeople(directory, tenant.tenantId)) {
            items.push({ id: p.id, tenantId: p.tenantId, tenantName: tenant.name, displayName: p.displayName, jobTitle: p.jobTitle, roles: p.roles });
          }
        }
        return success({ defaultUserId, items });
      },
    },
  ];
}
