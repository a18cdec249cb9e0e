import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import type { OrgPersonRecord } from '../../../src/app/ports/org-source.js';
import {
  GraphOrgSource,
  GraphRequestError,
  backoffMs,
  retryAfterMs,
} from '../../../src/store/graph/graph-org-source.js';
import type { GraphOrgSourceOptions } from '../../../src/store/graph/graph-org-source.js';
import {
  CredentialGraphTokenProvider,
  GRAPH_DEFAULT_SCOPE,
} from '../../../src/store/graph/graph-token-provider.js';
import type { GraphTokenProvider } from '../../../src/store/graph/graph-token-provider.js';

const FIXTURES = new URL('../../fixtures/graph/', import.meta.url);
const TENANT = 'tenant-contoso';
const LYNNE = '87d349ed-44d7-43e1-9a83-5f2406dee5bd';

interface Reply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: string;
}
interface SeenRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
}
type Handler = (path: string, query: URLSearchParams, n: number) => Reply;

/** A loopback stand-in for graph.microsoft.com that serves recorded responses. */
class FakeGraph {
  readonly requests: SeenRequest[] = [];
  handler: Handler = () => ({ status: 500, body: '' });
  private server: Server | undefined;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      this.requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
      const reply = this.handler(url.pathname, url.searchParams, this.requests.length);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1.0`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.handler = () => ({ status: 500, body: '' });
  }

  /** A recorded response, with nextLinks pointed back at this server. */
  fixture(name: string, status = 200, headers: Record<string, string> = {}): Reply {
    const body = readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{BASE_URL}}', this.baseUrl);
    return { status, headers, body };
  }

  /** The happy-path tenant: two users pages, two directReports pages. */
  readonly recorded: Handler = (path, query) => {
    const page2 = query.has('$skiptoken');
    if (path === '/v1.0/users') return this.fixture(page2 ? 'users-page-2.json' : 'users-page-1.json');
    if (path === `/v1.0/users/${LYNNE}/directReports`) {
      return this.fixture(page2 ? 'direct-reports-page-2.json' : 'direct-reports-page-1.json');
    }
    return { status: 404, body: JSON.stringify({ error: { code: 'Request_ResourceNotFound' } }) };
  };
}

class FakeTokens implements GraphTokenProvider {
  readonly calls: string[] = [];
  async getToken(tenantId: string): Promise<string> {
    this.calls.push(tenantId);
    return `token-for-${tenantId}`;
  }
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

const rejection = async (promise: Promise<unknown>): Promise<GraphRequestError> => {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GraphRequestError, `expected GraphRequestError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
};

const person = (overrides: Partial<OrgPersonRecord> & Pick<OrgPersonRecord, 'id'>): OrgPersonRecord => ({
  displayName: '',
  email: '',
  jobTitle: null,
  department: null,
  managerId: null,
  timezone: null,
  locale: null,
  ...overrides,
});

describe('GraphOrgSource (against recorded Graph responses on loopback)', () => {
  const graph = new FakeGraph();
  let tokens: FakeTokens;
  let sleeps: number[];

  const source = (options: Partial<GraphOrgSourceOptions> = {}): GraphOrgSource =>
    new GraphOrgSource({
      baseUrl: graph.baseUrl,
      tokens,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...options,
    });

  before(() => graph.start());
  after(() => graph.stop());
  beforeEach(() => {
    graph.reset();
    tokens = new FakeTokens();
    sleeps = [];
  });

  describe('listPeople', () => {
    it('follows every nextLink and maps enabled users with an address', async () => {
      graph.handler = graph.recorded;
      const people = await collect(source().listPeople(TENANT));

      assert.deepEqual(people, [
        person({
          id: '6e7b768e-07e2-4810-8459-485f84f8f204',
          displayName: 'Adele Vance',
          email: 'AdeleV@contoso.example',
          jobTitle: 'Chief Executive Officer',
          department: 'Executive',
          locale: 'en-US',
        }),
        person({
          id: LYNNE,
          displayName: 'Lynne Robbins',
          email: 'LynneR@contoso.example',
          jobTitle: 'VP Engineering',
          department: 'Engineering',
          managerId: '6e7b768e-07e2-4810-8459-485f84f8f204',
          locale: 'de-DE',
        }),
        // No mail: the UPN is the address.
        person({
          id: '5bde3e51-d13b-4db1-9948-fe4b109d11a7',
          displayName: 'Megan Bowen',
          email: 'MeganB@contoso.example',
          managerId: LYNNE,
        }),
        person({
          id: 'e8a02cc7-df4d-4778-956d-784cc9506e5a',
          displayName: 'Isaiah Langer',
          email: 'IsaiahL@contoso.example',
          jobTitle: 'Software Engineer',
          department: 'Engineering',
          managerId: LYNNE,
          locale: 'en-GB',
        }),
        // "manager": null means no manager, same as an absent one.
        person({
          id: 'f3b7e9d2-1c4a-4e8b-a6d5-9e0f2b3c4d5e',
          displayName: 'Pradeep Gupta',
          email: 'PradeepG@contoso.example',
          jobTitle: 'Accountant',
          department: 'Finance',
          locale: 'hi-IN',
        }),
      ]);
      const ids = people.map((p) => p.id);
      assert.ok(!ids.includes('c03e6eaa-b6ab-46d7-905b-73ec7ea1f755'), 'disabled user skipped');
      assert.ok(!ids.includes('0ad4c4a6-8a5e-4b4c-9c2f-2d1f7a1b6c11'), 'user without mail or UPN skipped');

      assert.equal(graph.requests.length, 2);
      const [first, second] = graph.requests;
      assert.equal(first?.path, '/v1.0/users');
      assert.equal(
        first?.query.get('$select'),
        'id,displayName,mail,userPrincipalName,jobTitle,department,preferredLanguage,accountEnabled',
      );
      assert.equal(first?.query.get('$expand'), 'manager($select=id)');
      assert.equal(first?.query.get('$top'), '999');
      assert.equal(second?.query.get('$skiptoken'), 'RFNwdAIAAQAAACpVc2VyXzg3ZDM0OWVk');
    });

    it('sends a bearer token for the requested tenant on every request', async () => {
      graph.handler = graph.recorded;
      await collect(source().listPeople('tenant-fabrikam'));

      assert.deepEqual(tokens.calls, ['tenant-fabrikam', 'tenant-fabrikam']);
      for (const request of graph.requests) {
        assert.equal(request.headers.authorization, 'Bearer token-for-tenant-fabrikam');
        assert.equal(request.headers.consistencylevel, undefined);
      }
    });

    it('honours a custom page size', async () => {
      graph.handler = graph.recorded;
      await collect(source({ pageSize: 50 }).listPeople(TENANT));
      assert.equal(graph.requests[0]?.query.get('$top'), '50');
    });

    it('retries a 429 after the Retry-After delay, then succeeds', async () => {
      graph.handler = (path, query, n) =>
        n === 1 ? graph.fixture('error-throttled.json', 429, { 'Retry-After': '1' }) : graph.recorded(path, query, n);
      const people = await collect(source().listPeople(TENANT));

      assert.equal(people.length, 5);
      assert.deepEqual(sleeps, [1000]);
      assert.equal(graph.requests.length, 3);
      assert.equal(graph.requests[1]?.headers.authorization, `Bearer token-for-${TENANT}`);
    });

    it('backs off exponentially with jitter when Graph gives no Retry-After', async () => {
      graph.handler = (path, query, n) => (n <= 3 ? { status: 504, body: '' } : graph.recorded(path, query, n));
      await collect(source().listPeople(TENANT));

      assert.equal(sleeps.length, 3);
      sleeps.forEach((ms, i) => {
        const step = 1000 * 2 ** i;
        assert.ok(ms >= step / 2 && ms <= step, `retry ${i + 1} slept ${ms} ms, expected ${step / 2}-${step}`);
      });
    });

    it('ends in GRAPH.UNAVAILABLE when 503 persists beyond maxRetries', async () => {
      graph.handler = () => ({ status: 503, headers: { 'Retry-After': '2' }, body: '' });
      const error = await rejection(collect(source({ maxRetries: 3 }).listPeople(TENANT)));

      assert.equal(error.code, 'GRAPH.UNAVAILABLE');
      assert.equal(error.details.status, 503);
      assert.equal(error.details.attempts, 4);
      assert.equal(graph.requests.length, 4, 'one attempt plus maxRetries retries');
      assert.deepEqual(sleeps, [2000, 2000, 2000]);
    });

    it('ends in GRAPH.THROTTLED when 429 persists beyond maxRetries', async () => {
      graph.handler = () => graph.fixture('error-throttled.json', 429, { 'Retry-After': '1' });
      const error = await rejection(collect(source({ maxRetries: 1 }).listPeople(TENANT)));

      assert.equal(error.code, 'GRAPH.THROTTLED');
      assert.equal(error.details.graphCode, 'TooManyRequests');
      assert.equal(graph.requests.length, 2);
    });

    it('maps 403 to GRAPH.FORBIDDEN with exactly one request', async () => {
      graph.handler = () => graph.fixture('error-forbidden.json', 403, { 'request-id': 'req-403' });
      const error = await rejection(collect(source().listPeople(TENANT)));

      assert.equal(error.code, 'GRAPH.FORBIDDEN');
      assert.equal(error.details.graphCode, 'Authorization_RequestDenied');
      assert.equal(error.details.requestId, 'req-403');
      assert.equal(graph.requests.length, 1);
      assert.deepEqual(sleeps, []);
    });

    for (const [status, code] of [
      [401, 'GRAPH.UNAUTHORIZED'],
      [404, 'GRAPH.NOT_FOUND'],
    ] as const) {
      it(`maps ${status} to ${code} without retrying`, async () => {
        graph.handler = () => ({ status, body: '{"error":{"code":"x"}}' });
        const error = await rejection(collect(source().listPeople(TENANT)));
        assert.equal(error.code, code);
        assert.equal(graph.requests.length, 1);
      });
    }

    it('ends in GRAPH.BAD_RESPONSE when a page is not JSON, after yielding the earlier page', async () => {
      graph.handler = (path, query, n) => (n === 2 ? { body: '{"value": [ {"id": "trunc' } : graph.recorded(path, query, n));
      const seen: OrgPersonRecord[] = [];
      const error = await rejection(
        (async () => {
          for await (const p of source().listPeople(TENANT)) seen.push(p);
        })(),
      );

      assert.equal(error.code, 'GRAPH.BAD_RESPONSE');
      assert.equal(seen.length, 3, 'first page delivered before the bad one');
      assert.equal(graph.requests.length, 2);
      assert.deepEqual(sleeps, [], 'a malformed body is not retried');
    });

    it('ends in GRAPH.BAD_RESPONSE when a page has the wrong shape', async () => {
      graph.handler = () => graph.fixture('users-page-bad-shape.json');
      const error = await rejection(collect(source().listPeople(TENANT)));
      assert.equal(error.code, 'GRAPH.BAD_RESPONSE');
    });

    it('refuses a nextLink to another host rather than sending the token there', async () => {
      graph.handler = () => ({
        body: JSON.stringify({ value: [], '@odata.nextLink': 'https://attacker.example/v1.0/users?$skiptoken=x' }),
      });
      const error = await rejection(collect(source().listPeople(TENANT)));
      assert.equal(error.code, 'GRAPH.BAD_RESPONSE');
      assert.equal(graph.requests.length, 1);
    });

    it('refuses a nextLink that loops back to a page already read', async () => {
      graph.handler = () => ({ body: JSON.stringify({ value: [], '@odata.nextLink': `${graph.baseUrl}/users?$skiptoken=same` }) });
      const error = await rejection(collect(source().listPeople(TENANT)));
      assert.equal(error.code, 'GRAPH.BAD_RESPONSE');
      assert.equal(graph.requests.length, 2);
    });

    it('turns a token provider failure into GRAPH.UNAUTHORIZED without calling Graph', async () => {
      const failing: GraphTokenProvider = { getToken: () => Promise.reject(new Error('AADSTS7000215: invalid secret')) };
      const error = await rejection(collect(source({ tokens: failing }).listPeople(TENANT)));
      assert.equal(error.code, 'GRAPH.UNAUTHORIZED');
      assert.ok(error.cause instanceof Error);
      assert.equal(graph.requests.length, 0);
    });

    it('retries a refused connection and ends in GRAPH.UNAVAILABLE', async () => {
      const closed = new FakeGraph();
      await closed.start();
      const baseUrl = closed.baseUrl;
      await closed.stop();
      const error = await rejection(collect(source({ baseUrl, maxRetries: 2 }).listPeople(TENANT)));
      assert.equal(error.code, 'GRAPH.UNAVAILABLE');
      assert.equal(error.details.attempts, 3);
      assert.equal(sleeps.length, 2);
    });
  });

  describe('listDirectReports', () => {
    it('follows nextLink, skips non-users and disabled users, and sets the manager', async () => {
      graph.handler = graph.recorded;
      const reports = await source().listDirectReports(TENANT, LYNNE);

      assert.deepEqual(reports, [
        person({
          id: '5bde3e51-d13b-4db1-9948-fe4b109d11a7',
          displayName: 'Megan Bowen',
          email: 'MeganB@contoso.example',
          managerId: LYNNE,
        }),
        person({
          id: 'e8a02cc7-df4d-4778-956d-784cc9506e5a',
          displayName: 'Isaiah Langer',
          email: 'IsaiahL@contoso.example',
          jobTitle: 'Software Engineer',
          department: 'Engineering',
          managerId: LYNNE,
          locale: 'en-GB',
        }),
      ]);
      assert.equal(graph.requests.length, 2);
      assert.equal(graph.requests[0]?.path, `/v1.0/users/${LYNNE}/directReports`);
      assert.ok(graph.requests[0]?.query.get('$select')?.includes('userPrincipalName'));
      assert.ok(graph.requests.every((r) => r.headers.authorization === `Bearer token-for-${TENANT}`));
    });

    it('maps an unknown person to GRAPH.NOT_FOUND', async () => {
      graph.handler = graph.recorded;
      const error = await rejection(source().listDirectReports(TENANT, 'no-such-user'));
      assert.equal(error.code, 'GRAPH.NOT_FOUND');
      assert.equal(graph.requests.length, 1);
    });

    it('encodes the person id into the path', async () => {
      graph.handler = () => ({ body: '{"value": []}' });
      await source().listDirectReports(TENANT, 'a/b?c');
      assert.equal(graph.requests[0]?.path, '/v1.0/users/a%2Fb%3Fc/directReports');
    });
  });
});

describe('Graph retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    assert.equal(retryAfterMs('1'), 1000);
    assert.equal(retryAfterMs(null), null);
    assert.equal(retryAfterMs('soon'), null);
    const now = Date.parse('2025-01-15T10:00:00Z');
    assert.equal(retryAfterMs('Wed, 15 Jan 2025 10:00:07 GMT', now), 7000);
    assert.equal(retryAfterMs('Wed, 15 Jan 2025 09:59:00 GMT', now), 0);
  });

  it('caps the backoff step', () => {
    assert.equal(backoffMs(1, () => 1), 1000);
    assert.equal(backoffMs(3, () => 0), 2000);
    assert.equal(backoffMs(20, () => 1), 32_000);
  });
});

describe('CredentialGraphTokenProvider', () => {
  class FakeCredential implements TokenCredential {
    readonly calls: { scopes: string | string[]; tenantId: string | undefined }[] = [];
    expiresIn = 3_600_000;
    nullToken = false;
    constructor(private readonly now: () => number) {}
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      this.calls.push({ scopes, tenantId: options?.tenantId });
      if (this.nullToken) return null;
      return { token: `t${this.calls.length}-${options?.tenantId}`, expiresOnTimestamp: this.now() + this.expiresIn };
    }
  }

  let clock: number;
  const now = (): number => clock;
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('asks for the Graph .default scope in the given tenant and caches per tenant', async () => {
    const credential = new FakeCredential(now);
    const provider = new CredentialGraphTokenProvider(credential, { now });

    assert.equal(await provider.getToken('a'), 't1-a');
    assert.equal(await provider.getToken('a'), 't1-a');
    assert.equal(await provider.getToken('b'), 't2-b');
    assert.deepEqual(credential.calls, [
      { scopes: GRAPH_DEFAULT_SCOPE, tenantId: 'a' },
      { scopes: GRAPH_DEFAULT_SCOPE, tenantId: 'b' },
    ]);
    assert.equal(GRAPH_DEFAULT_SCOPE, 'https://graph.microsoft.com/.default');
  });

  it('refreshes ahead of expiry', async () => {
    const credential = new FakeCredential(now);
    const provider = new CredentialGraphTokenProvider(credential, { now, refreshMarginMs: 60_000 });

    await provider.getToken('a');
    clock += 3_600_000 - 60_001;
    assert.equal(await provider.getToken('a'), 't1-a');
    clock += 1;
    assert.equal(await provider.getToken('a'), 't2-a');
  });

  it('shares one in-flight request between concurrent callers', async () => {
    const credential = new FakeCredential(now);
    const provider = new CredentialGraphTokenProvider(credential, { now });
    const tokens = await Promise.all([provider.getToken('a'), provider.getToken('a'), provider.getToken('a')]);
    assert.deepEqual(tokens, ['t1-a', 't1-a', 't1-a']);
    assert.equal(credential.calls.length, 1);
  });

  it('rejects when the credential issues no token, and tries again next time', async () => {
    const credential = new FakeCredential(now);
    credential.nullToken = true;
    const provider = new CredentialGraphTokenProvider(credential, { now });
    await assert.rejects(provider.getToken('a'), /No Microsoft Graph token/);
    credential.nullToken = false;
    assert.equal(await provider.getToken('a'), 't2-a');
  });
});
