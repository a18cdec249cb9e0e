import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { CONTOSO, startTestTandem, type ApiResponse, type RequestOptions, type TestTandem } from '../../support/tandem-harness.js';

/**
 * Bad input over HTTP, table-driven: every POST/PATCH route gets malformed JSON, the wrong content
 * type, an oversize body, wrong types, unknown fields, oversize strings, bad and stale If-Match;
 * every route with an id gets invalid ids; list routes get invalid query parameters; and the OKR
 * rules are broken through the API. Each case must answer 4xx (never 500) with an error code and
 * write nothing: no store write is attempted, the target cycles and objectives (with their key
 * results and check-in counts) keep their revisions and ETags, and at the end of each group every
 * cycle, objective and check-in history read back over the API is exactly as before.
 */
type Body = Record<string, unknown>;
/** A field the error should name, and a patch over the route's valid body (or the whole body). */
type Variant = readonly [field: string, patch: Body | (() => Body), mode?: 'replace'];

interface WriteRoute {
  readonly name: string;
  readonly method: 'POST' | 'PATCH';
  /** The path; `id` replaces the route's target id. */
  readonly path: (id?: string) => string;
  readonly as?: string;
  /** A body the route accepts; null when the route reads no body. */
  readonly valid: (() => Body) | null;
  /** Whether the route honours If-Match (a stale one gives 412). */
  readonly ifMatch: boolean;
  readonly hasId: boolean;
  readonly wrongTypes?: readonly Variant[];
  readonly oversize?: readonly Variant[];
  /** The target of the final control request, when it differs from the default one. */
  readonly controlId?: () => string;
}

const long = (n: number) => 'x'.repeat(n);

/** A short label for a variant: what it sets (or leaves out). */
function describePatch(patch: Body | (() => Body), mode?: 'replace'): string {
  if (typeof patch === 'function') return '';
  const shown = Object.entries(patch).map(([k, v]) => `${k}=${v === undefined ? '(missing)' : JSON.stringify(v)}`);
  const text = mode === 'replace' ? ` (body ${JSON.stringify(patch)})` : ` (${shown.join(', ')})`;
  return text.length > 60 ? `${text.slice(0, 57)}…)` : text;
}

describe('API bad input', () => {
  let t: TestTandem;
  const C = {} as Record<
    | 'active'
    | 'planning'
    | 'closed'
    | 'redesign'
    | 'redesignKr'
    | 'oncall'
    | 'oncallKr'
    | 'failover'
    | 'failoverKr'
    | 'startupBinaryKr'
    | 'draft'
    | 'draftKr'
    | 'proposed'
    | 'proposed2'
    | 'emptyDraft'
    | 'reliability'
    | 'closedObjective'
    | 'closedPlatform'
    | 'closedPlatformKr',
    string
  >;
  let oncallMeasured = 0;
  /** Every cycle, objective and watched check-in history, read over the API; compared once per group. */
  let world: unknown;
  /** The stored target documents with their ETags; compared after every case. */
  let stored: unknown;
  let writes = 0;

  const objectivesOf = async (cycleId: string) => {
    const res = await t.request('GET', `/cycles/${cycleId}/objectives?limit=500`, { as: 'olivia' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.items as any[];
  };
  const byTitle = (items: any[], title: string) => {
    const found = items.find((o) => o.title === title);
    assert.ok(found, `no objective "${title}"`);
    return found;
  };

  /** Every cycle with all its objectives, and the check-in history of the key results the cases aim at. */
  async function snapshot(): Promise<unknown> {
    const cycles = (await t.request('GET', '/cycles', { as: 'olivia' })).body.items as any[];
    const krs = [C.failoverKr, C.startupBinaryKr, C.draftKr, C.closedPlatformKr, C.redesignKr];
    const [objectives, checkIns] = await Promise.all([
      Promise.all(cycles.map((c) => objectivesOf(c.id))),
      Promise.all(krs.map((kr) => t.request('GET', `/key-results/${kr}/check-ins?limit=500`, { as: 'olivia' }))),
    ]);
    return { cycles, objectives: objectives.map((list) => [...list].sort((a, b) => a.id.localeCompare(b.id))), checkIns: checkIns.map((r) => r.body) };
  }

  /** Counts every write the store is asked for, including ones a use case would roll back. */
  function countStoreWrites(): void {
    const spy = (repository: object, methods: string[]) => {
      const target = repository as Record<string, (...args: unknown[]) => Promise<unknown>>;
      for (const name of methods) {
        const original = target[name]!.bind(repository);
        target[name] = (...args: unknown[]) => {
          writes++;
          return original(...args);
        };
      }
    };
    spy(t.tandem.okr.goals, ['createCycle', 'replaceCycle', 'createObjective', 'replaceObjective', 'deleteObjective', 'createCheckIn', 'deleteCheckIn']);
    spy(t.tandem.okr.directory, ['upsertPeople', 'upsertTeams']);
  }

  /** Point reads of the cycles and objectives the cases aim at, ETags included. */
  async function storedTargets(): Promise<unknown> {
    const { goals } = t.tandem.okr;
    const startup = C.startupBinaryKr.replace(/\.kr[a-z0-9]+$/, '');
    const objectiveIds = [C.redesign, C.oncall, C.failover, startup, C.draft, C.proposed, C.proposed2, C.emptyDraft, C.reliability, C.closedObjective, C.closedPlatform];
    const [cycles, objectives] = await Promise.all([
      Promise.all([C.active, C.planning, C.closed].map((id) => goals.getCycle(CONTOSO.tenantId, id))),
      Promise.all(objectiveIds.map((id) => goals.getObjective(CONTOSO.tenantId, id))),
    ]);
    return { cycles, objectives };
  }

  async function assertNothingWritten(writesBefore: number): Promise<void> {
    const now = await storedTargets();
    const before = stored;
    stored = now;
    assert.equal(writes - writesBefore, 0, 'the request wrote to the store');
    assert.deepEqual(now, before, 'a target document changed');
  }

  /** The closing check of a group: everything read back over the API is as it was. */
  function itLeavesEverythingAsItWas(): void {
    it('left every cycle, objective and check-in history as it was', async () => {
      const now = await snapshot();
      const before = world;
      world = now;
      assert.deepEqual(now, before, 'stored data changed');
    });
  }

  function assertRejected(res: ApiResponse, status: number, code?: string, field?: string): void {
    const shown = `${res.status} ${typeof res.body === 'string' ? res.body.slice(0, 300) : JSON.stringify(res.body)}`;
    assert.ok(res.status >= 400 && res.status < 500, `expected a 4xx, got ${shown}`);
    assert.equal(res.status, status, `expected ${status}, got ${shown}`);
    assert.equal(typeof res.body?.error?.code, 'string', shown);
    assert.ok(res.body.error.code.length > 0, shown);
    assert.equal(typeof res.body.error.message, 'string', shown);
    if (code) assert.equal(res.body.error.code, code, shown);
    if (field !== undefined) {
      const fields = res.body.error.details?.fields ?? {};
      assert.ok(Object.keys(fields).some((k) => k === field || k.startsWith(`${field}.`)), `expected a problem with ${field}, got ${shown}`);
    }
  }

  /** Sends, checks the rejection, then checks nothing was written. */
  async function expectRejected(method: string, path: string, options: RequestOptions, status: number, code?: string, field?: string): Promise<ApiResponse> {
    const writesBefore = writes;
    const res = await t.request(method, path, options);
    try {
      assertRejected(res, status, code, field);
    } finally {
      await assertNothingWritten(writesBefore);
    }
    return res;
  }

  const json = (rawBody: string, extra: Record<string, string> = {}): Pick<RequestOptions, 'rawBody' | 'headers'> => ({
    rawBody,
    headers: { 'content-type': 'application/json', ...extra },
  });

  before(async () => {
    t = await startTestTandem();
    [C.active, C.planning, C.closed] = await Promise.all([t.cycleId('active', 'olivia'), t.cycleId('planning', 'olivia'), t.cycleId('closed', 'olivia')]);
    const [current, previous] = await Promise.all([objectivesOf(C.active), objectivesOf(C.closed)]);
    const redesign = byTitle(current, 'Ship the redesigned navigation');
    const oncall = byTitle(current, 'Make on-call humane');
    const failover = byTitle(current, 'Database failover becomes boring');
    const draft = byTitle(current, 'Preview environments people actually use');
    const closedPlatform = byTitle(previous, 'No single point of failure in the data tier');
    Object.assign(C, {
      redesign: redesign.id,
      redesignKr: redesign.keyResults[0].id,
      oncall: oncall.id,
      oncallKr: oncall.keyResults[0].id,
      failover: failover.id,
      failoverKr: failover.keyResults[0].id,
      startupBinaryKr: byTitle(current, 'Strip the iOS launch path to the bone').keyResults[1].id,
      draft: draft.id,
      draftKr: draft.keyResults[0].id,
      proposed: byTitle(current, 'Pipelines that never make you wait').id,
      reliability: byTitle(current, 'Run a platform nobody has to think about').id,
      closedObjective: byTitle(previous, 'Open the DACH market').id,
      closedPlatform: closedPlatform.id,
      closedPlatformKr: closedPlatform.keyResults[0].id,
    });
    assert.equal(failover.keyResults[0].spec.type, 'milestone');
    assert.equal(failover.keyResults[0].spec.steps.length, 4);
    assert.equal(byTitle(current, 'Strip the iOS launch path to the bone').keyResults[1].spec.type, 'binary');
    oncallMeasured = Math.round(oncall.keyResults[0].progress * 100) / 100;

    const olivia = t.person('olivia');
    const empty = await t.request('POST', `/cycles/${C.active}/objectives`, { as: 'olivia', body: { level: 'company', owner: { kind: 'person', id: olivia }, title: 'An empty draft' } });
    assert.equal(empty.status, 201, JSON.stringify(empty.body));
    C.emptyDraft = empty.body.id;
    const second = await t.request('POST', `/cycles/${C.active}/objectives`, {
      as: 'olivia',
      body: { level: 'company', owner: { kind: 'person', id: olivia }, title: 'A second proposal', keyResults: [{ title: 'Done', ownerId: olivia, spec: { type: 'binary' } }] },
    });
    assert.equal(second.status, 201, JSON.stringify(second.body));
    C.proposed2 = second.body.id;
    assert.equal((await t.request('POST', `/objectives/${C.proposed2}/propose`, { as: 'olivia' })).status, 200);
    countStoreWrites();
    [world, stored] = await Promise.all([snapshot(), storedTargets()]);
  });
  after(() => t?.close());

  const objectiveBody = (): Body => ({
    level: 'company',
    owner: { kind: 'person', id: t.person('olivia') },
    title: 'Bad input never gets in',
    keyResults: [{ title: 'Zero 500s', ownerId: t.person('olivia'), spec: { type: 'decrease-to', start: 10, target: 0, unit: 'number' } }],
  });
  /** Lazy, since ids are known only once the harness runs. */
  const firstKr = (patch: Body) => (): Body => ({ keyResults: [{ ...(objectiveBody().keyResults as Body[])[0], ...patch }] });

  const ROUTES: readonly WriteRoute[] = [
    {
      name: 'POST /cycles',
      method: 'POST',
      path: () => '/cycles',
      valid: () => ({ name: '2027 Q2', startDate: '2027-04-01', endDate: '2027-06-30' }),
      ifMatch: false,
      hasId: false,
      wrongTypes: [['name', { name: 5 }], ['name', { name: null }], ['name', { name: '' }], ['startDate', { startDate: 20270401 }], ['endDate', { endDate: undefined }], ['cadence', { cadence: 'weekly' }]],
      oversize: [['name', { name: long(81) }], ['startDate', { startDate: '2027-04-01T00:00:00Z' }]],
    },
    {
      name: 'POST /cycles/:id/transition',
      method: 'POST',
      path: (id = C.planning) => `/cycles/${id}/transition`,
      valid: () => ({ to: 'active' }),
      ifMatch: true,
      hasId: true,
      wrongTypes: [['to', { to: 'done' }], ['to', { to: 1 }], ['to', { to: ['active'] }], ['to', { to: undefined }]],
    },
    {
      name: 'POST /cycles/:id/objectives',
      method: 'POST',
      path: (id = C.planning) => `/cycles/${id}/objectives`,
      valid: objectiveBody,
      ifMatch: false,
      hasId: true,
      wrongTypes: [
        ['level', { level: 'department' }],
        ['owner', { owner: 'olivia' }],
        ['owner.kind', { owner: { kind: 'robot', id: 'x' } }],
        ['owner.id', { owner: { kind: 'person', id: "x' OR 1=1" } }],
        ['title', { title: 42 }],
        ['description', { description: null }],
        ['commitment', { commitment: 'maybe' }],
        ['contributorIds', { contributorIds: 'everyone' }],
        ['alignments.0.objectiveId', { alignments: [{ objectiveId: 1 }] }],
        ['keyResults', { keyResults: {} }],
        ['keyResults.0.weight', firstKr({ weight: '1' })],
        ['keyResults.0.spec', firstKr({ spec: { type: 'percent' } })],
        ['keyResults.0.spec.start', firstKr({ spec: { type: 'increase-to', start: '0', target: 10, unit: 'number' } })],
        ['keyResults.0', firstKr({ secret: true })],
        ['keyResults', () => ({ keyResults: Array.from({ length: 11 }, () => (objectiveBody().keyResults as Body[])[0]) })],
      ],
      oversize: [
        ['title', { title: long(201) }],
        ['description', { description: long(4001) }],
        ['keyResults.0.title', firstKr({ title: long(201) })],
        ['keyResults.0.spec.steps.0', firstKr({ spec: { type: 'milestone', steps: [long(201)] } })],
        ['contributorIds', () => ({ contributorIds: Array.from({ length: 51 }, () => t.person('arjun')) })],
      ],
    },
    {
      name: 'PATCH /objectives/:id',
      method: 'PATCH',
      path: (id = C.redesign) => `/objectives/${id}`,
      valid: () => ({ title: 'Ship the redesigned navigation, take two' }),
      ifMatch: true,
      hasId: true,
      wrongTypes: [
        ['title', { title: 42 }],
        ['commitment', { commitment: 'maybe' }],
        ['contributorIds.0', { contributorIds: [1] }],
        ['alignments', { alignments: 'up' }],
        ['alignments.0.keyResultId', { alignments: [{ objectiveId: 'x', keyResultId: 5 }] }],
        ['(body)', {}, 'replace'],
      ],
      oversize: [['title', { title: long(201) }], ['description', { description: long(4001) }]],
    },
    { name: 'POST /objectives/:id/propose', method: 'POST', path: (id = C.draft) => `/objectives/${id}/propose`, valid: null, ifMatch: true, hasId: true },
    { name: 'POST /objectives/:id/approve', method: 'POST', path: (id = C.proposed) => `/objectives/${id}/approve`, valid: null, ifMatch: true, hasId: true },
    {
      name: 'POST /objectives/:id/send-back',
      method: 'POST',
      path: (id = C.proposed) => `/objectives/${id}/send-back`,
      valid: () => ({ comment: 'Tighten the CI target' }),
      ifMatch: true,
      hasId: true,
      wrongTypes: [['comment', { comment: 42 }], ['comment', { comment: null }], ['comment', {}, 'replace']],
      oversize: [['comment', { comment: long(2001) }]],
      controlId: () => C.proposed2,
    },
    {
      name: 'POST /objectives/:id/close',
      method: 'POST',
      path: (id = C.oncall) => `/objectives/${id}/close`,
      valid: () => ({ reflection: 'On-call got quieter; the pager rota still needs work.' }),
      ifMatch: true,
      hasId: true,
      wrongTypes: [
        ['reflection', { reflection: 42 }],
        ['reflection', { reflection: undefined }],
        ['grades', { grades: 'all good' }],
        ['grades.0.grade', { grades: [{ keyResultId: 'x', grade: '0.5', reason: 'r' }] }],
        ['grades.0.grade', { grades: [{ keyResultId: 'x', grade: 1.5, reason: 'r' }] }],
        ['grades.0.keyResultId', { grades: [{ keyResultId: "x' OR 1=1", grade: 0.5, reason: 'r' }] }],
        ['grades.0.keyResultId', { grades: [{ grade: 0.5 }] }],
      ],
      oversize: [['reflection', { reflection: long(4001) }], ['grades.0.reason', { grades: [{ keyResultId: 'x', grade: 0.5, reason: long(1001) }] }]],
    },
    {
      name: 'POST /objectives/:id/carry-over',
      method: 'POST',
      path: (id = C.closedObjective) => `/objectives/${id}/carry-over`,
      valid: () => ({ targetCycleId: C.planning }),
      ifMatch: false,
      hasId: true,
      wrongTypes: [['targetCycleId', { targetCycleId: 42 }], ['targetCycleId', { targetCycleId: "cyx' OR 1=1" }], ['targetCycleId', { targetCycleId: '' }], ['targetCycleId', {}, 'replace']],
      oversize: [['targetCycleId', { targetCycleId: `cy${long(127)}` }]],
    },
    {
      name: 'POST /objectives/:id/key-results',
      method: 'POST',
      path: (id = C.redesign) => `/objectives/${id}/key-results`,
      valid: () => ({ title: 'Navigation NPS stays above 40', ownerId: t.person('diego'), spec: { type: 'guardrail', direction: 'stay-above', threshold: 40, unit: 'number' } }),
      ifMatch: false,
      hasId: true,
      wrongTypes: [
        ['title', { title: 42 }],
        ['ownerId', { ownerId: null }],
        ['weight', { weight: '1' }],
        ['weight', { weight: 0 }],
        ['weight', { weight: 101 }],
        ['spec', { spec: 'binary' }],
        ['spec', { spec: { type: 'percent' } }],
        ['spec', { spec: { type: 'binary', target: 1 } }],
        ['spec.threshold', { spec: { type: 'guardrail', direction: 'stay-above', threshold: 'high', unit: 'number' } }],
        ['spec.currency', { spec: { type: 'increase-to', start: 0, target: 5, unit: 'currency', currency: 'euro' } }],
      ],
      oversize: [['title', { title: long(201) }], ['spec.steps', { spec: { type: 'milestone', steps: Array.from({ length: 21 }, (_, i) => `Step ${i}`) } }]],
    },
    {
      name: 'PATCH /key-results/:id',
      method: 'PATCH',
      path: (id = C.redesignKr) => `/key-results/${id}`,
      valid: () => ({ title: 'Redesign milestones, revised' }),
      ifMatch: true,
      hasId: true,
      wrongTypes: [['weight', { weight: 'heavy' }], ['spec', { spec: 'binary' }], ['title', { title: null }], ['ownerId', { ownerId: "x' OR 1=1" }], ['(body)', {}, 'replace']],
      oversize: [['title', { title: long(201) }]],
    },
    {
      name: 'POST /key-results/:id/check-ins',
      method: 'POST',
      path: (id = C.failoverKr) => `/key-results/${id}/check-ins`,
      as: 'arjun',
      valid: () => ({ value: 3, confidence: 6, note: 'Production drill done' }),
      ifMatch: false,
      hasId: true,
      wrongTypes: [
        ['value', { value: '3' }],
        ['value', { value: null }],
        ['value', { value: undefined }],
        ['confidence', { confidence: 5.5 }],
        ['confidence', { confidence: -1 }],
        ['confidence', { confidence: '5' }],
        ['note', { note: 5 }],
        ['blockers', { blockers: [] }],
        ['idempotencyKey', { idempotencyKey: '' }],
      ],
      oversize: [['note', { note: long(2001) }], ['blockers', { blockers: long(2001) }], ['idempotencyKey', { idempotencyKey: long(129) }]],
    },
  ];

  const BAD_IDS: readonly [label: string, id: string][] = [
    ['nope', 'nope'],
    ['path traversal ..%2F..', '..%2F..'],
    ["SQL-ish cyx' OR 1=1", "cyx' OR 1=1"],
    ["SQL-ish objective id", "cy2026q4abcd.ob' OR '1'='1"],
    ['500 characters', `cy${long(498)}`],
    ["characters Cosmos forbids in ids (#, \\)", 'a%23b%5Cc'],
  ];

  for (const route of ROUTES) {
    describe(route.name, () => {
      const as = route.as ?? 'olivia';
      const validJson = () => JSON.stringify(route.valid ? route.valid() : {});

      it('malformed JSON: 400 API.MALFORMED_JSON', () => expectRejected(route.method, route.path(), { as, ...json('{bad') }, 400, 'API.MALFORMED_JSON'));
      it('a truncated JSON body: 400 API.MALFORMED_JSON', () => expectRejected(route.method, route.path(), { as, ...json(validJson().slice(0, -1)) }, 400, 'API.MALFORMED_JSON'));
      it('text/plain with a JSON body: 415 API.UNSUPPORTED_MEDIA_TYPE', () =>
        expectRejected(route.method, route.path(), { as, rawBody: validJson(), headers: { 'content-type': 'text/plain' } }, 415, 'API.UNSUPPORTED_MEDIA_TYPE'));
      it('a form body: 415 API.UNSUPPORTED_MEDIA_TYPE', () =>
        expectRejected(route.method, route.path(), { as, rawBody: 'to=active', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'API.UNSUPPORTED_MEDIA_TYPE'));
      it('a body over 100 kB: 413 API.PAYLOAD_TOO_LARGE', () =>
        expectRejected(route.method, route.path(), { as, ...json(JSON.stringify({ ...(route.valid?.() ?? {}), padding: long(110_000) })) }, 413, 'API.PAYLOAD_TOO_LARGE'));
      it('If-Match: abc: 400 API.BAD_IF_MATCH', () => expectRejected(route.method, route.path(), { as, ...json(validJson(), { 'if-match': 'abc' }) }, 400, 'API.BAD_IF_MATCH'));
      if (route.ifMatch) {
        it('a stale If-Match: 412 OKR.REVISION_MISMATCH', () =>
          expectRejected(route.method, route.path(), { as, ...json(validJson(), { 'if-match': '"999"' }) }, 412, 'OKR.REVISION_MISMATCH'));
      }

      if (route.valid) {
        const valid = route.valid;
        const shapes: [string, string][] = [
          ['an array', '[]'],
          ['a string', '"x"'],
          ['a number', '42'],
          ['null', 'null'],
        ];
        for (const [label, raw] of shapes) {
          it(`a body that is ${label}: 400 API.VALIDATION`, () => expectRejected(route.method, route.path(), { as, ...json(raw) }, 400, 'API.VALIDATION'));
        }
        it('an unknown field: 400 API.VALIDATION naming it', async () => {
          const res = await expectRejected(route.method, route.path(), { as, body: { ...valid(), isAdmin: true } }, 400, 'API.VALIDATION', '(body)');
          assert.match(res.body.error.details.fields['(body)'], /isAdmin/);
        });
        for (const [kind, variants] of [
          ['wrong type', route.wrongTypes ?? []],
          ['oversize', route.oversize ?? []],
        ] as const) {
          for (const [field, patch, mode] of variants) {
            it(`${kind} ${field}${describePatch(patch, mode)}: 400 API.VALIDATION`, () => {
              const resolved = typeof patch === 'function' ? patch() : patch;
              return expectRejected(route.method, route.path(), { as, body: mode === 'replace' ? resolved : { ...valid(), ...resolved } }, 400, 'API.VALIDATION', field);
            });
          }
        }
      }

      if (route.hasId) {
        for (const [label, id] of BAD_IDS) {
          it(`an invalid id in the path (${label}): 404`, () => expectRejected(route.method, route.path(id), { as, ...(route.valid ? { body: route.valid() } : {}) }, 404, 'OKR.NOT_FOUND'));
        }
      }
      itLeavesEverythingAsItWas();
    });
  }

  describe('non-existent but well-formed ids: 404', () => {
    const cases: [string, string, () => string, (() => Body)?, string?][] = [
      ['GET', 'a cycle', () => '/cycles/cyzzzzzzzz'],
      ['POST', 'a transition of a cycle', () => '/cycles/cyzzzzzzzz/transition', () => ({ to: 'active' })],
      ['GET', 'an objective', () => `/objectives/${C.active}.obzzzzzzzz`],
      ['PATCH', 'an objective', () => `/objectives/${C.active}.obzzzzzzzz`, () => ({ title: 'x' })],
      ['POST', 'a key result of an objective', () => `/objectives/${C.active}.obzzzzzzzz/key-results`, () => ({ title: 'x', ownerId: t.person('olivia'), spec: { type: 'binary' } })],
      ['PATCH', 'a key result of an existing objective', () => `/key-results/${C.redesign}.krzzzz`, () => ({ title: 'x' })],
      ['DELETE', 'a key result of an existing objective', () => `/key-results/${C.redesign}.krzzzz`],
      ['POST', 'a check-in on a key result of an existing objective', () => `/key-results/${C.failover}.krzzzz/check-ins`, () => ({ value: 1, confidence: 5 })],
      ['POST', 'a carry-over into a missing cycle', () => `/objectives/${C.closedObjective}/carry-over`, () => ({ targetCycleId: 'cyzzzzzzzz' })],
      ['GET', 'a person', () => '/people/00000000-0000-4000-8000-000000000000', undefined, 'PEOPLE.NOT_FOUND'],
      ['GET', 'a team', () => '/teams/tm-nope', undefined, 'PEOPLE.NOT_FOUND'],
    ];
    for (const [method, name, path, body, code] of cases) {
      it(`${method} ${name}`, () => expectRejected(method, path(), { as: 'olivia', ...(body ? { body: body() } : {}) }, 404, code ?? 'OKR.NOT_FOUND'));
    }
    itLeavesEverythingAsItWas();
  });

  describe('invalid ids on read and delete routes: 404', () => {
    const routes: [method: string, path: (id: string) => string, code: string][] = [
      ['GET', (id) => `/cycles/${id}`, 'OKR.NOT_FOUND'],
      ['GET', (id) => `/cycles/${id}/tree`, 'OKR.NOT_FOUND'],
      ['GET', (id) => `/cycles/${id}/objectives`, 'OKR.NOT_FOUND'],
      ['GET', (id) => `/objectives/${id}`, 'OKR.NOT_FOUND'],
      ['DELETE', (id) => `/objectives/${id}`, 'OKR.NOT_FOUND'],
      ['DELETE', (id) => `/key-results/${id}`, 'OKR.NOT_FOUND'],
      ['GET', (id) => `/key-results/${id}/check-ins`, 'OKR.NOT_FOUND'],
      ['GET', (id) => `/people/${id}`, 'PEOPLE.NOT_FOUND'],
      ['GET', (id) => `/teams/${id}`, 'PEOPLE.NOT_FOUND'],
    ];
    for (const [method, path, code] of routes) {
      for (const [label, id] of BAD_IDS) {
        it(`${method} ${path(':id')} with ${label}`, () => expectRejected(method, path(id), { as: 'olivia' }, 404, code));
      }
    }
    itLeavesEverythingAsItWas();
  });

  describe('a malformed percent-escape in a path id: 4xx, not 500', () => {
    const routes: [method: string, path: string, body?: Body][] = [
      ['GET', '/objectives/%zz'],
      ['PATCH', '/objectives/%E0%A4%A', { title: 'x' }],
      ['POST', '/key-results/%/check-ins', { value: 1, confidence: 5 }],
      ['GET', '/people/%zz'],
    ];
    for (const [method, path, body] of routes) {
      it(`${method} ${path}`, async () => {
        const writesBefore = writes;
        const res = await t.request(method, path, { as: 'olivia', ...(body ? { body } : {}) });
        await assertNothingWritten(writesBefore);
        assert.ok(res.status === 400 || res.status === 404, `expected 400 or 404, got ${res.status} ${JSON.stringify(res.body)}`);
        assert.equal(typeof res.body?.error?.code, 'string');
      });
    }
    itLeavesEverythingAsItWas();
  });

  describe('invalid query parameters: 400', () => {
    const continuationV2 = Buffer.from(JSON.stringify({ v: 2, t: 'x' })).toString('base64url');
    const cases: [path: () => string, code: string][] = [
      ...['limit=0', 'limit=abc', 'limit=501', 'limit=1.5', 'limit=-1', 'limit=', 'limit=1&limit=2', 'level=bogus', 'level=team,bogus', 'state=bogus', 'confidence=bogus', 'team=a&team=b', "owner=x' OR 1=1", `participant=${long(129)}`, `level=${'team,'.repeat(50)}`].map(
        (q) => [() => `/cycles/${C.active}/objectives?${q}`, 'API.VALIDATION'] as [() => string, string],
      ),
      ...['continuation=garbage', `continuation=${continuationV2}`, `continuation=${long(8_000)}`].map(
        (q) => [() => `/cycles/${C.active}/objectives?${q}`, 'STORE.BAD_CONTINUATION'] as [() => string, string],
      ),
      [() => `/key-results/${C.failoverKr}/check-ins?limit=0`, 'API.VALIDATION'],
      [() => `/key-results/${C.failoverKr}/check-ins?limit=abc`, 'API.VALIDATION'],
      [() => `/key-results/${C.failoverKr}/check-ins?continuation=garbage`, 'STORE.BAD_CONTINUATION'],
      [() => '/people?limit=0', 'API.VALIDATION'],
      [() => '/people?limit=abc', 'API.VALIDATION'],
      [() => '/people?continuation=garbage', 'STORE.BAD_CONTINUATION'],
      [() => `/people?team=${long(129)}`, 'API.VALIDATION'],
      [() => '/people?manager=a&manager=b', 'API.VALIDATION'],
      [() => '/me/reports?limit=0', 'API.VALIDATION'],
      [() => '/me/reports?continuation=garbage', 'STORE.BAD_CONTINUATION'],
      [() => `/cycles/${C.active}/tree?levels=bogus`, 'API.VALIDATION'],
      [() => `/cycles/${C.active}/tree?states=bogus`, 'API.VALIDATION'],
      [() => `/cycles/${C.active}/tree?levels=team&levels=company`, 'API.VALIDATION'],
    ];
    for (const [path, code] of cases) {
      it(`GET ${path().replace(/=[^&]{40,}/, '=<long>').replace('undefined', ':id')}: ${code}`, () => expectRejected('GET', path(), { as: 'olivia' }, 400, code));
    }
    itLeavesEverythingAsItWas();
  });

  describe('bad If-Match values: 400 API.BAD_IF_MATCH', () => {
    for (const value of ['abc', 'W/"abc"', '"1", "2"', '"-1"', '"1.5"', `"${'9'.repeat(10)}"`, '""']) {
      it(`PATCH /objectives/:id with If-Match: ${value}`, () =>
        expectRejected('PATCH', `/objectives/${C.redesign}`, { as: 'olivia', body: { title: 'x' }, headers: { 'if-match': value } }, 400, 'API.BAD_IF_MATCH'));
    }
    it('DELETE /objectives/:id with If-Match: abc', () => expectRejected('DELETE', `/objectives/${C.draft}`, { as: 'olivia', headers: { 'if-match': 'abc' } }, 400, 'API.BAD_IF_MATCH'));
    it('DELETE /objectives/:id with a stale If-Match: 412', () =>
      expectRejected('DELETE', `/objectives/${C.draft}`, { as: 'olivia', headers: { 'if-match': '"999"' } }, 412, 'OKR.REVISION_MISMATCH'));
    it('DELETE /key-results/:id with a stale If-Match: 412', () =>
      expectRejected('DELETE', `/key-results/${C.redesignKr}`, { as: 'olivia', headers: { 'if-match': '"999"' } }, 412, 'OKR.REVISION_MISMATCH'));
    itLeavesEverythingAsItWas();
  });

  describe('transport-level oddities: 4xx, not 500', () => {
    it('a body that claims gzip but is not: 400', async () => {
      await expectRejected('POST', `/objectives/${C.redesign}/key-results`, { as: 'olivia', ...json('{"title":"x"}', { 'content-encoding': 'gzip' }) }, 400);
    });
    it('an unsupported content encoding: 415', () =>
      expectRejected('PATCH', `/objectives/${C.redesign}`, { as: 'olivia', ...json('{"title":"x"}', { 'content-encoding': 'compress' }) }, 415, 'API.UNSUPPORTED_MEDIA_TYPE'));
    it('a non-UTF-8 charset: 415', () =>
      expectRejected('PATCH', `/objectives/${C.redesign}`, { as: 'olivia', rawBody: '{"title":"x"}', headers: { 'content-type': 'application/json; charset=latin1' } }, 415, 'API.UNSUPPORTED_MEDIA_TYPE'));
    it('gzip that inflates past 100 kB: 413', async () => {
      const writesBefore = writes;
      const res = await fetch(`${t.url}/api/v1/objectives/${C.redesign}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-tandem-user': t.person('olivia') },
        body: gzipSync(JSON.stringify({ title: 'x', description: long(300_000) })),
      });
      assertRejected({ status: res.status, body: await res.json(), headers: res.headers }, 413, 'API.PAYLOAD_TOO_LARGE');
      await assertNothingWritten(writesBefore);
    });
    it('a check-in value of 1e999 (Infinity once parsed): 400', () =>
      expectRejected('POST', `/key-results/${C.failoverKr}/check-ins`, { as: 'arjun', ...json('{"value":1e999,"confidence":5}') }, 400, 'API.VALIDATION', 'value'));
    it('__proto__ and constructor keys are unknown fields, not prototype pollution', async () => {
      for (const raw of ['{"__proto__":{"title":"polluted"}}', '{"title":"x","constructor":{"prototype":{"isAdmin":true}}}']) {
        await expectRejected('PATCH', `/objectives/${C.redesign}`, { as: 'olivia', ...json(raw) }, 400, 'API.VALIDATION', '(body)');
      }
      assert.equal(({} as Record<string, unknown>).title, undefined);
    });
    it('an unknown X-Tandem-User: 403 AUTH.UNKNOWN_USER', () => expectRejected('GET', '/me', { headers: { 'x-tandem-user': "x' OR 1=1" } }, 403, 'AUTH.UNKNOWN_USER'));
    it('an over-long X-Tandem-User: 403 AUTH.UNKNOWN_USER', () => expectRejected('GET', '/me', { headers: { 'x-tandem-user': long(500) } }, 403, 'AUTH.UNKNOWN_USER'));
    for (const user of ['a/b', 'a#b', 'a\\b']) {
      it(`an X-Tandem-User with characters Cosmos forbids in ids (${user}): 403 AUTH.UNKNOWN_USER`, () => expectRejected('GET', '/me', { headers: { 'x-tandem-user': user } }, 403, 'AUTH.UNKNOWN_USER'));
    }
    itLeavesEverythingAsItWas();
  });

  describe('OKR rules broken through the API', () => {
    const olivia = () => t.person('olivia');
    const cases: [name: string, as: string, method: string, path: () => string, body: (() => unknown) | undefined, status: number, code: string, field?: string][] = [
      ['check-in value 7 on a milestone with 4 steps', 'arjun', 'POST', () => `/key-results/${C.failoverKr}/check-ins`, () => ({ value: 7, confidence: 5 }), 422, 'OKR.INVALID_CHECK_IN_VALUE'],
      ['check-in value -1 on a milestone', 'arjun', 'POST', () => `/key-results/${C.failoverKr}/check-ins`, () => ({ value: -1, confidence: 5 }), 422, 'OKR.INVALID_CHECK_IN_VALUE'],
      ['check-in value 2.5 on a milestone', 'arjun', 'POST', () => `/key-results/${C.failoverKr}/check-ins`, () => ({ value: 2.5, confidence: 5 }), 422, 'OKR.INVALID_CHECK_IN_VALUE'],
      ['check-in confidence 11', 'arjun', 'POST', () => `/key-results/${C.failoverKr}/check-ins`, () => ({ value: 2, confidence: 11 }), 400, 'API.VALIDATION', 'confidence'],
      ['check-in value 2 on a binary key result', 'ben', 'POST', () => `/key-results/${C.startupBinaryKr}/check-ins`, () => ({ value: 2, confidence: 8 }), 422, 'OKR.INVALID_CHECK_IN_VALUE'],
      ['check-in value 0.5 on a binary key result', 'ben', 'POST', () => `/key-results/${C.startupBinaryKr}/check-ins`, () => ({ value: 0.5, confidence: 8 }), 422, 'OKR.INVALID_CHECK_IN_VALUE'],
      ['check-in on a draft objective', 'fatima', 'POST', () => `/key-results/${C.draftKr}/check-ins`, () => ({ value: 1, confidence: 5 }), 422, 'OKR.OBJECTIVE_NOT_ACTIVE'],
      ['check-in in a closed cycle', 'arjun', 'POST', () => `/key-results/${C.closedPlatformKr}/check-ins`, () => ({ value: 100, confidence: 5 }), 422, 'OKR.CYCLE_NOT_OPEN'],
      ['check-in by someone who may not', 'olivia', 'POST', () => `/key-results/${C.failoverKr}/check-ins`, () => ({ value: 2, confidence: 5 }), 403, 'OKR.FORBIDDEN'],
      [
        'increase-to key result with its target below its start',
        'olivia',
        'POST',
        () => `/objectives/${C.redesign}/key-results`,
        () => ({ title: 'Backwards', ownerId: olivia(), spec: { type: 'increase-to', start: 10, target: 5, unit: 'number' } }),
        400,
        'OKR.VALIDATION',
        'target',
      ],
      [
        'decrease-to key result with its target above its start',
        'olivia',
        'POST',
        () => `/objectives/${C.redesign}/key-results`,
        () => ({ title: 'Backwards', ownerId: olivia(), spec: { type: 'decrease-to', start: 5, target: 10, unit: 'number' } }),
        400,
        'OKR.VALIDATION',
        'target',
      ],
      [
        'currency key result without a currency',
        'olivia',
        'POST',
        () => `/objectives/${C.redesign}/key-results`,
        () => ({ title: 'Money', ownerId: olivia(), spec: { type: 'increase-to', start: 0, target: 5, unit: 'currency' } }),
        400,
        'OKR.VALIDATION',
        'currency',
      ],
      [
        'milestone with a blank step',
        'olivia',
        'POST',
        () => `/objectives/${C.redesign}/key-results`,
        () => ({ title: 'Steps', ownerId: olivia(), spec: { type: 'milestone', steps: ['One', '  '] } }),
        400,
        'OKR.VALIDATION',
        'steps',
      ],
      ['a blank key result title', 'olivia', 'POST', () => `/objectives/${C.redesign}/key-results`, () => ({ title: '   ', ownerId: olivia(), spec: { type: 'binary' } }), 400, 'OKR.VALIDATION', 'title'],
      [
        'increase-to edit with its target below its start',
        'olivia',
        'PATCH',
        () => `/key-results/${C.redesignKr}`,
        () => ({ spec: { type: 'increase-to', start: 10, target: 5, unit: 'number' } }),
        400,
        'OKR.VALIDATION',
      ],
      ['changing the type of a key result with check-ins', 'olivia', 'PATCH', () => `/key-results/${C.redesignKr}`, () => ({ spec: { type: 'binary' } }), 400, 'OKR.VALIDATION', 'spec'],
      [
        'an objective whose key result runs backwards',
        'olivia',
        'POST',
        () => `/cycles/${C.planning}/objectives`,
        () => ({ ...objectiveBody(), ...firstKr({ spec: { type: 'increase-to', start: 10, target: 5, unit: 'number' } })() }),
        400,
        'OKR.VALIDATION',
      ],
      ['an objective with a blank title', 'olivia', 'POST', () => `/cycles/${C.planning}/objectives`, () => ({ ...objectiveBody(), title: '  ' }), 400, 'OKR.VALIDATION', 'title'],
      ['a team objective owned by a person', 'olivia', 'POST', () => `/cycles/${C.planning}/objectives`, () => ({ ...objectiveBody(), level: 'team' }), 400, 'OKR.VALIDATION', 'owner'],
      ['an objective in a closed cycle', 'olivia', 'POST', () => `/cycles/${C.closed}/objectives`, objectiveBody, 422, 'OKR.CYCLE_NOT_OPEN'],
      ['propose a draft with no key results', 'olivia', 'POST', () => `/objectives/${C.emptyDraft}/propose`, undefined, 422, 'OKR.NO_KEY_RESULTS'],
      ['approve a draft', 'olivia', 'POST', () => `/objectives/${C.draft}/approve`, undefined, 409, 'OKR.INVALID_TRANSITION'],
      ['propose an active objective', 'olivia', 'POST', () => `/objectives/${C.redesign}/propose`, undefined, 409, 'OKR.INVALID_TRANSITION'],
      ['send back a draft', 'olivia', 'POST', () => `/objectives/${C.draft}/send-back`, () => ({ comment: 'Why?' }), 409, 'OKR.INVALID_TRANSITION'],
      ['send back with a blank comment', 'olivia', 'POST', () => `/objectives/${C.proposed}/send-back`, () => ({ comment: '   ' }), 422, 'OKR.COMMENT_REQUIRED'],
      ['close without a reflection', 'olivia', 'POST', () => `/objectives/${C.oncall}/close`, () => ({ reflection: '' }), 422, 'OKR.REFLECTION_REQUIRED'],
      ['close with a blank reflection', 'olivia', 'POST', () => `/objectives/${C.oncall}/close`, () => ({ reflection: ' \n ' }), 422, 'OKR.REFLECTION_REQUIRED'],
      [
        'a grade adjusted without a reason',
        'olivia',
        'POST',
        () => `/objectives/${C.oncall}/close`,
        () => ({ reflection: 'Quieter nights.', grades: [{ keyResultId: C.oncallKr, grade: oncallMeasured >= 0.5 ? 0 : 1 }] }),
        422,
        'OKR.GRADE_REASON_REQUIRED',
      ],
      [
        'a grade adjusted with a blank reason',
        'olivia',
        'POST',
        () => `/objectives/${C.oncall}/close`,
        () => ({ reflection: 'Quieter nights.', grades: [{ keyResultId: C.oncallKr, grade: oncallMeasured >= 0.5 ? 0 : 1, reason: '   ' }] }),
        422,
        'OKR.GRADE_REASON_REQUIRED',
      ],
      ['a grade for a key result of another objective', 'olivia', 'POST', () => `/objectives/${C.oncall}/close`, () => ({ reflection: 'x', grades: [{ keyResultId: C.failoverKr, grade: 0.5, reason: 'r' }] }), 422, 'OKR.UNKNOWN_KEY_RESULT'],
      ['close a draft', 'olivia', 'POST', () => `/objectives/${C.draft}/close`, () => ({ reflection: 'x' }), 409, 'OKR.INVALID_TRANSITION'],
      ['close an objective of a closed cycle', 'olivia', 'POST', () => `/objectives/${C.closedObjective}/close`, () => ({ reflection: 'x' }), 422, 'OKR.CYCLE_NOT_OPEN'],
      ['edit a closed objective', 'olivia', 'PATCH', () => `/objectives/${C.closedObjective}`, () => ({ title: 'Rewrite history' }), 422, 'OKR.OBJECTIVE_CLOSED'],
      ['delete a closed objective', 'olivia', 'DELETE', () => `/objectives/${C.closedObjective}`, undefined, 422, 'OKR.OBJECTIVE_CLOSED'],
      ['delete an objective others align to', 'olivia', 'DELETE', () => `/objectives/${C.reliability}`, undefined, 422, 'OKR.ALIGNMENT_INVALID'],
      ['align an objective below its own child', 'olivia', 'PATCH', () => `/objectives/${C.reliability}`, () => ({ alignments: [{ objectiveId: C.failover }] }), 422, 'OKR.ALIGNMENT_LOOP'],
      ['align to an objective of another cycle', 'olivia', 'PATCH', () => `/objectives/${C.redesign}`, () => ({ alignments: [{ objectiveId: C.closedObjective }] }), 422, 'OKR.ALIGNMENT_INVALID'],
      ['carry over into the same cycle', 'olivia', 'POST', () => `/objectives/${C.redesign}/carry-over`, () => ({ targetCycleId: C.active }), 400, 'OKR.VALIDATION'],
      ['carry over into a closed cycle', 'olivia', 'POST', () => `/objectives/${C.redesign}/carry-over`, () => ({ targetCycleId: C.closed }), 422, 'OKR.CYCLE_NOT_OPEN'],
      ['carry over a draft', 'olivia', 'POST', () => `/objectives/${C.draft}/carry-over`, () => ({ targetCycleId: C.planning }), 409, 'OKR.INVALID_TRANSITION'],
      ['a cycle that ends before it starts', 'olivia', 'POST', () => '/cycles', () => ({ name: 'Backwards', startDate: '2027-06-30', endDate: '2027-04-01' }), 400, 'OKR.VALIDATION', 'endDate'],
      ['a cycle on 30 February', 'olivia', 'POST', () => '/cycles', () => ({ name: 'Leap', startDate: '2027-02-30', endDate: '2027-04-01' }), 400, 'OKR.VALIDATION', 'startDate'],
      ['a cycle with a blank name', 'olivia', 'POST', () => '/cycles', () => ({ name: '   ', startDate: '2027-04-01', endDate: '2027-06-30' }), 400, 'OKR.VALIDATION', 'name'],
      ['a cycle created by someone who is not an OKR admin', 'priya', 'POST', () => '/cycles', () => ({ name: '2027 Q2', startDate: '2027-04-01', endDate: '2027-06-30' }), 403, 'OKR.FORBIDDEN'],
      ['an active cycle moved back to planning', 'olivia', 'POST', () => `/cycles/${C.active}/transition`, () => ({ to: 'planning' }), 409, 'OKR.INVALID_TRANSITION'],
      ['a planning cycle skipping to grading', 'olivia', 'POST', () => `/cycles/${C.planning}/transition`, () => ({ to: 'grading' }), 409, 'OKR.INVALID_TRANSITION'],
      ['a closed cycle reopened', 'olivia', 'POST', () => `/cycles/${C.closed}/transition`, () => ({ to: 'active' }), 409, 'OKR.INVALID_TRANSITION'],
      // Closing skips grading: the step itself is refused before any objective is looked at.
      ['an active cycle closed without grading', 'olivia', 'POST', () => `/cycles/${C.active}/transition`, () => ({ to: 'closed' }), 409, 'OKR.INVALID_TRANSITION'],
    ];
    for (const [name, as, method, path, body, status, code, field] of cases) {
      it(`${name}: ${status} ${code}`, () => expectRejected(method, path(), { as, ...(body ? { body: body() } : {}) }, status, code, field));
    }
    itLeavesEverythingAsItWas();
  });

  describe('controls: the valid bodies used above are accepted (so each rejection above came from its flaw)', () => {
    for (const route of ROUTES) {
      it(`${route.name} with its valid body writes`, async () => {
        const writesBefore = writes;
        const res = await t.request(route.method, route.path(route.controlId?.()), { as: route.as ?? 'olivia', ...(route.valid ? { body: route.valid() } : {}) });
        assert.ok(res.status === 200 || res.status === 201, `${res.status} ${JSON.stringify(res.body)}`);
        assert.ok(writes > writesBefore, 'the write spy saw no write');
        const before = world;
        world = await snapshot();
        assert.notDeepEqual(world, before, 'a successful write must show in the snapshot');
      });
    }
  });
});
