import type { Request } from 'express';
import type { RequestContext } from '../../app/request-context.js';
import type { Failure } from '../../domain/shared/result.js';

export interface ApiRequest {
  readonly ctx: RequestContext;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  /** The revision named by If-Match, when the client sent one. */
  readonly ifMatch: number | undefined;
  readonly raw: Request;
}

export interface ApiSuccess {
  readonly ok: true;
  readonly status: number;
  readonly body?: unknown;
  /** Revision to expose as the ETag, for resources updated with If-Match. */
  readonly revision?: number;
}

export type ApiResult = ApiSuccess | Failure;

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** One row of the route table: a method, a path under /api/v1, and the handler that serves it. */
export interface Route {
  readonly method: HttpMethod;
  readonly path: string;
  readonly handler: (request: ApiRequest) => Promise<ApiResult>;
}

export const success = (body: unknown, status = 200, revision?: number): ApiSuccess =>
  revision === undefined ? { ok: true, status, body } : { ok: true, status, body, revision };

export const noContent = (): ApiSuccess => ({ ok: true, status: 204 });

/** A use case's result as a response: its value as the body, or its failure as it is. */
export function respond<T>(
  result: { ok: true; value: T } | Failure,
  status = 200,
  revisionOf?: (value: T) => number,
): ApiResult {
  if (!result.ok) return result;
  return success(result.value, status, revisionOf?.(result.value));
}
