import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { fail, type Failure } from '../domain/shared/result.js';
import type { IdentityResolver } from './auth/identity-resolver.js';
import type { ApiResult, Route } from './http/api-types.js';
import { httpStatusFor } from './http/error-status.js';
import { etagFor, parseIfMatch } from './http/if-match.js';

export interface ApiRouterOptions {
  readonly routes: readonly Route[];
  /** Routes served without identity (local-mode dev helpers). */
  readonly publicRoutes?: readonly Route[];
  readonly identity: IdentityResolver;
  readonly bodyLimit: string;
  readonly logger: Logger;
  /** Wraps each request (identity and handler), e.g. to measure its Cosmos round trips. */
  readonly instrument?: (res: Response, run: () => Promise<ApiResult>) => Promise<ApiResult>;
}

export function sendFailure(res: Response, failure: Pick<Failure, 'code' | 'message' | 'details'>): void {
  res.status(httpStatusFor(failure.code)).json({ error: { code: failure.code, message: failure.message, details: failure.details ?? {} } });
}

/** Content-Disposition with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachmentHeader(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function send(res: Response, result: ApiResult): void {
  if (!result.ok) return sendFailure(res, result);
  if (result.file) {
    res.setHeader('Content-Type', result.file.contentType);
    res.setHeader('Content-Disposition', attachmentHeader(result.file.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.status(result.status).end(Buffer.from(result.file.data.buffer, result.file.data.byteOffset, result.file.data.byteLength));
    return;
  }
  if (result.revision !== undefined) res.setHeader('ETag', etagFor(result.revision));
  if (result.status === 204 || result.body === undefined) res.status(result.status).end();
  else res.status(result.status).json(result.body);
}

/** Client errors raised before a handler runs (body parsing, %-decoding of the path) keep their 4xx. */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

const BODY_ERRORS: Record<string, { code: string; message: string }> = {
  'entity.parse.failed': { code: 'API.MALFORMED_JSON', message: 'The body is not valid JSON' },
  'entity.too.large': { code: 'API.PAYLOAD_TOO_LARGE', message: 'The body is too large' },
  'charset.unsupported': { code: 'API.UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as UTF-8 JSON' },
  'encoding.unsupported': { code: 'API.UNSUPPORTED_MEDIA_TYPE', message: 'Send the body without a content encoding' },
};

/** Body-parser and routing errors become the API's error shape rather than HTML or a 500. */
function clientErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const known = BODY_ERRORS[(error as { type?: string }).type ?? ''];
  if (known) return sendFailure(res, known);
  if (clientErrorStatus(error) !== null) return sendFailure(res, { code: 'API.MALFORMED_REQUEST', message: 'The request could not be read' });
  next(error);
}

/** Mounts the typed route table under /api/v1: identity first, then the handler, then error mapping. */
export function createApiRouter(options: ApiRouterOptions): Router {
  const router = express.Router();
  router.use(express.json({ limit: options.bodyLimit, strict: false }));
  router.use(clientErrorHandler);

  const handle = async (route: Route, authenticated: boolean, req: Request): Promise<ApiResult> => {
    const hasBody = route.method === 'post' || route.method === 'patch';
    const sentBody = req.headers['content-type'] !== undefined && req.headers['content-length'] !== '0';
    if (route.rawBody && hasBody && !req.is(route.rawBody.types as string[])) {
      return fail('API.UNSUPPORTED_MEDIA_TYPE', `Send the file as one of ${route.rawBody.types.join(', ')}`);
    }
    if (!route.rawBody && hasBody && sentBody && !req.is('application/json')) {
      return fail('API.UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    }
    const ifMatch = parseIfMatch(req.header('if-match'));
    if (!ifMatch.ok) return ifMatch;
    let actor = null;
    if (authenticated) {
      const who = await options.identity.resolve(req);
      if (!who.ok) {
        options.logger.info({ code: who.code, path: req.path }, 'request not authenticated');
        return who;
      }
      actor = who.value;
    }
    return route.handler({
      ctx: { actor: actor! },
      params: req.params as Record<string, string>,
      query: req.query as Record<string, unknown>,
      body: req.body ?? {},
      ifMatch: ifMatch.value,
      raw: req,
    });
  };

  /** A file upload: the raw bytes of the route's media types, under its own limit. */
  const rawBodyParser = (route: Route) => {
    const options = route.rawBody!;
    const parser = express.raw({ type: options.types as string[], limit: options.limit });
    return (req: Request, res: Response, next: NextFunction) =>
      parser(req, res, (error?: unknown) => {
        if (error && options.tooLarge && (error as { type?: string }).type === 'entity.too.large') return sendFailure(res, options.tooLarge);
        next(error);
      });
  };

  const mount = (route: Route, authenticated: boolean): void => {
    const parsers = route.rawBody ? [rawBodyParser(route)] : [];
    router[route.method](route.path, ...parsers, async (req: Request, res: Response) => {
      try {
        const run = () => handle(route, authenticated, req);
        send(res, options.instrument ? await options.instrument(res, run) : await run());
      } catch (error) {
        options.logger.error({ err: error, path: req.path, method: req.method }, 'unexpected error');
        if (!res.headersSent) sendFailure(res, { code: 'API.INTERNAL', message: 'Something went wrong on our side; try again' });
      }
    });
  };
  for (const route of options.publicRoutes ?? []) mount(route, false);
  for (const route of options.routes) mount(route, true);

  router.use((req: Request, res: Response) => sendFailure(res, { code: 'API.ROUTE_NOT_FOUND', message: `No API at ${req.method} ${req.path}` }));
  router.use(clientErrorHandler);
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    options.logger.error({ err: error, path: req.path }, 'unexpected error');
    if (!res.headersSent) sendFailure(res, { code: 'API.INTERNAL', message: 'Something went wrong on our side; try again' });
  });
  return router;
}
