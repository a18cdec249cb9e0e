import type { OwnerContext } from '../../domain/okr/okr-permissions.js';
import type { ObjectiveOwner } from '../../domain/okr/objective.js';
import type { Person } from '../../domain/people/person.js';
import type { DirectoryRepository } from '../ports/directory-repository.js';

/**
 * Loads who stands behind an objective's owner. The actor's own record is reused, so the common
 * case (people editing their own objectives) costs no directory read.
 */
export async function loadOwnerContext(directory: DirectoryRepository, actor: Person, owner: ObjectiveOwner): Promise<OwnerContext | null> {
  if (owner.kind === 'person') {
    const person = owner.id === actor.id ? actor : await directory.getPerson(actor.tenantId, owner.id);
    return person ? { kind: 'person', person } : null;
  }
  const team = await directory.getTeam(actor.tenantId, owner.id);
  if (!team) return null;
  const lead = team.leadId === null ? null : team.leadId === actor.id ? actor : await directory.getPerson(actor.tenantId, team.leadId);
  return { kind: 'team', team, lead };
}
