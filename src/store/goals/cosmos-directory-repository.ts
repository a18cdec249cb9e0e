import type { Container, SqlParameter } from '@azure/cosmos';
import type { Person } from '../../domain/people/person.js';
import type { Team } from '../../domain/people/team.js';
import { ok, type Result } from '../../domain/shared/result.js';
import type { DirectoryRepository, PeopleFilter } from '../../app/ports/directory-repository.js';
import type { Page, PageRequest, StoreReadError } from '../../app/ports/goals-repository.js';
import { queryAll, queryPage, readDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { directoryPartition } from '../cosmos/partition-keys.js';

type PersonDocument = Person & { pk: string; type: 'person'; personId: string };
type TeamDocument = Team & { pk: string; type: 'team'; teamId: string };

// People and teams share a partition, so document ids carry their type to stay unique.
const personDocId = (id: string): string => `person.${id}`;
const teamDocId = (id: string): string => `team.${id}`;

const toPersonDocument = (p: Person): PersonDocument => ({ ...p, id: personDocId(p.id), personId: p.id, pk: directoryPartition(p.tenantId), type: 'person' });
const fromPersonDocument = (doc: PersonDocument): Person => ({ ...withoutFields<Person>(doc, ['pk', 'type', 'personId']), id: doc.personId });
const toTeamDocument = (t: Team): TeamDocument => ({ ...t, id: teamDocId(t.id), teamId: t.id, pk: directoryPartition(t.tenantId), type: 'team' });
const fromTeamDocument = (doc: TeamDocument): Team => ({ ...withoutFields<Team>(doc, ['pk', 'type', 'teamId']), id: doc.teamId });

/** People and teams on the shared `directory` container, one partition per tenant. */
export class CosmosDirectoryRepository implements DirectoryRepository {
  constructor(private readonly directory: Container) {}

  async getPerson(tenantId: string, personId: string): Promise<Person | null> {
    const found = await readDoc<PersonDocument>(this.directory, personDocId(personId), directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'person' ? fromPersonDocument(found.doc) : null;
  }

  async getPeople(tenantId: string, personIds: readonly string[]): Promise<Person[]> {
    if (personIds.length === 0) return [];
    const docs = await queryAll<PersonDocument>(
      this.directory,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'person' AND ARRAY_CONTAINS(@ids, c.personId)",
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@ids', value: [...new Set(personIds)] },
        ],
      },
      directoryPartition(tenantId),
    );
    return docs.map(fromPersonDocument);
  }

  async queryPeople(tenantId: string, filter: PeopleFilter, page: PageRequest): Promise<Result<Page<Person>, StoreReadError>> {
    const clauses = ['c.pk = @pk', 'c.tenantId = @tenantId', "c.type = 'person'"];
    const parameters: SqlParameter[] = [{ name: '@tenantId', value: tenantId }];
    if (filter.teamId !== undefined) {
      clauses.push('ARRAY_CONTAINS(c.teamIds, @teamId)');
      parameters.push({ name: '@teamId', value: filter.teamId });
    }
    if (filter.managerId !== undefined) {
      clauses.push('c.managerId = @managerId');
      parameters.push({ name: '@managerId', value: filter.managerId });
    }
    const found = await queryPage<PersonDocument>(
      this.directory,
      { query: `SELECT * FROM c WHERE ${clauses.join(' AND ')} ORDER BY c.displayName ASC`, parameters },
      directoryPartition(tenantId),
      page,
    );
    return found.ok ? ok({ ...found.value, items: found.value.items.map(fromPersonDocument) }) : found;
  }

  async getTeam(tenantId: string, teamId: string): Promise<Team | null> {
    const found = await readDoc<TeamDocument>(this.directory, teamDocId(teamId), directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId && found.doc.type === 'team' ? fromTeamDocument(found.doc) : null;
  }

  async listTeams(tenantId: string): Promise<Team[]> {
    const docs = await queryAll<TeamDocument>(
      this.directory,
      { query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'team'", parameters: [{ name: '@tenantId', value: tenantId }] },
      directoryPartition(tenantId),
    );
    return docs.map(fromTeamDocument);
  }

  async upsertPeople(people: readonly Person[]): Promise<void> {
    for (const person of people) await upsertDoc(this.directory, toPersonDocument(person));
  }

  async upsertTeams(teams: readonly Team[]): Promise<void> {
    for (const team of teams) await upsertDoc(this.directory, toTeamDocument(team));
  }
}
