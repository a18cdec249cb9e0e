import assert from 'node:assert/strict';
import type { ObjectiveLevel } from '../../../src/domain/okr/objective.js';
import {
  canApproveObjective,
  canCheckIn,
  canCreateObjective,
  canEditObjective,
  canManageCycles,
  canReadOkrs,
  type Actor,
  type OwnerContext,
} from '../../../src/domain/okr/okr-permissions.js';
import type { Person } from '../../../src/domain/people/person.js';
import { OTHER_TENANT, person, team, TENANT } from './builders.js';

/*
 * Org (tenant-1):            skip
 *                              |
 *                           manager
 *                       /      |      \
 *                   owner     peer    lead  (lead of team-1, not listed as its member)
 *                                       |
 *                                     member
 * owner, peer and member are in team-1. stranger sits in team-9; admin is an OKR admin.
 * tenant-2 holds a plain person, an OKR admin, and someone whose id equals the owner's id.
 */
const people = {
  owner: person({ id: 'owner', managerId: 'manager', managerChain: ['manager', 'skip'], teamIds: ['team-1'] }),
  manager: person({ id: 'manager', managerId: 'skip', managerChain: ['skip'], teamIds: ['mgmt'] }),
  skipLevel: person({ id: 'skip', managerId: null, managerChain: [], teamIds: ['mgmt'] }),
  peer: person({ id: 'peer', managerId: 'manager', managerChain: ['manager', 'skip'], teamIds: ['team-1'] }),
  stranger: person({ id: 'stranger', managerId: null, managerChain: [], teamIds: ['team-9'] }),
  admin: person({ id: 'admin', roles: ['member', 'okr-admin'], teamIds: [] }),
  lead: person({ id: 'lead', managerId: 'manager', managerChain: ['manager', 'skip'], teamIds: [] }),
  member: person({ id: 'member', managerId: 'lead', managerChain: ['lead', 'manager', 'skip'], teamIds: ['team-1'] }),
  otherTenant: person({ tenantId: OTHER_TENANT, id: 'foreigner', teamIds: ['team-1'] }),
  otherTenantAdmin: person({ tenantId: OTHER_TENANT, id: 'foreign-admin', roles: ['okr-admin'], teamIds: ['team-1'] }),
  otherTenantSameId: person({ tenantId: OTHER_TENANT, id: 'owner', roles: ['okr-admin'], managerChain: [], teamIds: ['team-1'] }),
} satisfies Record<string, Person>;
type ActorName = keyof typeof people;

const individualOwner: OwnerContext = { kind: 'person', person: people.owner };
const teamOwner: OwnerContext = { kind: 'team', team: team({ id: 'team-1', leadId: 'lead' }), lead: people.lead };
const companyOwner: OwnerContext = { kind: 'team', team: team({ id: 'exec', name: 'Executive', leadId: 'skip' }), lead: people.skipLevel };

type Action =
  | 'createIndividual'
  | 'createTeam'
  | 'createCompany'
  | 'editIndividual'
  | 'editTeam'
  | 'approveIndividual'
  | 'approveTeam'
  | 'approveCompany'
  | 'checkInAsKeyResultOwner'
  | 'checkInAsContributor'
  | 'checkInOwnIndividualObjective'
  | 'checkInTeamObjective'
  | 'read';

const level = (l: ObjectiveLevel) => ({ level: l });
const SOMEONE_ELSE = 'someone-else';

const actions: Record<Action, (actor: Actor) => boolean> = {
  createIndividual: (a) => canCreateObjective(a, 'individual', individualOwner),
  createTeam: (a) => canCreateObjective(a, 'team', teamOwner),
  createCompany: (a) => canCreateObjective(a, 'company', companyOwner),
  editIndividual: (a) => canEditObjective(a, individualOwner),
  editTeam: (a) => canEditObjective(a, teamOwner),
  approveIndividual: (a) => canApproveObjective(a, level('individual'), individualOwner),
  approveTeam: (a) => canApproveObjective(a, level('team'), teamOwner),
  approveCompany: (a) => canApproveObjective(a, level('company'), companyOwner),
  // The owner's individual objective; the actor owns the key result.
  checkInAsKeyResultOwner: (a) => canCheckIn(a, { contributorIds: [] }, { ownerId: a.id }, individualOwner),
  // The owner's individual objective; the actor is a listed contributor, the key result is someone else's.
  checkInAsContributor: (a) => canCheckIn(a, { contributorIds: [a.id] }, { ownerId: SOMEONE_ELSE }, individualOwner),
  // The owner's individual objective; key result owned by someone else, no contributors.
  checkInOwnIndividualObjective: (a) => canCheckIn(a, { contributorIds: [] }, { ownerId: SOMEONE_ELSE }, individualOwner),
  // team-1's objective; key result owned by someone else, no contributors.
  checkInTeamObjective: (a) => canCheckIn(a, { contributorIds: [] }, { ownerId: SOMEONE_ELSE }, teamOwner),
  read: (a) => canReadOkrs(a, TENANT),
};

const Y = true;
const N = false;
// prettier-ignore
const matrix: Record<ActorName, Record<Action, boolean>> = {
  //                 createIndividual  createTeam    createCompany  editIndividual  editTeam  approveIndividual  approveTeam  approveCompany  checkInAsKeyResultOwner  checkInAsContributor  checkInOwnIndividualObjective  checkInTeamObjective  read
  owner:             { createIndividual: Y, createTeam: Y, createCompany: N, editIndividual: Y, editTeam: Y, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: Y, checkInTeamObjective: Y, read: Y },
  manager:           { createIndividual: N, createTeam: N, createCompany: N, editIndividual: Y, editTeam: Y, approveIndividual: Y, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: Y },
  skipLevel:         { createIndividual: N, createTeam: N, createCompany: N, editIndividual: Y, editTeam: Y, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: Y },
  peer:              { createIndividual: N, createTeam: Y, createCompany: N, editIndividual: N, editTeam: Y, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: Y, read: Y },
  stranger:          { createIndividual: N, createTeam: N, createCompany: N, editIndividual: N, editTeam: N, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: Y },
  admin:             { createIndividual: Y, createTeam: Y, createCompany: Y, editIndividual: Y, editTeam: Y, approveIndividual: Y, approveTeam: Y, approveCompany: Y, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: Y },
  lead:              { createIndividual: N, createTeam: Y, createCompany: N, editIndividual: N, editTeam: Y, approveIndividual: N, approveTeam: Y, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: Y, read: Y },
  member:            { createIndividual: N, createTeam: Y, createCompany: N, editIndividual: N, editTeam: Y, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: Y, checkInAsContributor: Y, checkInOwnIndividualObjective: N, checkInTeamObjective: Y, read: Y },
  otherTenant:       { createIndividual: N, createTeam: N, createCompany: N, editIndividual: N, editTeam: N, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: N, checkInAsContributor: N, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: N },
  otherTenantAdmin:  { createIndividual: N, createTeam: N, createCompany: N, editIndividual: N, editTeam: N, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: N, checkInAsContributor: N, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: N },
  otherTenantSameId: { createIndividual: N, createTeam: N, createCompany: N, editIndividual: N, editTeam: N, approveIndividual: N, approveTeam: N, approveCompany: N, checkInAsKeyResultOwner: N, checkInAsContributor: N, checkInOwnIndividualObjective: N, checkInTeamObjective: N, read: N },
};

describe('okr permissions', () => {
  describe('matrix', () => {
    for (const [actorName, row] of Object.entries(matrix) as [ActorName, Record<Action, boolean>][]) {
      for (const [action, expected] of Object.entries(row) as [Action, boolean][]) {
        it(`${actorName} ${expected ? 'may' : 'may not'} ${action}`, () => {
          assert.equal(actions[action](people[actorName]), expected);
        });
      }
    }

    it('covers every actor and every action', () => {
      assert.equal(Object.keys(matrix).length, Object.keys(people).length);
      for (const row of Object.values(matrix)) assert.deepEqual(Object.keys(row).sort(), Object.keys(actions).sort());
    });
  });

  describe('edge cases', () => {
    it('a team without a lead: members edit, nobody but OKR admins approves', () => {
      const leaderless: OwnerContext = { kind: 'team', team: team({ id: 'team-1', leadId: null }), lead: null };
      assert.equal(canEditObjective(people.member, leaderless), true);
      assert.equal(canEditObjective(people.manager, leaderless), false);
      assert.equal(canApproveObjective(people.lead, level('team'), leaderless), false);
      assert.equal(canApproveObjective(people.member, level('team'), leaderless), false);
      assert.equal(canApproveObjective(people.admin, level('team'), leaderless), true);
    });

    it('a person without a manager: only OKR admins approve', () => {
      const ceo: OwnerContext = { kind: 'person', person: people.skipLevel };
      for (const name of ['skipLevel', 'manager', 'peer', 'stranger'] as const) {
        assert.equal(canApproveObjective(people[name], level('individual'), ceo), false, name);
      }
      assert.equal(canApproveObjective(people.admin, level('individual'), ceo), true);
    });

    it('nobody approves their own individual objective, unless they are an OKR admin', () => {
      assert.equal(canApproveObjective(people.owner, level('individual'), individualOwner), false);
      const adminOwner: OwnerContext = { kind: 'person', person: people.admin };
      assert.equal(canApproveObjective(people.admin, level('individual'), adminOwner), true);
    });

    it('level and owner kind must match for non-admins', () => {
      assert.equal(canCreateObjective(people.owner, 'team', individualOwner), false);
      assert.equal(canCreateObjective(people.member, 'individual', teamOwner), false);
      assert.equal(canApproveObjective(people.manager, level('team'), individualOwner), false);
      assert.equal(canApproveObjective(people.lead, level('individual'), teamOwner), false);
    });

    it('a check-in by a key result owner or contributor from another tenant is refused', () => {
      const foreigner = people.otherTenant;
      assert.equal(canCheckIn(foreigner, { contributorIds: [foreigner.id] }, { ownerId: foreigner.id }, teamOwner), false);
      assert.equal(canCheckIn(people.otherTenantSameId, { contributorIds: ['owner'] }, { ownerId: 'owner' }, individualOwner), false);
    });

    it('reading is limited to the own tenant', () => {
      assert.equal(canReadOkrs(people.stranger, TENANT), true);
      assert.equal(canReadOkrs(people.stranger, OTHER_TENANT), false);
      assert.equal(canReadOkrs(people.otherTenantAdmin, TENANT), false);
      assert.equal(canReadOkrs(people.otherTenantAdmin, OTHER_TENANT), true);
    });

    it('cycles are managed by OKR admins only', () => {
      assert.equal(canManageCycles(people.admin), true);
      for (const name of ['owner', 'manager', 'skipLevel', 'lead', 'member', 'stranger'] as const) {
        assert.equal(canManageCycles(people[name]), false, name);
      }
    });
  });
});
