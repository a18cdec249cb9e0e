import type { Person } from '../../domain/people/person.js';
import type { Team } from '../../domain/people/team.js';
import type { Result } from '../../domain/shared/result.js';
import type { Page, PageRequest, StoreReadError } from './goals-repository.js';

export interface PeopleFilter {
  readonly teamId?: string;
  readonly managerId?: string;
}

/** People and teams of a tenant, as synced from the org source. */
export interface DirectoryRepository {
  getPerson(tenantId: string, personId: string): Promise<Person | null>;
  /** Many people in one round trip; unknown ids are simply absent from the result. */
  getPeople(tenantId: string, personIds: readonly string[]): Promise<Person[]>;
  queryPeople(tenantId: string, filter: PeopleFilter, page: PageRequest): Promise<Result<Page<Person>, StoreReadError>>;
  getTeam(tenantId: string, teamId: string): Promise<Team | null>;
  listTeams(tenantId: string): Promise<Team[]>;
  upsertPeople(people: readonly Person[]): Promise<void>;
  upsertTeams(teams: readonly Team[]): Promise<void>;
}
