// What every back-office route knows about its request: the signed-in session, who may call the
// route (route config `access`), and the cookie settings. Shared by the plugin and the route files.
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import type { BackofficeSession } from './sessions';

/** Who may call a route: anyone (sign-in), any signed-in user, or owners only. */
export type Access = 'public' | 'signed_in' | 'owner';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    backofficeSession: BackofficeSession | null;
  }
}

/** The signed-in session of a request whose route requires one (the onRequest hook guarantees it). */
export function sessionOf(request: FastifyRequest): BackofficeSession {
  const session = request.backofficeSession;
  if (!session) throw new ApiError('authentication', 'not_signed_in', 'Sign in to the back office first.');
  return session;
}

/**
 * The mode a back-office request looks at: live, unless the page's "View test data" toggle is on
 * (the client then sends `X-Pos-View: test`), as Stripe's dashboard toggle. Test data never shows in
 * the live view, and what is created in the test view (webhook endpoints) is test-mode data.
 */
export function viewLivemode(request: FastifyRequest): boolean {
  return request.headers['x-pos-view'] !== 'test';
}

/** Secure cookies when the request reached us over https (directly or via a proxy that says so). */
export function cookieOptions(request: FastifyRequest) {
  return { path: '/backoffice', httpOnly: true, sameSite: 'strict' as const, secure: request.protocol === 'https' };
}

/** Lets @fastify/csrf-protection find this session's secret where it looks for it (`request.session`). */
export function exposeCsrfSecret(request: FastifyRequest, csrfSecret: string | null): void {
  (request as unknown as { session: { csrfSecret?: string } | null }).session = csrfSecret ? { csrfSecret } : null;
}
