import type { AccessToken, TokenCredential } from '@azure/identity';

/** The scope for app-only Microsoft Graph calls: whatever application permissions the app was granted. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** Hands out a Graph access token for one tenant. Implementations are expected to cache. */
export interface GraphTokenProvider {
  getToken(tenantId: string): Promise<string>;
}

export interface CredentialGraphTokenProviderOptions {
  /** Refresh this long before expiry so a token never expires mid-request. Default 5 minutes. */
  readonly refreshMarginMs?: number;
  /** Clock, injectable for tests. */
  readonly now?: () => number;
}

/**
 * Graph tokens from an `@azure/identity` credential. The same credential serves every tenant by
 * passing `tenantId` per call, so a multi-tenant credential (e.g. ClientSecretCredential or
 * ClientAssertionCredential with `additionallyAllowedTenants`) must be supplied by the caller.
 */
export class CredentialGraphTokenProvider implements GraphTokenProvider {
  private readonly cache = new Map<string, AccessToken>();
  // Concurrent callers for one tenant share a single token request instead of stampeding Entra ID.
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly refreshMarginMs: number;
  private readonly now: () => number;

  constructor(
    private readonly credential: TokenCredential,
    options: CredentialGraphTokenProviderOptions = {},
  ) {
    this.refreshMarginMs = options.refreshMarginMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  getToken(tenantId: string): Promise<string> {
    const cached = this.cache.get(tenantId);
    if (cached !== undefined && !this.needsRefresh(cached)) return Promise.resolve(cached.token);

    const pending = this.inflight.get(tenantId);
    if (pending !== undefined) return pending;

    const request = this.fetchToken(tenantId).finally(() => this.inflight.delete(tenantId));
    this.inflight.set(tenantId, request);
    return request;
  }

  private needsRefresh(token: AccessToken): boolean {
    const now = this.now();
    if (token.refreshAfterTimestamp !== undefined && now >= token.refreshAfterTimestamp) return true;
    return now >= token.expiresOnTimestamp - this.refreshMarginMs;
  }

  private async fetchToken(tenantId: string): Promise<string> {
    const token = await this.credential.getToken(GRAPH_DEFAULT_SCOPE, { tenantId });
    // The TokenCredential contract allows null ("no token, no error"); callers need a clear failure.
    if (token === null) throw new Error(`No Microsoft Graph token was issued for tenant ${tenantId}`);
    this.cache.set(tenantId, token);
    return token.token;
  }
}
