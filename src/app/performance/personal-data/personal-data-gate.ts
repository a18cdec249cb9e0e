import type { Person } from '../../../domain/people/person.js';
import { ok, type Result } from '../../../domain/shared/result.js';
import { notFound, type AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';

/** Person ids are Entra object ids or demo ids of the same shape; anything else is simply unknown. */
const PERSON_ID = /^[A-Za-z0-9-]{1,80}$/;

/**
 * Opens one person's data for a data-subject request (export or erasure), asking the policy.
 * The policy has no kind of its own for these requests; HR's authority over a person's records is the
 * audit-trail rule: HR admins, in the person's tenant, never about themselves (another HR admin does
 * that). Anyone else, an unknown person and another tenant's person get 404, and it is recorded.
 */
export async function openPersonalData(deps: Pick<PerformanceDeps, 'directory'>, guard: AccessGuard, personId: string): Promise<Result<Person, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>> {
  const tenantId = guard.actor.tenantId;
  const person = PERSON_ID.test(personId) ? await deps.directory.getPerson(tenantId, personId) : null;
  const facts = { id: `personal-data.${personId}`, tenantId, subjectId: personId };
  if (!person) {
    guard.recordMiss('read', 'audit-trail', facts.id, personId);
    return notFound('That person');
  }
  const allowed = await guard.require('read', 'audit-trail', facts);
  return allowed.ok ? ok(person) : allowed;
}
