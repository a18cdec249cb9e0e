import type { Request } from 'express';
import type { DirectoryRepository } from '../../app/ports/directory-repository.js';
import { isErased, type Person } from '../../domain/people/person.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { IdentityResolver } from './identity-resolver.js';

export const DEV_USER_HEADER = 'x-tandem-user';

/**
 * Local mode only: the acting user is named by the X-Tandem-User header (the tab's user switcher),
 * or is the default demo user. The composition root refuses to build this outside local mode.
 */
export class DevIdentityResolver implements IdentityResolver {
  private readonly tenantOf = new Map<string, string>();

  constructor(
    private readonly directory: DirectoryRepository,
    private readonly tenantIds: readonly string[],
    private readonly defaultUserId: string,
  ) {}

  async resolve(request: Request): Promise<Result<Person, string>> {
    const header = request.header(DEV_USER_HEADER);
    const userId = header === undefined || header.trim() === '' ? this.defaultUserId : header.trim();
    if (userId.length > 128) return fail('AUTH.UNKNOWN_USER', 'No such local user');
    const known = this.tenantOf.get(userId);
    for (const tenantId of known ? [known] : this.tenantIds) {
      const person = await this.directory.getPerson(tenantId, userId);
      if (person && isErased(person)) return fail('AUTH.UNKNOWN_USER', `Local user ${userId} was erased`);
      if (person) {
        this.tenantOf.set(userId, tenantId);
        return ok(person);
      }
    }
    return fail('AUTH.UNKNOWN_USER', `No local user ${userId}; GET /api/v1/dev/users lists them`);
  }
}
