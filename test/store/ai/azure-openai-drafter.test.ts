import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { suggestKeyResults } from '../../../src/app/okr/coach/draft-key-results.js';
import { DRAFTING_ERROR, pickDraftingSubject, type DraftingErrorCode, type DraftingSubject } from '../../../src/domain/okr/coach/drafting.js';
import { AZURE_OPENAI_API_VERSION, AzureOpenAiKeyResultDrafter, type AzureOpenAiAuth } from '../../../src/store/ai/azure-openai-drafter.js';
import { createKeyResultDrafter } from '../../../src/store/ai/create-drafter.js';
import { OfflineKeyResultDrafter } from '../../../src/store/ai/offline-drafter.js';
import { fakeDeps } from '../../app/okr/coach/coach-fakes.js';
import { cycle, keyResult, objective, person, team } from '../../domain/okr/builders.js';

interface Recording {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}
const recording = (name: string): Recording => JSON.parse(readFileSync(join('test', 'fixtures', 'ai', `${name}.json`), 'utf8')) as Recording;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: { model?: string; messages: { role: string; content: string }[]; response_format?: unknown };
}

/** A loopback stand-in for the Azure OpenAI endpoint: answers each request with the next recording. */
class FakeAzureOpenAi {
  readonly received: Received[] = [];
  answer: Recording | { delayMs: number; then: Recording } = recording('suggest-valid');
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    this.received.push({ method: req.method!, url: req.url!, headers: req.headers, body: JSON.parse(raw) });
    let answer = this.answer;
    if ('delayMs' in answer) {
      const { delayMs, then } = answer;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      answer = then;
      if (res.destroyed) return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(JSON.stringify(answer.body));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const DEPLOYMENT = 'tandem-drafts';
// The parent as stored, with restricted data someone put on it by mistake: it must not reach the model.
const storedParent = {
  ...objective({ title: 'Run a platform nobody has to think about', description: 'Reliability first.', keyResults: [keyResult({ title: 'Paging incidents from 22 to 6' })] }),
  rating: 'STRAY-RATING-exceeds',
  privateNotes: 'STRAY-PRIVATE-NOTES',
};
const subject: DraftingSubject = pickDraftingSubject({
  objective: { title: 'Make deploys boring', description: 'Releases should never be an event.', level: 'individual', commitment: 'aspirational', keyResults: [] },
  parent: storedParent,
  team: { name: 'Platform' },
});

describe('Azure OpenAI key result drafter (recorded responses on loopback)', function () {
  this.timeout(20_000);
  const fake = new FakeAzureOpenAi();
  const failures: [DraftingErrorCode, string][] = [];
  const drafter = (auth: AzureOpenAiAuth = { kind: 'api-key', key: 'test-key' }, timeoutMs = 5000) =>
    new AzureOpenAiKeyResultDrafter({ endpoint: fake.url, deployment: DEPLOYMENT, timeoutMs, auth, onFailure: (code, reason) => failures.push([code, reason]) });

  before(() => fake.start());
  after(() => fake.stop());
  beforeEach(() => {
    fake.received.length = 0;
    failures.length = 0;
  });

  it('valid: drafts parsed and validated; the request is the Azure chat completions call in JSON mode', async () => {
    fake.answer = recording('suggest-valid');
    const result = await drafter().suggestKeyResults(subject);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.value, [
      { title: 'Median deploy time from 45 to 10 minutes', spec: { type: 'decrease-to', start: 45, target: 10, unit: 'number' } },
      { title: 'Deploys per week from 2 to 15', spec: { type: 'increase-to', start: 2, target: 15, unit: 'number' } },
      { title: 'Rollbacks needing manual steps from 60% to 10%', spec: { type: 'decrease-to', start: 60, target: 10, unit: 'percent' } },
      { title: 'Change failure rate stays below 15%', spec: { type: 'guardrail', direction: 'stay-below', threshold: 15, unit: 'percent' } },
    ]);
    assert.equal(fake.received.length, 1);
    const [request] = fake.received;
    assert.equal(request!.method, 'POST');
    assert.equal(request!.url, `/openai/deployments/${DEPLOYMENT}/chat/completions?api-version=${AZURE_OPENAI_API_VERSION}`);
    assert.equal(request!.headers['api-key'], 'test-key');
    assert.deepEqual(request!.body.response_format, { type: 'json_object' });
    assert.deepEqual(request!.body.messages.map((m) => m.role), ['system', 'user']);
    const data = JSON.parse(request!.body.messages[1]!.content);
    assert.equal(data.objective.title, 'Make deploys boring');
    assert.equal(data.alignsTo.title, 'Run a platform nobody has to think about');
    assert.equal(data.team, 'Platform');
    const wire = JSON.stringify(request!.body);
    for (const stray of ['STRAY', 'privateNotes', 'ownerId', 'tenantId']) assert.ok(!wire.includes(stray), `the request carries “${stray}”`);
    // The instructions mention ratings only to rule them out; the data never carries one.
    assert.ok(!/rating/i.test(request!.body.messages[1]!.content));
  });

  it('managed identity mode: a bearer token from the token provider, no api-key header', async () => {
    fake.answer = recording('suggest-valid');
    let asked = 0;
    const result = await drafter({ kind: 'token-provider', getToken: async () => `token-${++asked}` }).suggestKeyResults(subject);
    assert.ok(result.ok);
    assert.equal(fake.received[0]!.headers.authorization, 'Bearer token-1');
    assert.equal(fake.received[0]!.headers['api-key'], undefined);
  });

  it('improve: one rewritten key result', async () => {
    fake.answer = recording('improve-valid');
    const result = await drafter().improveKeyResult({ ...subject, keyResult: { title: 'Automate failovers', spec: null } });
    assert.ok(result.ok);
    assert.equal(result.value.title, 'Failovers completed without manual steps from 20% to 100%');
    assert.match(fake.received[0]!.body.messages[1]!.content, /"rewrite":\{"title":"Automate failovers","spec":null\}/);
  });

  it('partly invalid: items that fail the schema are dropped, the valid ones kept', async () => {
    fake.answer = recording('suggest-partly-invalid');
    const result = await drafter().suggestKeyResults(subject);
    assert.ok(result.ok);
    assert.deepEqual(result.value.map((d) => d.title), ['Median deploy time from 45 to 10 minutes', 'Deploys per week from 2 to 15']);
  });

  const failing: [string, string, DraftingErrorCode][] = [
    ['malformed JSON (prose instead of JSON)', 'suggest-malformed', DRAFTING_ERROR.invalidOutput],
    ['truncated JSON (finish_reason length)', 'suggest-truncated', DRAFTING_ERROR.invalidOutput],
    ['JSON of the wrong shape', 'suggest-wrong-shape', DRAFTING_ERROR.invalidOutput],
    ['a refusal', 'suggest-refusal', DRAFTING_ERROR.refused],
    ['an answer stopped by the content filter', 'suggest-content-filtered', DRAFTING_ERROR.refused],
    ['a prompt blocked by the content filter (400)', 'error-content-filter-400', DRAFTING_ERROR.refused],
    ['429 throttling', 'error-429', DRAFTING_ERROR.busy],
    ['500', 'error-500', DRAFTING_ERROR.unavailable],
    ['401 (identity without access)', 'error-401', DRAFTING_ERROR.unavailable],
  ];
  for (const [name, file, code] of failing) {
    it(`${name}: ${code}, a friendly message, one request only, reported for the log without prompt text`, async () => {
      fake.answer = recording(file);
      const result = await drafter().suggestKeyResults(subject);
      assert.ok(!result.ok);
      assert.equal(result.code, code);
      assert.ok(!/\{|Error|HTTP|status/.test(result.message), `friendly: ${result.message}`);
      assert.equal(fake.received.length, 1, 'no retries behind the person’s back');
      assert.equal(failures.length, 1);
      assert.equal(failures[0]![0], code);
      assert.ok(!failures[0]![1].includes('deploys'), 'no prompt text in the log reason');
    });
  }

  it('429 names the retry-after in the log reason', async () => {
    fake.answer = recording('error-429');
    await drafter().suggestKeyResults(subject);
    assert.match(failures[0]![1], /retry-after 6/);
  });

  it('timeout: AI.TIMEOUT soon after the configured time, not after the service finally answers', async () => {
    fake.answer = { delayMs: 3000, then: recording('suggest-valid') };
    const started = Date.now();
    const result = await drafter({ kind: 'api-key', key: 'k' }, 300).suggestKeyResults(subject);
    const elapsed = Date.now() - started;
    assert.ok(!result.ok && result.code === DRAFTING_ERROR.timeout, JSON.stringify(result));
    assert.ok(elapsed >= 250 && elapsed < 2000, `${elapsed} ms`);
    assert.equal(fake.received.length, 1);
  });

  it('nothing listening: AI.UNAVAILABLE', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await new AzureOpenAiKeyResultDrafter({ endpoint: `http://127.0.0.1:${port}`, deployment: DEPLOYMENT, timeoutMs: 2000, auth: { kind: 'api-key', key: 'k' } }).suggestKeyResults(subject);
    assert.ok(!result.ok && result.code === DRAFTING_ERROR.unavailable);
  });

  it('a token provider that fails (no managed identity): AI.UNAVAILABLE, nothing sent', async () => {
    const result = await drafter({ kind: 'token-provider', getToken: async () => { throw new Error('ManagedIdentityCredential: no identity'); } }).suggestKeyResults(subject);
    assert.ok(!result.ok && result.code === DRAFTING_ERROR.unavailable);
    assert.equal(fake.received.length, 0);
  });

  describe('through the use case: nothing is written, whatever the service answers', () => {
    const me = person({ id: 'arjun', teamIds: ['tm-platform'] });
    const world = () => ({
      cycles: [cycle({ id: 'cynow1', state: 'active' })],
      objectives: [{ ...objective({ id: 'cynow1.obparent', cycleId: 'cynow1', title: storedParent.title, keyResults: storedParent.keyResults }), rating: 'STRAY-RATING', privateNotes: 'STRAY-NOTES' }],
      people: [me],
      teams: [team({ id: 'tm-platform', name: 'Platform' })],
    });
    const input = {
      cycleId: 'cynow1',
      objective: { title: 'Make deploys boring', description: '', level: 'individual' as const, commitment: 'aspirational' as const, keyResults: [] },
      alignTo: 'cynow1.obparent',
      teamId: null,
    };
    for (const [file, code] of [
      ['suggest-valid', null],
      ['suggest-too-few-usable', DRAFTING_ERROR.invalidOutput],
      ['suggest-malformed', DRAFTING_ERROR.invalidOutput],
      ['suggest-refusal', DRAFTING_ERROR.refused],
      ['error-429', DRAFTING_ERROR.busy],
    ] as const) {
      it(`${file}: ${code ?? 'drafts'}; no writes; no restricted field on the wire`, async () => {
        fake.answer = recording(file);
        const { deps, writes } = fakeDeps(world());
        const result = await suggestKeyResults(deps, drafter(), { actor: me }, input);
        if (code === null) assert.ok(result.ok && result.value.drafts.length === 4 && result.value.provider === 'azure-openai');
        else assert.ok(!result.ok && result.code === code, JSON.stringify(result));
        assert.deepEqual(writes, []);
        assert.ok(!JSON.stringify(fake.received.map((r) => r.body)).includes('STRAY'));
      });
    }
  });
});

describe('createKeyResultDrafter', () => {
  it('off: no drafter; offline: templates; azure-openai: the SDK adapter (built without touching the network)', () => {
    assert.equal(createKeyResultDrafter({ provider: 'off' }), null);
    assert.ok(createKeyResultDrafter({ provider: 'offline' }) instanceof OfflineKeyResultDrafter);
    const azure = createKeyResultDrafter({ provider: 'azure-openai', endpoint: 'https://example.openai.azure.com', deployment: 'd', timeoutMs: 15_000 }, { managedIdentityClientId: '00000000-0000-0000-0000-000000000001' });
    assert.ok(azure instanceof AzureOpenAiKeyResultDrafter);
    assert.equal(azure.provider, 'azure-openai');
  });

  it('the offline drafter labels itself and always answers', async () => {
    const offline = new OfflineKeyResultDrafter();
    assert.equal(offline.provider, 'offline');
    const drafts = await offline.suggestKeyResults(subject);
    assert.ok(drafts.ok && drafts.value.length >= 3);
  });
});
