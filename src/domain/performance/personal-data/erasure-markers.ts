import { isErased, type Person } from '../../people/person.js';

/** What an erased person's directory record shows, and what views show for any unknown id. */
export const TOMBSTONE_NAME = 'Former colleague';

/**
 * Stands in for the erased person where a document would otherwise keep pointing at them from
 * someone else's record (a peer response's author, a nominee, a feedback author, a requester):
 * "_" never starts a person id, so it matches no actor and no directory record.
 */
export const ERASED_PERSON_ID = '_erased';

/** Replaces a text the erased person wrote where the document stays for someone else. */
export const REMOVED_TEXT = '(removed)';

/**
 * The directory record after erasure: the same id (objectives, check-ins and audit records keep
 * pointing at it, so aggregates and alignment stay intact), nothing that says who it was.
 */
export const tombstoneOf = (person: Pick<Person, 'tenantId' | 'id'>, erasedAt: string): Person => ({
  tenantId: person.tenantId,
  id: person.id,
  displayName: TOMBSTONE_NAME,
  email: '',
  jobTitle: '',
  department: null,
  managerId: null,
  managerChain: [],
  teamIds: [],
  timezone: 'UTC',
  locale: 'en-US',
  roles: [],
  erasedAt,
});

export const isTombstone = (person: Pick<Person, 'erasedAt'>): boolean => isErased(person);

/** How the person was named, to be cut out of texts that stay for others; nothing once erased. */
export const mentionsOf = (person: Pick<Person, 'displayName' | 'email' | 'erasedAt'>): string[] => (isTombstone(person) ? [] : [person.displayName, person.email].filter((m) => m.trim().length > 0));

/** The erasure goes ahead only when HR typed the person's display name or id (spaces and case aside). */
export function confirmsErasure(person: Pick<Person, 'id' | 'displayName'>, confirm: string): boolean {
  const typed = confirm.trim().toLocaleLowerCase();
  return typed.length > 0 && (typed === person.id.toLocaleLowerCase() || typed === person.displayName.trim().toLocaleLowerCase());
}
