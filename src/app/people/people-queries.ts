import type { Person } from '../../domain/people/person.js';
import type { Team } from '../../domain/people/team.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { DirectoryRepository, PeopleFilter } from '../ports/directory-repository.js';
import type { Page, PageRequest } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';

export type PeopleErrorCode = 'PEOPLE.NOT_FOUND' | 'STORE.BAD_CONTINUATION';

export interface PeopleDeps {
  readonly directory: DirectoryRepository;
}

export const getMe = (ctx: RequestContext): Person => ctx.actor;

export async function getPerson(deps: PeopleDeps, ctx: RequestContext, personId: string): Promise<Result<Person, PeopleErrorCode>> {
  const person = await deps.directory.getPerson(ctx.actor.tenantId, personId);
  return person ? ok(person) : fail('PEOPLE.NOT_FOUND', 'No such person');
}

export async function listPeople(deps: PeopleDeps, ctx: RequestContext, filter: PeopleFilter, page: PageRequest): Promise<Result<Page<Person>, PeopleErrorCode>> {
  const found = await deps.directory.queryPeople(ctx.actor.tenantId, filter, page);
  return found.ok ? found : fail(found.code, found.message);
}

/** My direct reports: the people whose manager I am. */
export const listMyReports = (deps: PeopleDeps, ctx: RequestContext, page: PageRequest) => listPeople(deps, ctx, { managerId: ctx.actor.id }, page);

export async function listTeams(deps: PeopleDeps, ctx: RequestContext): Promise<Team[]> {
  const teams = await deps.directory.listTeams(ctx.actor.tenantId);
  return teams.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getTeam(deps: PeopleDeps, ctx: RequestContext, teamId: string): Promise<Result<Team, PeopleErrorCode>> {
  const team = await deps.directory.getTeam(ctx.actor.tenantId, teamId);
  return team ? ok(team) : fail('PEOPLE.NOT_FOUND', 'No such team');
}
