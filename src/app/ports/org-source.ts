/** One person as the organisation's source of truth (Entra ID via Graph, or the local seed) reports them. */
export interface OrgPersonRecord {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly managerId: string | null;
  /** IANA time zone when the source knows it. */
  readonly timezone: string | null;
  /** BCP 47 locale when the source knows it. */
  readonly locale: string | null;
}

/** Where people and reporting lines come from. Implementations: seeded local org, Microsoft Graph. */
export interface OrgSource {
  /** Every enabled person in the tenant, with their manager. Pages internally. */
  listPeople(tenantId: string): AsyncIterable<OrgPersonRecord>;
  /** The direct reports of one person. */
  listDirectReports(tenantId: string, personId: string): Promise<OrgPersonRecord[]>;
}
