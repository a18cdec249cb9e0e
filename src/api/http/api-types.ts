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
  /** A file to send instead of a JSON body (exports), with Content-Disposition: attachment. */
  readonly file?: ApiFile;
}

/** A download: its bytes, its media type and the name a browser saves it under. */
export interface ApiFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly data: Uint8Array;
}

export type ApiResult = ApiSuccess | Failure;

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete';

/** One row of the route table: a method, a path under /api/v1, and the handler that serves it. */
export interface Route {
  readonly method: HttpMethod;
  readonly path: string;
  readonly handler: (request: ApiRequest) => Promise<ApiResult>;
  /**
   * The route reads its body as raw bytes of these media types (a file upload) instead of JSON;
   * the handler gets a Buffer. Its own size limit; a larger body is refused before the handler runs.
   */
  readonly rawBody?: RawBodyOptions;
}

export interface RawBodyOptions {
  readonly types: readonly string[];
  /** Bytes, or a size such as '5mb'. */
  readonly limit: number | string;
  /** The error a body over the limit gets (default API.PAYLOAD_TOO_LARGE). */
  readonly tooLarge?: { readonly code: string; readonly message: string };
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

/** A file as the response: sent as an attachment, never sniffed, never cached. */
export const fileResponse = (file: ApiFile): ApiSuccess => ({ ok: true, status: 200, file });
