import assert from 'node:assert/strict';
import type { AccessAction, DocumentKind } from '../../../../src/domain/performance/document-kinds.js';
import { expected, type RoleName } from '../../../support/performance-access-spec.js';
import { FABRIKAM, startTestTandem, type TestTandem } from '../../../support/tandem-harness.js';

/**
 * The access specification for continuous feedback, over HTTP as seeded users: for every role and
 * feedback kind, whether the role can find the document through any route it may call (read), and
 * whether its write succeeds. Lena is the subject (recipient, requester); Arjun is the author and
 * the invitee; Priya is her manager, David above Priya, Hannah HR.
 */
const PEOPLE: Partial<Record<RoleName, { as: string; tenant?: typeof FABRIKAM }>> = {
  subject: { as: 'lena' },
  'current-manager': { as: 'priya' },
  'manager-chain': { as: 'david' },
  'hr-admin': { as: 'hannah' },
  'peer-reviewer': { as: 'arjun' },
  'other-employee': { as: 'jonas' },
  'other-tenant': { as: FABRIKAM.people[0]!.key, tenant: FABRIKAM },
};
const ROLES = Object.keys(PEOPLE) as RoleName[];
const KINDS: DocumentKind[] = ['feedback-private', 'feedback-manager-only', 'praise', 'feedback-request', 'feedback-response'];

describe('the continuous-feedback access matrix over HTTP', function () {
  this.timeout(120_000);
  let t: TestTandem;
  const ids: Partial<Record<DocumentKind, string>> = {};

  const get = async (role: RoleName, path: string) => t.request('GET', path, { as: PEOPLE[role]!.as, ...(PEOPLE[role]!.tenant ? { tenant: PEOPLE[role]!.tenant } : {}) });
  const post = async (role: RoleName, path: string, body: unknown) => t.request('POST', path, { as: PEOPLE[role]!.as, body, ...(PEOPLE[role]!.tenant ? { tenant: PEOPLE[role]!.tenant } : {}) });
  const listed = async (role: RoleName, path: string): Promise<string[]> => {
    const response = await get(role, path);
    return response.status === 200 ? (response.body.items as { id: string }[]).map((i) => i.id) : [];
  };

  /** Can the role find the document through any route it may call? */
  async function canRead(role: RoleName, kind: DocumentKind): Promise<boolean> {
    const lena = t.person('lena');
    switch (kind) {
      case 'feedback-private':
      case 'feedback-manager-only':
      case 'praise': {
        const paths = ['/feedback/received?limit=100', '/feedback/given?limit=100', `/people/${lena}/feedback?limit=100`, '/praise?limit=100'];
        for (const path of paths) if ((await listed(role, path)).includes(ids[kind]!)) return true;
        return false;
      }
      case 'feedback-request':
        return (await get(role, `/feedback-requests/${ids[kind]}`)).status === 200;
      case 'feedback-response': {
        const detail = await get(role, `/feedback-requests/${ids['feedback-request']}`);
        return detail.status === 200 && (detail.body.responses as { id: string }[]).some((r) => r.id === ids[kind]);
      }
      default:
        throw new Error(kind);
    }
  }

  /** Does the role's write of this kind succeed? Every attempt writes something new, or changes nothing. */
  async function canWrite(role: RoleName, kind: DocumentKind): Promise<boolean> {
    const lena = t.person('lena');
    const visibility = kind === 'feedback-private' ? 'private' : kind === 'feedback-manager-only' ? 'manager-only' : 'praise';
    switch (kind) {
      case 'feedback-private':
      case 'feedback-manager-only':
      case 'praise':
        return (await post(role, '/feedback', { recipientId: lena, visibility, text: `From the ${role}` })).status === 201;
      case 'feedback-request':
        return (await post(role, '/feedback-requests', { subjectId: lena, inviteeIds: [t.person('kenji')], questions: ['How is Lena doing?'] })).status === 201;
      case 'feedback-response': {
        const status = (await post(role, `/feedback-requests/${ids['feedback-request']}/responses`, { answers: { q1: `Answer from the ${role}` } })).status;
        return status === 200 || status === 201;
      }
      default:
        throw new Error(kind);
    }
  }

  before(async () => {
    t = await startTestTandem();
    const lena = t.person('lena');
    for (const [kind, visibility] of [['feedback-private', 'private'], ['feedback-manager-only', 'manager-only'], ['praise', 'praise']] as const) {
      const given = await t.request('POST', '/feedback', { as: 'arjun', body: { recipientId: lena, visibility, text: `Matrix ${visibility}` } });
      assert.equal(given.status, 201, JSON.stringify(given.body));
      ids[kind] = given.body.id;
    }
    const request = await t.request('POST', '/feedback-requests', { as: 'lena', body: { inviteeIds: [t.person('arjun')], questions: ['What should I keep doing?'] } });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    ids['feedback-request'] = request.body.id;
    const response = await t.request('POST', `/feedback-requests/${request.body.id}/responses`, { as: 'arjun', body: { answers: { q1: 'Your reviews.' } } });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    ids['feedback-response'] = response.body.response.id;
  });
  after(() => t.close());

  for (const action of ['read', 'write'] as AccessAction[]) {
    for (const kind of KINDS) {
      it(`${action} ${kind}: exactly the roles the specification names`, async () => {
        const allowed: RoleName[] = [];
        for (const role of ROLES) if (await (action === 'read' ? canRead(role, kind) : canWrite(role, kind))) allowed.push(role);
        const specified = ROLES.filter((role) => expected(role, action, kind, { phase: null }));
        assert.deepEqual(allowed, specified);
      });
    }
  }
});
