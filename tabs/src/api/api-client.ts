import type { AuthHeaders } from '../auth/token-source.js';

/** An error the API answered with: its stable code drives the message the person sees. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface ApiResponse<T> {
  readonly body: T;
  readonly etag: string | null;
}

export class ApiClient {
  constructor(
    private readonly auth: AuthHeaders,
    private readonly base = '/api/v1',
  ) {}

  async send<T>(method: string, path: string, body?: unknown, ifMatch?: string | null): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(await this.auth.headers()) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (ifMatch) headers['If-Match'] = ifMatch;
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Tandem cannot be reached');
    }
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | undefined)?.error;
      throw new ApiError(response.status, error?.code ?? `HTTP.${response.status}`, error?.message ?? response.statusText, error?.details ?? {});
    }
    return { body: parsed as T, etag: response.headers.get('ETag') };
  }

  /**
   * A request whose body or answer is a file rather than JSON (imports, exports), with the same
   * identity headers. Answers that are not 2xx become an ApiError.
   */
  async raw(method: string, path: string, init: { body?: BodyInit; contentType?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(await this.auth.headers()) };
    if (init.contentType) headers['Content-Type'] = init.contentType;
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { method, headers, ...(init.body !== undefined ? { body: init.body } : {}) });
    } catch {
      throw new ApiError(0, 'NETWORK', 'Tandem cannot be reached');
    }
    if (response.ok) return response;
    const parsed = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null;
    throw new ApiError(response.status, parsed?.error?.code ?? `HTTP.${response.status}`, parsed?.error?.message ?? response.statusText, parsed?.error?.details ?? {});
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path).then((r) => r.body);
  }
  post<T>(path: string, body: unknown = {}, ifMatch?: string | null): Promise<T> {
    return this.send<T>('POST', path, body, ifMatch).then((r) => r.body);
  }
  patch<T>(path: string, body: unknown, ifMatch?: string | null): Promise<T> {
    return this.send<T>('PATCH', path, body, ifMatch).then((r) => r.body);
  }
  delete(path: string, ifMatch?: string | null): Promise<void> {
    return this.send<void>('DELETE', path, undefined, ifMatch).then(() => undefined);
  }

  /** Follows continuation tokens until the list is complete. */
  async all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let continuation: string | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = await this.get<{ items: T[]; continuationToken?: string }>(
        `${path}${separator}limit=500${continuation ? `&continuation=${encodeURIComponent(continuation)}` : ''}`,
      );
      items.push(...page.items);
      continuation = page.continuationToken;
    } while (continuation);
    return items;
  }
}
