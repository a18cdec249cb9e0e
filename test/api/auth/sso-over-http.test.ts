import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import sinon from 'sinon';
import { SsoIdentityResolver } from '../../../src/api/auth/sso-identity-resolver.js';
import { createSsoTokenValidator, createTenantJwksResolver } from '../../../src/api/auth/sso-token-validator.js';
import { createApiRouter } from '../../../src/api/create-api-router.js';
import { peopleRoutes } from '../../../src/api/people/people-routes.js';
import { createLogger } from '../../../src/logger.js';
import { CONTOSO, startTestTandem, type TestTandem } from '../../support/tandem-harness.js';
import { startLoopbackJwksServer, type LoopbackJwksServer } from './loopback-jwks-server.js';

const AUDIENCE = 'api://tandem.example/11111111-2222-4333-8444-555555555555';

/** Azure-mode identity end to end: a Teams SSO token on the request decides who the caller is. */
describe('SSO identity over HTTP', () => {
  let t: TestTandem;
  let jwks: LoopbackJwksServer;
  let url: string;
  let server: ReturnType<express.Express['listen']>;
  let privateKey: CryptoKey;
  const rejected = sinon.spy();

  before(async () => {
    t = await startTestTandem();
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey as CryptoKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = await startLoopbackJwksServer(() => [publicJwk]);
    const validator = createSsoTokenValidator({
      audience: AUDIENCE,
      allowedTenantIds: [CONTOSO.tenantId],
      keyResolver: createTenantJwksResolver({ jwksUrlForTenant: (tid) => jwks.urlForTenant(tid) }),
      now: () => t.clock.now(),
    });
    const app = express();
    app.use(
      '/api/v1',
      createApiRouter({
        routes: peopleRoutes(t.tandem.okr),
        identity: new SsoIdentityResolver(validator, t.tandem.okr.directory, rejected),
        bodyLimit: '100kb',
        logger: createLogger('silent'),
      }),
    );
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  after(async () => {
    server.closeAllConnections();
    server.close();
    await jwks.close();
    await t.close();
  });

  const token = (claims: Record<string, unknown>) => {
    const now = Math.floor(t.clock.now().getTime() / 1000);
    return new SignJWT({ tid: CONTOSO.tenantId, scp: 'access_as_user', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(`https://login.microsoftonline.com/${CONTOSO.tenantId}/v2.0`)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
  };
  const me = (authorization?: string) => fetch(`${url}/me`, authorization ? { headers: { authorization } } : {});

  it('serves the person named by a valid token', async () => {
    const response = await me(`Bearer ${await token({ oid: t.person('arjun') })}`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { displayName: string }).displayName, 'Arjun Mehta');
  });

  it('answers 401 with the rejection code and logs it', async () => {
    rejected.resetHistory();
    const response = await me(`Bearer ${await token({ oid: t.person('arjun'), scp: 'User.Read' })}`);
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'AUTH.SCOPE_MISSING');
    assert.equal(rejected.firstCall.args[0], 'AUTH.SCOPE_MISSING');
  });

  it('answers 401 without a token and ignores the dev header', async () => {
    const response = await fetch(`${url}/me`, { headers: { 'x-tandem-user': t.person('maria') } });
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'AUTH.TOKEN_MISSING');
  });

  it('refuses a valid token for someone missing from the directory', async () => {
    const response = await me(`Bearer ${await token({ oid: '00000000-0000-4000-8000-000000000000' })}`);
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'AUTH.UNKNOWN_USER');
  });

  it('refuses a valid token for someone whose data was erased', async () => {
    const directory = t.tandem.okr.directory;
    const sara = (await directory.getPerson(CONTOSO.tenantId, t.person('sara')))!;
    await directory.upsertPeople([{ ...sara, displayName: 'Former colleague', email: '', erasedAt: '2026-11-22T12:00:00.000Z' }]);
    const response = await me(`Bearer ${await token({ oid: t.person('sara') })}`);
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'AUTH.UNKNOWN_USER');
  });
});
