export const ROLES = ['member', 'okr-admin', 'hr-admin'] as const;
export type Role = (typeof ROLES)[number];

/** A person in a tenant, keyed by their Entra object id. */
export interface Person {
  readonly tenantId: string;
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly department: string | null;
  readonly managerId: string | null;
  /** Managers above this person, nearest first; derived by buildOrgChart. */
  readonly managerChain: readonly string[];
  readonly teamIds: readonly string[];
  /** IANA time zone, e.g. "Europe/Berlin". */
  readonly timezone: string;
  /** BCP 47 locale, e.g. "de-DE". */
  readonly locale: string;
  readonly roles: readonly Role[];
  /** Set when the person's data was erased: the record is a tombstone that keeps only the id. */
  readonly erasedAt?: string;
}

/** An erased person can no longer sign in, and an org sync does not bring them back. */
export const isErased = (person: Pick<Person, 'erasedAt'>): boolean => person.erasedAt !== undefined;

export const hasRole = (person: Pick<Person, 'roles'>, role: Role): boolean => person.roles.includes(role);
