// Builds the cloud service (tests call `buildApp()` then `app.inject()`; server.ts listens).
// Cross-cutting conventions live here: request ids, version header, the error shape, body
// limits and content types. Each feature is a plugin registered below.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { API_VERSION } from '../core/api-version';
import type { ServerConfig } from './config';
import { ApiError } from './http/api-error';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors';
import { registerHealthRoute } from './http/health-routes';
import { registerProductImageRoute } from './catalog/product-image-route';
import { registerInputGuard } from './http/input-guard';
import { publicBaseUrl } from './http/public-url';
import { BODY_LIMIT_BYTES, toApiError } from './http/to-api-error';
import { registerUrlSecretGuard, serializeRequest } from './http/url-secrets';
import { validatorCompiler } from './http/validation';
import { registerOpenApi } from './api/openapi';
import type { Database } from './storage/database';
import { loadSecretBox, type SecretBox } from './webhooks/secret-box';

export interface AppOptions {
  db: Database;
  config: ServerConfig;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Start background workers (webhook dispatcher, cleanup). Tests that drive them by hand pass false. */
  workers?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    config: ServerConfig;
    /** Seals secrets the service must read back (webhook signing secrets, idempotent responses that carry them). */
    secretBox(): Promise<SecretBox>;
    /** The public base URL links are built under (thin webhook payloads, product image URLs); see http/public-url.ts. */
    publicUrl(): string;
  }
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === false
        ? false
        : { redact: REDACTED_PATHS, serializers: { req: serializeRequest }, ...(options.logger === true ? {} : options.logger) },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : `req_${randomUUID().replace(/-/g, '')}`;
    },
    requestIdHeader: false,
    trustProxy: options.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Bodies are JSON only: Fastify's built-in text/plain parser would turn a JSON body sent as
  // text/plain into a string and a confusing 400; SPEC §5.1 wants a 415.
  app.removeContentTypeParser('text/plain');
  app.decorate('db', options.db);
  app.decorate('config', options.config);
  // Loaded on first use: the key may live in the database, which some callers migrate after building the app.
  let boxPromise: Promise<SecretBox> | null = null;
  app.decorate('secretBox', () => {
    boxPromise ??= loadSecretBox(options.db).catch((error: unknown) => {
      boxPromise = null;
      throw error;
    });
    return boxPromise;
  });

  app.decorate('publicUrl', () => {
    const address = app.server.listening ? app.server.address() : null;
    return publicBaseUrl(options.config.publicUrl, address && typeof address === 'object' ? { host: options.config.host, port: address.port } : null);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    reply.header('X-Pos-Api-Version', API_VERSION);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    if (apiError.headers) reply.headers(apiError.headers);
    return reply.status(apiError.statusCode).send(apiError.toBody(request.id));
  });

  app.setNotFoundHandler((request, reply) => {
    const error = new ApiError('not_found', 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}.`);
    return reply.status(404).send(error.toBody(request.id));
  });

  registerUrlSecretGuard(app);
  registerInputGuard(app);

  // OpenAPI first: it collects every route registered after it.
  await registerOpenApi(app);

  registerHealthRoute(app);
  registerProductImageRoute(app);

  // Feature plugins (each owns its routes and schemas).
  await app.register((await import('./api/api-plugin')).default);
  await app.register((await import('./events/events-plugin')).default);
  await app.register((await import('./webhooks/webhooks-plugin')).default, { workers: options.workers !== false });
  await app.register((await import('./sync/sync-plugin')).default);
  await app.register((await import('./backoffice/backoffice-plugin')).default);

  return app;
}
