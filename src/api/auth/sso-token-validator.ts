import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey, RemoteJWKSetOptions } from 'jose';
import { fail, ok } from '../../domain/shared/result.js';
import type { Result } from '../../domain/shared/result.js';

/**
 * Stable codes for a rejected Teams SSO token. Every code means "401, sign in again" except
 * `keysUnavailable`: that one is our side failing to reach the tenant's keys, so the API answers 503.
 */
export const SSO_REJECTION = {
  malformed: 'AUTH.TOKEN_MALFORMED',
  algNotAllowed: 'AUTH.ALG_NOT_ALLOWED',
  tenantNotAllowed: 'AUTH.TENANT_NOT_ALLOWED',
  signatureInvalid: 'AUTH.SIGNATURE_INVALID',
  expired: 'AUTH.TOKEN_EXPIRED',
  notYetValid: 'AUTH.TOKEN_NOT_YET_VALID',
  audienceInvalid: 'AUTH.AUDIENCE_INVALID',
  issuerInvalid: 'AUTH.ISSUER_INVALID',
  scopeMissing: 'AUTH.SCOPE_MISSING',
  subjectMissing: 'AUTH.SUBJECT_MISSING',
  keysUnavailable: 'AUTH.KEYS_UNAVAILABLE',
  /** Any other rejection by the JWT library (e.g. an unsupported `crit` header). */
  invalid: 'AUTH.TOKEN_INVALID',
} as const;

export type SsoRejectionCode = (typeof SSO_REJECTION)[keyof typeof SSO_REJECTION];

/** Who the caller is, as proven by a verified token. Only these fields may drive access decisions. */
export interface VerifiedIdentity {
  readonly tenantId: string;
  /** Entra object id (`oid`): stable per user and tenant, unlike `sub`, which is per app. */
  readonly userId: string;
  readonly name?: string;
  readonly preferredUsername?: string;
  readonly scopes: readonly string[];
}

export interface SsoTokenValidator {
  /** Never throws: every failure, including an unreachable key endpoint, comes back as a rejection code. */
  validate(bearerToken: string): Promise<Result<VerifiedIdentity, SsoRejectionCode>>;
}

/** Finds the keys a tenant signs its tokens with. */
export interface SigningKeyResolver {
  keysForTenant(tenantId: string): JWTVerifyGetKey;
}

export interface SsoTokenValidatorOptions {
  /** Our app id URI and/or client id; v2 tokens carry the client id. */
  readonly audience: string | readonly string[];
  readonly allowedTenantIds: readonly string[];
  readonly requiredScope?: string;
  /** Defaults to the Microsoft per-tenant discovery keys. */
  readonly keyResolver?: SigningKeyResolver;
  /** Allowed clock skew between us and Entra ID, in seconds. */
  readonly clockToleranceSeconds?: number;
  /** Injected clock for tests. */
  readonly now?: () => Date;
}

export interface TenantJwksResolverOptions {
  /** Where a tenant's JWKS lives; tests point this at a loopback server. */
  readonly jwksUrlForTenant?: (tenantId: string) => URL;
  readonly remoteJwksOptions?: RemoteJWKSetOptions;
}

const ALLOWED_ALGORITHM = 'RS256';
const DEFAULT_REQUIRED_SCOPE = 'access_as_user';
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

export const microsoftJwksUrlForTenant = (tenantId: string): URL =>
  new URL(`https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/discovery/v2.0/keys`);

export const microsoftIssuerForTenant = (tenantId: string): string =>
  `https://login.microsoftonline.com/${tenantId}/v2.0`;

/**
 * One remote JWKS per tenant, built on first use and kept, so jose's own cache and cooldown apply
 * per tenant. The map stays small because only allow-listed tenants ever reach it.
 */
export function createTenantJwksResolver(options: TenantJwksResolverOptions = {}): SigningKeyResolver {
  const jwksUrlForTenant = options.jwksUrlForTenant ?? microsoftJwksUrlForTenant;
  const jwksByTenant = new Map<string, JWTVerifyGetKey>();
  return {
    keysForTenant(tenantId) {
      let jwks = jwksByTenant.get(tenantId);
      if (jwks === undefined) {
        jwks = createRemoteJWKSet(jwksUrlForTenant(tenantId), options.remoteJwksOptions);
        jwksByTenant.set(tenantId, jwks);
      }
      return jwks;
    },
  };
}

/** The token from an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerTokenFrom(authorizationHeader: string | undefined): string | null {
  if (authorizationHeader === undefined) return null;
  const match = /^Bearer +(\S+) *$/i.exec(authorizationHeader.trim());
  return match?.[1] ?? null;
}

/** Marks a failure to obtain keys, as opposed to a token whose key is not among them. */
class KeysUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Could not obtain the tenant signing keys', { cause });
  }
}

export function createSsoTokenValidator(options: SsoTokenValidatorOptions): SsoTokenValidator {
  const audience = typeof options.audience === 'string' ? [options.audience] : [...options.audience];
  // Refusing to start beats silently accepting any audience or no tenant at all.
  if (audience.length === 0 || audience.some((value) => value.trim() === '')) {
    throw new TypeError('SSO token validator needs a non-empty audience');
  }
  if (options.allowedTenantIds.length === 0) {
    throw new TypeError('SSO token validator needs at least one allowed tenant id');
  }
  // Configured ids may be typed in any case; Entra writes `tid` in lower case.
  const allowedTenantIds = new Set(options.allowedTenantIds.map((tenantId) => tenantId.trim().toLowerCase()));
  const requiredScope = options.requiredScope ?? DEFAULT_REQUIRED_SCOPE;
  const clockTolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  const now = options.now ?? (() => new Date());
  const keyResolver = options.keyResolver ?? createTenantJwksResolver();

  const keysOrUnavailable =
    (tenantId: string): JWTVerifyGetKey =>
    async (protectedHeader, token) => {
      try {
        return await keyResolver.keysForTenant(tenantId)(protectedHeader, token);
      } catch (error) {
        // An unknown kid is the token's fault; anything else (network, 5xx, bad JSON) is ours.
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        throw new KeysUnavailableError(error);
      }
    };

  const validate = async (bearerToken: string): Promise<Result<VerifiedIdentity, SsoRejectionCode>> => {
    // Read header and tenant unverified first, so a token we would refuse anyway never triggers a key fetch.
    const unverified = decodeUnverified(bearerToken);
    if (unverified === null) return fail(SSO_REJECTION.malformed, 'Token is not a compact JWS JWT');
    if (unverified.alg !== ALLOWED_ALGORITHM) {
      return fail(SSO_REJECTION.algNotAllowed, `Token algorithm must be ${ALLOWED_ALGORITHM}`, {
        alg: unverified.alg ?? null,
      });
    }
    const tenantId = unverified.payload.tid;
    if (typeof tenantId !== 'string' || !allowedTenantIds.has(tenantId)) {
      return fail(SSO_REJECTION.tenantNotAllowed, 'Token tenant is not allowed', {
        tid: typeof tenantId === 'string' ? tenantId : null,
      });
    }

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(bearerToken, keysOrUnavailable(tenantId), {
        algorithms: [ALLOWED_ALGORITHM],
        issuer: microsoftIssuerForTenant(tenantId),
        audience,
        clockTolerance,
        currentDate: now(),
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      return rejectionFor(error);
    }

    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ').filter((scope) => scope !== '') : [];
    if (!scopes.includes(requiredScope)) {
      return fail(SSO_REJECTION.scopeMissing, `Token lacks the ${requiredScope} scope`, { scopes });
    }
    const userId = payload.oid;
    if (typeof userId !== 'string' || userId === '') {
      return fail(SSO_REJECTION.subjectMissing, 'Token has no oid claim');
    }
    return ok({
      tenantId,
      userId,
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      ...(typeof payload.preferred_username === 'string' ? { preferredUsername: payload.preferred_username } : {}),
      scopes,
    });
  };

  return {
    async validate(bearerToken) {
      try {
        return await validate(bearerToken);
      } catch (error) {
        // Belt and braces: validate promises never to throw, whatever a dependency does.
        return fail(SSO_REJECTION.invalid, 'Token validation failed unexpectedly', { error: String(error) });
      }
    },
  };
}

function decodeUnverified(token: unknown): { alg: unknown; payload: JWTPayload } | null {
  if (typeof token !== 'string' || token === '') return null;
  try {
    return { alg: decodeProtectedHeader(token).alg, payload: decodeJwt(token) };
  } catch {
    return null;
  }
}

function rejectionFor(error: unknown): Result<never, SsoRejectionCode> {
  if (error instanceof KeysUnavailableError) {
    return fail(SSO_REJECTION.keysUnavailable, error.message, { cause: String(error.cause) });
  }
  if (error instanceof errors.JWTExpired) return fail(SSO_REJECTION.expired, 'Token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const details = { claim: error.claim, reason: error.reason };
    if (error.claim === 'nbf' && error.reason === 'check_failed') {
      return fail(SSO_REJECTION.notYetValid, 'Token is not valid yet', details);
    }
    if (error.claim === 'aud') return fail(SSO_REJECTION.audienceInvalid, 'Token is for another audience', details);
    if (error.claim === 'iss') return fail(SSO_REJECTION.issuerInvalid, 'Token issuer is not the tenant issuer', details);
    return fail(SSO_REJECTION.malformed, error.message, details);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return fail(SSO_REJECTION.algNotAllowed, error.message);
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return fail(SSO_REJECTION.signatureInvalid, 'Token signature does not match a tenant key');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return fail(SSO_REJECTION.malformed, error.message);
  }
  return fail(SSO_REJECTION.invalid, 'Token was rejected', { error: String(error) });
}
