import assert from 'node:assert/strict';
import { exportJWK, generateKeyPair, generateSecret, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import {
  bearerTokenFrom,
  createSsoTokenValidator,
  createTenantJwksResolver,
  SSO_REJECTION,
} from '../../../src/api/auth/sso-token-validator.js';
import type {
  SsoRejectionCode,
  SsoTokenValidatorOptions,
  VerifiedIdentity,
} from '../../../src/api/auth/sso-token-validator.js';
import type { Result } from '../../../src/domain/shared/result.js';
import { startLoopbackJwksServer } from './loopback-jwks-server.js';
import type { LoopbackJwksServer } from './loopback-jwks-server.js';

const TENANT = 'a11ce5ed-1111-4111-8111-11111111abcd';
const SECOND_TENANT = '22222222-2222-4222-8222-222222222222';
/** Allow-listed, but its key endpoint answers 503. */
const BROKEN_TENANT = '33333333-3333-4333-8333-333333333333';
/** Not allow-listed, though the loopback server would happily serve keys for it. */
const FOREIGN_TENANT = '44444444-4444-4444-8444-444444444444';
const CLIENT_ID = '55555555-5555-4555-8555-555555555555';
const APP_ID_URI = `api://tandem.example.com/${CLIENT_ID}`;
const USER_OID = '66666666-6666-4666-8666-666666666666';
const KID = 'test-key-1';

const NOW = new Date('2026-03-02T09:00:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);
const issuerFor = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;

type ValidationResult = Result<VerifiedIdentity, SsoRejectionCode>;

function assertRejected(result: ValidationResult, code: SsoRejectionCode): void {
  assert.ok(!result.ok, `expected rejection ${code}, got ok`);
  assert.equal(result.code, code);
}

/** A v2 Teams SSO access token's claims; an override of `undefined` removes the claim. */
function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const base: Record<string, unknown> = {
    aud: CLIENT_ID,
    iss: issuerFor(TENANT),
    tid: TENANT,
    oid: USER_OID,
    sub: 'pairwise-subject',
    scp: 'openid access_as_user',
    name: 'Ada Lovelace',
    preferred_username: 'ada@contoso.example',
    ver: '2.0',
    iat: nowSeconds - 60,
    nbf: nowSeconds - 60,
    exp: nowSeconds + 3600,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).filter(([, value]) => value !== undefined));
}

const base64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('SSO token validator', () => {
  let signingKey: CryptoKey;
  let impostorKey: CryptoKey;
  let jwks: LoopbackJwksServer;

  const sign = (payload: JWTPayload, { key = signingKey, kid = KID }: { key?: CryptoKey; kid?: string } = {}) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);

  const newValidator = (overrides: Partial<SsoTokenValidatorOptions> = {}) =>
    createSsoTokenValidator({
      audience: [CLIENT_ID, APP_ID_URI],
      allowedTenantIds: [TENANT, SECOND_TENANT, BROKEN_TENANT],
      keyResolver: createTenantJwksResolver({ jwksUrlForTenant: jwks.urlForTenant }),
      now: () => NOW,
      ...overrides,
    });

  before(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    signingKey = pair.privateKey;
    impostorKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    jwks = await startLoopbackJwksServer((tenantId) => (tenantId === BROKEN_TENANT ? undefined : [publicJwk]));
  });

  after(async () => {
    await jwks.close();
  });

  beforeEach(() => {
    jwks.requestedTenants.length = 0;
  });

  it('accepts a valid token and returns who the caller is', async () => {
    const result = await newValidator().validate(await sign(claims()));

    assert.ok(result.ok, `expected ok, got ${result.ok ? '' : result.code}`);
    assert.deepEqual(result.value, {
      tenantId: TENANT,
      userId: USER_OID,
      name: 'Ada Lovelace',
      preferredUsername: 'ada@contoso.example',
      scopes: ['openid', 'access_as_user'],
    });
  });

  it('accepts the app id URI as audience when configured', async () => {
    const result = await newValidator().validate(await sign(claims({ aud: APP_ID_URI })));

    assert.ok(result.ok);
  });

  it('rejects an expired token', async () => {
    const result = await newValidator().validate(await sign(claims({ exp: nowSeconds - 120 })));

    assertRejected(result, SSO_REJECTION.expired);
  });

  it('tolerates clock skew within the configured tolerance only', async () => {
    const justExpired = await sign(claims({ exp: nowSeconds - 30 }));

    assert.ok((await newValidator().validate(justExpired)).ok);
    assertRejected(await newValidator({ clockToleranceSeconds: 0 }).validate(justExpired), SSO_REJECTION.expired);
  });

  it('rejects a token that is not valid yet', async () => {
    const result = await newValidator().validate(await sign(claims({ nbf: nowSeconds + 120 })));

    assertRejected(result, SSO_REJECTION.notYetValid);
  });

  it('rejects a token without an expiry', async () => {
    const result = await newValidator().validate(await sign(claims({ exp: undefined })));

    assertRejected(result, SSO_REJECTION.malformed);
  });

  it('rejects a token for another audience', async () => {
    const result = await newValidator().validate(await sign(claims({ aud: 'api://someone-else' })));

    assertRejected(result, SSO_REJECTION.audienceInvalid);
  });

  it('rejects a token whose issuer is not the v2 issuer of its own tenant', async () => {
    const validator = newValidator();

    assertRejected(
      await validator.validate(await sign(claims({ iss: issuerFor(SECOND_TENANT) }))),
      SSO_REJECTION.issuerInvalid,
    );
    assertRejected(
      await validator.validate(await sign(claims({ iss: `https://sts.windows.net/${TENANT}/` }))),
      SSO_REJECTION.issuerInvalid,
    );
  });

  it('rejects a tenant outside the allow-list without fetching its keys', async () => {
    const token = await sign(claims({ tid: FOREIGN_TENANT, iss: issuerFor(FOREIGN_TENANT) }));

    const result = await newValidator().validate(token);

    assertRejected(result, SSO_REJECTION.tenantNotAllowed);
    assert.deepEqual(jwks.requestedTenants, []);
  });

  it('rejects a token without a tenant', async () => {
    const result = await newValidator().validate(await sign(claims({ tid: undefined })));

    assertRejected(result, SSO_REJECTION.tenantNotAllowed);
    assert.deepEqual(jwks.requestedTenants, []);
  });

  it('matches configured tenant ids regardless of their case', async () => {
    const validator = newValidator({ allowedTenantIds: [TENANT.toUpperCase()] });

    assert.ok((await validator.validate(await sign(claims()))).ok);
  });

  it('rejects a token without the required scope', async () => {
    const validator = newValidator();

    assertRejected(await validator.validate(await sign(claims({ scp: 'User.Read' }))), SSO_REJECTION.scopeMissing);
    // App-only tokens carry roles instead of scp.
    assertRejected(
      await validator.validate(await sign(claims({ scp: undefined, roles: ['access_as_user'] }))),
      SSO_REJECTION.scopeMissing,
    );
  });

  it('honours a custom required scope', async () => {
    const validator = newValidator({ requiredScope: 'Okr.ReadWrite' });

    assertRejected(await validator.validate(await sign(claims())), SSO_REJECTION.scopeMissing);
    assert.ok((await validator.validate(await sign(claims({ scp: 'Okr.ReadWrite' })))).ok);
  });

  it('rejects a token signed by another key under the same kid', async () => {
    const result = await newValidator().validate(await sign(claims(), { key: impostorKey }));

    assertRejected(result, SSO_REJECTION.signatureInvalid);
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await sign(claims())).split('.');
    const tampered = `${header}.${base64urlJson(claims({ oid: 'someone-else' }))}.${signature}`;

    const result = await newValidator().validate(tampered);

    assertRejected(result, SSO_REJECTION.signatureInvalid);
  });

  it('rejects a token signed with a key the tenant does not publish', async () => {
    const result = await newValidator().validate(await sign(claims(), { key: impostorKey, kid: 'unknown-kid' }));

    assertRejected(result, SSO_REJECTION.signatureInvalid);
  });

  it('rejects an unsigned alg "none" token without fetching keys', async () => {
    const unsigned = `${base64urlJson({ alg: 'none', typ: 'JWT' })}.${base64urlJson(claims())}.`;

    const result = await newValidator().validate(unsigned);

    assertRejected(result, SSO_REJECTION.algNotAllowed);
    assert.deepEqual(jwks.requestedTenants, []);
  });

  it('rejects an HS256 token without fetching keys', async () => {
    const secret = await generateSecret('HS256');
    const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: KID }).sign(secret);

    const result = await newValidator().validate(token);

    assertRejected(result, SSO_REJECTION.algNotAllowed);
    assert.deepEqual(jwks.requestedTenants, []);
  });

  it('rejects strings that are not JWTs', async () => {
    const validator = newValidator();
    const notJwts = ['', 'garbage', 'a.b.c', `${base64urlJson({ alg: 'RS256' })}.not-json.sig`, 'a.b.c.d.e'];

    for (const input of notJwts) {
      assertRejected(await validator.validate(input), SSO_REJECTION.malformed);
    }
    assert.deepEqual(jwks.requestedTenants, []);
  });

  it('rejects a token without an oid', async () => {
    const result = await newValidator().validate(await sign(claims({ oid: undefined })));

    assertRejected(result, SSO_REJECTION.subjectMissing);
  });

  it('reports unreachable keys as keys-unavailable, not as a bad token', async () => {
    const token = await sign(claims({ tid: BROKEN_TENANT, iss: issuerFor(BROKEN_TENANT) }));

    const result = await newValidator().validate(token);

    assertRejected(result, SSO_REJECTION.keysUnavailable);
    assert.deepEqual(jwks.requestedTenants, [BROKEN_TENANT]);
  });

  it('never throws, even when the key resolver does', async () => {
    const validator = newValidator({
      keyResolver: {
        keysForTenant: () => {
          throw new Error('resolver exploded');
        },
      },
    });

    assertRejected(await validator.validate(await sign(claims())), SSO_REJECTION.keysUnavailable);
  });

  it('fetches each tenant keys once and reuses them', async () => {
    const validator = newValidator();
    const secondTenantToken = await sign(claims({ tid: SECOND_TENANT, iss: issuerFor(SECOND_TENANT) }));

    assert.ok((await validator.validate(await sign(claims()))).ok);
    assert.ok((await validator.validate(await sign(claims({ oid: 'another-user' })))).ok);
    assert.ok((await validator.validate(secondTenantToken)).ok);
    assert.ok((await validator.validate(secondTenantToken)).ok);

    assert.deepEqual(jwks.requestedTenants, [TENANT, SECOND_TENANT]);
  });

  it('refuses to be built without an audience or an allow-list', () => {
    assert.throws(() => newValidator({ audience: [] }), TypeError);
    assert.throws(() => newValidator({ audience: '' }), TypeError);
    assert.throws(() => newValidator({ allowedTenantIds: [] }), TypeError);
  });
});

describe('bearerTokenFrom', () => {
  it('extracts the token from a Bearer authorization header', () => {
    assert.equal(bearerTokenFrom('Bearer abc.def.ghi'), 'abc.def.ghi');
    assert.equal(bearerTokenFrom('bearer  abc.def.ghi '), 'abc.def.ghi');
  });

  it('returns null when there is no bearer token', () => {
    assert.equal(bearerTokenFrom(undefined), null);
    assert.equal(bearerTokenFrom(''), null);
    assert.equal(bearerTokenFrom('Bearer'), null);
    assert.equal(bearerTokenFrom('Bearer '), null);
    assert.equal(bearerTokenFrom('Basic dXNlcjpwYXNz'), null);
    assert.equal(bearerTokenFrom('Bearer abc def'), null);
  });
});
