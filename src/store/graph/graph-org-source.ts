import { z } from 'zod';
import type { OrgPersonRecord, OrgSource } from '../../app/ports/org-source.js';
import type { GraphTokenProvider } from './graph-token-provider.js';

export const GRAPH_ERROR_CODES = [
  'GRAPH.THROTTLED',
  'GRAPH.UNAUTHORIZED',
  'GRAPH.FORBIDDEN',
  'GRAPH.NOT_FOUND',
  'GRAPH.UNAVAILABLE',
  'GRAPH.BAD_RESPONSE',
] as const;
export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export interface GraphRequestErrorDetails {
  /** HTTP status of the last response, absent when no response arrived (network error, timeout). */
  readonly status?: number;
  readonly url?: string;
  /** Requests made for this call, retries included. */
  readonly attempts?: number;
  /** Graph's `error.code` from the response body, when it sent one. */
  readonly graphCode?: string;
  /** Graph's `request-id` header: what Microsoft support asks for. */
  readonly requestId?: string;
}

/** Thrown by the Graph org source once retries are exhausted or the failure is not retryable. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';

  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly details: GraphRequestErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isGraphRequestError = (error: unknown): error is GraphRequestError => error instanceof GraphRequestError;

export interface GraphOrgSourceOptions {
  readonly baseUrl?: string;
  readonly tokens: GraphTokenProvider;
  /** Retries after the first attempt for 429/503/504 and network failures. */
  readonly maxRetries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** `$top`; 999 is Graph's maximum for /users and keeps a large tenant to few round trips. */
  readonly pageSize?: number;
  /** Per-request timeout; a hung connection otherwise stalls an org sync forever. */
  readonly requestTimeoutMs?: number;
}

const DEFAULT_BASE_URL = 'https://graph.microsoft.com/v1.0';
const USER_SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department,preferredLanguage,accountEnabled';
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 32_000;

// Graph omits or nulls unset properties; both mean "unknown".
const optionalString = z.string().nullish();

const graphUserSchema = z.object({
  id: z.string().min(1),
  displayName: optionalString,
  mail: optionalString,
  userPrincipalName: optionalString,
  jobTitle: optionalString,
  department: optionalString,
  preferredLanguage: optionalString,
  accountEnabled: z.boolean().nullish(),
  manager: z.object({ id: z.string().min(1) }).nullish(),
});
type GraphUser = z.infer<typeof graphUserSchema>;

const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    value: z.array(item),
    '@odata.nextLink': z.string().nullish(),
  });

const usersPageSchema = pageSchema(graphUserSchema);
// directReports mixes users with orgContacts (and possibly devices); only users are validated as users.
const directoryObjectsPageSchema = pageSchema(z.looseObject({ '@odata.type': z.string().nullish() }));

const graphErrorBodySchema = z.object({ error: z.object({ code: z.string().optional() }) });

const RETRYABLE_STATUSES = new Set([429, 503, 504]);

const nonEmpty = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : value;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads people and reporting lines from Microsoft Graph v1.0 with app-only permissions (User.Read.All). */
export class GraphOrgSource implements OrgSource {
  private readonly baseUrl: string;
  private readonly origin: string;
  private readonly tokens: GraphTokenProvider;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly pageSize: number;
  private readonly requestTimeoutMs: number;

  constructor(options: GraphOrgSourceOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.origin = new URL(this.baseUrl).origin;
    this.tokens = options.tokens;
    this.maxRetries = Math.max(0, options.maxRetries ?? 5);
    this.sleep = options.sleep ?? defaultSleep;
    this.pageSize = options.pageSize ?? 999;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  }

  async *listPeople(tenantId: string): AsyncIterable<OrgPersonRecord> {
    const first = `${this.baseUrl}/users?$select=${USER_SELECT}&$expand=manager($select=id)&$top=${this.pageSize}`;
    for await (const page of this.pages(tenantId, first, usersPageSchema)) {
      for (const user of page.value) {
        const record = toRecord(user, nonEmpty(user.manager?.id));
        if (record !== null) yield record;
      }
    }
  }

  async listDirectReports(tenantId: string, personId: string): Promise<OrgPersonRecord[]> {
    const first =
      `${this.baseUrl}/users/${encodeURIComponent(personId)}/directReports` +
      `?$select=${USER_SELECT}&$top=${this.pageSize}`;
    const reports: OrgPersonRecord[] = [];
    for await (const page of this.pages(tenantId, first, directoryObjectsPageSchema)) {
      for (const entry of page.value) {
        if (entry['@odata.type'] !== '#microsoft.graph.user') continue;
        const user = graphUserSchema.safeParse(entry);
        if (!user.success) throw badPage(page.url, user.error);
        // The manager of a direct report is, by definition, the person we asked about.
        const record = toRecord(user.data, personId);
        if (record !== null) reports.push(record);
      }
    }
    return reports;
  }

  /** Fetches and validates each page, following `@odata.nextLink` until Graph stops sending one. */
  private async *pages<T extends { readonly '@odata.nextLink'?: string | null | undefined }>(
    tenantId: string,
    firstUrl: string,
    schema: z.ZodType<T>,
  ): AsyncGenerator<T & { readonly url: string }> {
    const seen = new Set<string>();
    let url: string | null = firstUrl;
    while (url !== null) {
      seen.add(url);
      const current: string = url;
      const parsed = schema.safeParse(await this.getJson(tenantId, current));
      if (!parsed.success) throw badPage(current, parsed.error);
      const next = nonEmpty(parsed.data['@odata.nextLink']);
      if (next !== null) this.assertFollowable(next, current, seen);
      yield { ...parsed.data, url: current };
      url = next;
    }
  }

  private assertFollowable(next: string, from: string, seen: ReadonlySet<string>): void {
    let origin: string;
    try {
      origin = new URL(next).origin;
    } catch {
      throw new GraphRequestError('GRAPH.BAD_RESPONSE', 'Graph returned an unparseable @odata.nextLink', { url: from });
    }
    // The bearer token goes with every page: never send it anywhere but the Graph endpoint we were given.
    if (origin !== this.origin) {
      throw new GraphRequestError('GRAPH.BAD_RESPONSE', `Graph @odata.nextLink left ${this.origin}`, { url: from });
    }
    if (seen.has(next)) {
      throw new GraphRequestError('GRAPH.BAD_RESPONSE', 'Graph @odata.nextLink repeats an earlier page', { url: from });
    }
  }

  private async getJson(tenantId: string, url: string): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.token(tenantId, url);
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: AbortSignal.timeout(this.requestTimeoutMs),
        });
      } catch (cause) {
        // Connection resets and timeouts are transient in the same way a 503 is.
        if (attempt <= this.maxRetries) {
          await this.sleep(backoffMs(attempt));
          continue;
        }
        throw new GraphRequestError('GRAPH.UNAVAILABLE', `Graph request failed after ${attempt} attempt(s)`, { url, attempts: attempt }, { cause });
      }

      if (response.ok) {
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch (cause) {
          throw new GraphRequestError('GRAPH.BAD_RESPONSE', 'Graph returned a body that is not JSON', { url, status: response.status, attempts: attempt }, { cause });
        }
      }

      // Always read the body: it frees the connection for reuse and may carry Graph's error code.
      const errorText = await response.text().catch(() => '');
      const details: GraphRequestErrorDetails = {
        url,
        status: response.status,
        attempts: attempt,
        ...graphErrorInfo(response, errorText),
      };

      if (RETRYABLE_STATUSES.has(response.status)) {
        if (attempt <= this.maxRetries) {
          await this.sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt));
          continue;
        }
        const code = response.status === 429 ? 'GRAPH.THROTTLED' : 'GRAPH.UNAVAILABLE';
        throw new GraphRequestError(code, `Graph answered ${response.status} after ${attempt} attempt(s)`, details);
      }
      throw new GraphRequestError(codeForStatus(response.status), `Graph answered ${response.status}`, details);
    }
  }

  private async token(tenantId: string, url: string): Promise<string> {
    try {
      return await this.tokens.getToken(tenantId);
    } catch (cause) {
      if (cause instanceof GraphRequestError) throw cause;
      throw new GraphRequestError('GRAPH.UNAUTHORIZED', `No Graph token for tenant ${tenantId}`, { url }, { cause });
    }
  }
}

function toRecord(user: GraphUser, managerId: string | null): OrgPersonRecord | null {
  // Disabled accounts have left or not yet joined; people without any address cannot be notified or matched.
  if (user.accountEnabled === false) return null;
  const email = nonEmpty(user.mail) ?? nonEmpty(user.userPrincipalName);
  if (email === null) return null;
  return {
    id: user.id,
    displayName: nonEmpty(user.displayName) ?? email,
    email,
    jobTitle: nonEmpty(user.jobTitle),
    department: nonEmpty(user.department),
    managerId,
    // Graph's user resource has no time zone (it lives in mailboxSettings, a separate permission and call).
    timezone: null,
    locale: nonEmpty(user.preferredLanguage),
  };
}

function codeForStatus(status: number): GraphErrorCode {
  switch (status) {
    case 401:
      return 'GRAPH.UNAUTHORIZED';
    case 403:
      return 'GRAPH.FORBIDDEN';
    case 404:
      return 'GRAPH.NOT_FOUND';
    default:
      return status >= 500 ? 'GRAPH.UNAVAILABLE' : 'GRAPH.BAD_RESPONSE';
  }
}

function badPage(url: string, error: z.ZodError): GraphRequestError {
  return new GraphRequestError('GRAPH.BAD_RESPONSE', `Graph page has an unexpected shape: ${z.prettifyError(error)}`, { url }, { cause: error });
}

function graphErrorInfo(response: Response, body: string): Pick<GraphRequestErrorDetails, 'graphCode' | 'requestId'> {
  const info: { graphCode?: string; requestId?: string } = {};
  const requestId = response.headers.get('request-id');
  if (requestId !== null) info.requestId = requestId;
  try {
    const parsed = graphErrorBodySchema.safeParse(JSON.parse(body));
    if (parsed.success && parsed.data.error.code !== undefined) info.graphCode = parsed.data.error.code;
  } catch {
    // Error bodies are best-effort context; the status alone decides the outcome.
  }
  return info;
}

/** `Retry-After` is delta-seconds or an HTTP date; null when absent or unusable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": at least half the step, so retries never collapse to zero. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
