// The back office (SPEC §8): managers' web app at /backoffice and its JSON API at /backoffice/api/….
// Cookie sessions (in the database), CSRF tokens on every state-changing request, roles owner/manager.
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
// for `schema.hide`: back-office routes are internal to the page, not part of the integrators' OpenAPI
import type {} from '@fastify/swagger';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toApiError } from '../http/to-api-error';
import { ApiError } from '../http/api-error';
import { registerAuthRoutes } from './auth-routes';
import { registerApiKeyRoutes } from './api-keys-routes';
import { registerAssetRoutes } from './assets';
import { registerWebhookRoutes } from './webhooks-routes';
import { registerOrderRoutes } from './orders-routes';
import { registerDeviceRoutes } from './devices-routes';
import { registerDashboardRoutes } from './dashboard-routes';
import { registerCatalogRoutes } from './catalog-routes';
import { registerProductImageRoutes } from './product-image-routes';
import { registerStaffRoutes } from './staff-routes';
import { registerShiftRoutes } from './shifts-routes';
import { registerUserRoutes } from './users-routes';
import { exposeCsrfSecret } from './request-context';
import { SESSION_COOKIE, findSession } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function backoffice(app: FastifyInstance): Promise<void> {
  await app.register(
    async (bo) => {
      if (!bo.hasRequestDecorator('cookies')) await bo.register(cookie);
      // The CSRF secret lives on the database session (sessions.csrf_secret), so every instance
      // verifies the same tokens; the plugin reads it from `request.session` (its session mode).
      bo.decorateRequest('session', null);
      await bo.register(csrfProtection, {
        sessionPlugin: '@fastify/session',
        sessionKey: 'csrfSecret',
        getToken: (request) => {
          const header = request.headers['x-csrf-token'];
          return typeof header === 'string' ? header : '';
        },
      });
      bo.decorateRequest('backofficeSession', null);

      bo.addHook('onRequest', async (request, reply) => {
        reply.header('X-Content-Type-Options', 'nosniff');
        reply.header('Referrer-Policy', 'same-origin');
        if (!request.url.startsWith('/backoffice/api/')) return;
        reply.header('Cache-Control', 'no-store');
        const token = request.cookies[SESSION_COOKIE];
        const session = token ? await findSession(bo.db, token) : null;
        request.backofficeSession = session;
        exposeCsrfSecret(request, session?.csrfSecret ?? null);
        const access = request.routeOptions.config.access ?? 'signed_in';
        if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
        if (access === 'public') return;
        if (!session) throw new ApiError('authentication', 'not_signed_in', 'Sign in to the back office first.');
        if (access === 'owner' && session.role !== 'owner') {
          throw new ApiError('permission', 'owner_required', 'Only an owner can do this; ask the business owner.');
        }
      });

      // Every state-changing request of a signed-in user carries the session's CSRF token in
      // X-CSRF-Token; checked before the body is validated so a forged request learns nothing.
      bo.addHook('preValidation', (request, reply, done) => {
        const access = request.routeOptions.config.access ?? 'signed_in';
        if (SAFE_METHODS.has(request.method) || access === 'public' || !request.url.startsWith('/backoffice/api/')) return done();
        bo.csrfProtection(request, reply, done);
      });

      bo.setErrorHandler((error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) => {
        const code = (error as FastifyError).code;
        const apiError =
          code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET'
            ? new ApiError('permission', 'csrf_token_invalid', 'Missing or invalid X-CSRF-Token header; reload the page and try again.')
            : toApiError(error);
        if (apiError.statusCode >= 500) request.log.error({ err: error }, 'back office request failed');
        if (apiError.headers) reply.headers(apiError.headers);
        return reply.status(apiError.statusCode).send(apiError.toBody(request.id));
      });

      registerAuthRoutes(bo);
      registerApiKeyRoutes(bo);
      registerWebhookRoutes(bo);
      registerOrderRoutes(bo);
      registerDeviceRoutes(bo);
      registerDashboardRoutes(bo);
      registerCatalogRoutes(bo);
      await registerProductImageRoutes(bo);
      registerStaffRoutes(bo);
      registerShiftRoutes(bo);
      registerUserRoutes(bo);
      await registerAssetRoutes(bo);
    },
    { prefix: '/backoffice' },
  );
}

/**
 * Refuses writes another site's page started (defence in depth beside the CSRF token). Browsers say
 * so in Sec-Fetch-Site, which a proxy rewriting Host cannot confuse; older browsers are judged by
 * Origin against the Host (or X-Forwarded-Host) the request arrived with.
 */
function checkOrigin(request: FastifyRequest): void {
  const refuse = () => new ApiError('permission', 'cross_site_request', 'Cross-site requests are refused.');
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined) {
    if (fetchSite === 'same-origin' || fetchSite === 'none') return;
    throw refuse();
  }
  const origin = request.headers.origin;
  if (!origin) return;
  let same: boolean;
  try {
    // through URL on both sides so default ports compare equal (localhost:80 = localhost)
    same = new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    same = false;
  }
  if (!same) throw refuse();
}

export default fp(backoffice, { name: 'backoffice', dependencies: ['webhooks'] });
