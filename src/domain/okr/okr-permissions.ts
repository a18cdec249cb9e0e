import { hasRole, type Person } from '../people/person.js';
import type { Team } from '../people/team.js';
import type { KeyResult } from './key-result.js';
import type { Objective, ObjectiveLevel } from './objective.js';

/**
 * Who stands behind an objective's owner. For a person: the person (with their manager chain).
 * For a team: the team and its lead (with the lead's manager chain); null when the team has no lead.
 */
export type OwnerContext =
  | { readonly kind: 'person'; readonly person: Person }
  | { readonly kind: 'team'; readonly team: Team; readonly lead: Person | null };

export type Actor = Pick<Person, 'id' | 'tenantId' | 'roles' | 'teamIds'>;

const isOkrAdmin = (actor: Actor): boolean => hasRole(actor, 'okr-admin');
const sameTenant = (actor: Actor, owner: OwnerContext): boolean =>
  (owner.kind === 'person' ? owner.person.tenantId : owner.team.tenantId) === actor.tenantId;
const isTeamMember = (actor: Actor, team: Team): boolean => actor.teamIds.includes(team.id) || team.leadId === actor.id;

/** OKRs are public inside a tenant: everyone there reads all of them, nobody outside reads any. */
export const canReadOkrs = (actor: Actor, tenantId: string): boolean => actor.tenantId === tenantId;

/** People create their own individual objectives; team members their team's; OKR admins the company's. */
export function canCreateObjective(actor: Actor, level: ObjectiveLevel, owner: OwnerContext): boolean {
  if (!sameTenant(actor, owner)) return false;
  if (isOkrAdmin(actor)) return true;
  switch (level) {
    case 'company':
      return false;
    case 'team':
      return owner.kind === 'team' && isTeamMember(actor, owner.team);
    case 'individual':
      return owner.kind === 'person' && owner.person.id === actor.id;
  }
}

/** Edit: the owner (for a team: its members and lead), the owner's manager chain, OKR admins. */
export function canEditObjective(actor: Actor, owner: OwnerContext): boolean {
  if (!sameTenant(actor, owner)) return false;
  if (isOkrAdmin(actor)) return true;
  if (owner.kind === 'person') return owner.person.id === actor.id || owner.person.managerChain.includes(actor.id);
  if (isTeamMember(actor, owner.team)) return true;
  return owner.lead !== null && owner.lead.managerChain.includes(actor.id);
}

/**
 * Approve or send back a proposal: an individual objective by the owner's manager, a team objective
 * by the team's lead, a company objective by an OKR admin. OKR admins may approve any, which also
 * covers people without a manager and teams without a lead. Nobody else approves their own.
 */
export function canApproveObjective(actor: Actor, objective: Pick<Objective, 'level'>, owner: OwnerContext): boolean {
  if (!sameTenant(actor, owner)) return false;
  if (isOkrAdmin(actor)) return true;
  switch (objective.level) {
    case 'company':
      return false;
    case 'team':
      return owner.kind === 'team' && owner.team.leadId === actor.id;
    case 'individual':
      return owner.kind === 'person' && owner.person.managerId === actor.id;
  }
}

/** The part of the check-in rule that needs no directory read: the key result's owner and contributors. */
export const isKeyResultOwnerOrContributor = (actor: Actor, objective: Pick<Objective, 'contributorIds'>, keyResult: Pick<KeyResult, 'ownerId'>): boolean =>
  keyResult.ownerId === actor.id || objective.contributorIds.includes(actor.id);

/** Check in: the key result's owner, the objective's owner (for a team: members and lead) and contributors. */
export function canCheckIn(actor: Actor, objective: Pick<Objective, 'contributorIds'>, keyResult: Pick<KeyResult, 'ownerId'>, owner: OwnerContext): boolean {
  if (!sameTenant(actor, owner)) return false;
  if (isKeyResultOwnerOrContributor(actor, objective, keyResult)) return true;
  return owner.kind === 'person' ? owner.person.id === actor.id : isTeamMember(actor, owner.team);
}

/** Cycles are run by OKR admins. */
export const canManageCycles = (actor: Actor): boolean => isOkrAdmin(actor);
