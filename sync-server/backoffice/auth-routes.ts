// Sign-in, sign-out and "who am I" for the back office (e-mail + password, session cookie, CSRF token).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { ApiError } from '../http/api-error';
import { cookieOptions, exposeCsrfSecret, sessionOf } from './request-context';
import { markLoginSucceeded, reserveLoginAttempt } from './login-throttle';
import { SESSION_COOKIE, createSession, deleteSession, type BackofficeSession } from './sessions';

const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

interface UserRow {
  id: string;
  business_id: string;
  email: string;
  name: string;
  role: 'owner' | 'manager';
  password_hash: string;
}

/** What the page needs after sign-in: the user, the business, its locations, a CSRF token and whether this is a development service. */
async function sessionBody(app: FastifyInstance, session: BackofficeSession, reply: FastifyReply) {
  const [business, locations] = await Promise.all([
    app.db.query<{ id: string; name: string; currency: string }>('SELECT id, name, currency FROM businesses WHERE id = $1', [session.businessId]),
    app.db.query<{ id: string; name: string; currency: string; timezone: string; tax_mode: string }>(
      // The business's first location first: pages open on it unless the manager chose another.
      'SELECT id, name, currency, timezone, tax_mode FROM locations WHERE business_id = $1 ORDER BY created_at, id',
      [session.businessId],
    ),
  ]);
  return {
    user: { id: session.userId, email: session.email, name: session.name, role: session.role },
    business: business.rows[0] ?? null,
    locations: locations.rows,
    csrf_token: reply.generateCsrf(),
    // The page shows a "development" badge while POS_WEBHOOK_ALLOW_PRIVATE=1 relaxes the webhook URL checks.
    development: app.config.webhookAllowPrivate,
  };
}

export function registerAuthRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  // Unknown e-mails are checked against this hash of a random password, so they cost as much as a
  // real check and timing does not tell which addresses have accounts.
  const dummyHash = hashPassword(randomBytes(24).toString('base64'));

  app.post('/api/login', { schema: { body: LoginBody, hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const email = request.body.email.trim().toLowerCase();
    const ip = request.ip;
    const reservation = await reserveLoginAttempt(app.db, email, ip);
    if (reservation.locked) {
      const lock = reservation.state;
      throw new ApiError(
        'rate_limited',
        'login_locked',
        `Too many failed sign-ins ${lock.reason === 'ip' ? 'from this address' : 'for this account'}; try again in ${Math.ceil(lock.retryAfterSeconds / 60)} minute(s).`,
        { headers: { 'Retry-After': String(lock.retryAfterSeconds) } },
      );
    }
    const { rows } = await app.db.query<UserRow>(
      'SELECT id, business_id, email, name, role, password_hash FROM users WHERE lower(email) = $1 AND disabled_at IS NULL',
      [email],
    );
    const user = rows[0];
    const valid = await verifyPassword(request.body.password, user?.password_hash ?? (await dummyHash));
    if (valid && user) await markLoginSucceeded(app.db, reservation.attemptId);
    if (!valid || !user) throw new ApiError('authentication', 'invalid_credentials', 'The e-mail or password is wrong.');

    // A fresh token on every sign-in (no session fixation); an older session of this browser ends.
    if (request.backofficeSession) await deleteSession(app.db, request.backofficeSession.id);
    const csrfSecret = randomBytes(24).toString('base64url');
    const created = await createSession(app.db, user, csrfSecret);
    reply.setCookie(SESSION_COOKIE, created.token, cookieOptions(request));
    const session: BackofficeSession = {
      id: created.id,
      businessId: user.business_id,
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      csrfSecret,
    };
    request.backofficeSession = session;
    exposeCsrfSecret(request, csrfSecret);
    return sessionBody(app, session, reply);
  });

  app.get('/api/session', { schema: { hide: true } }, async (request: FastifyRequest, reply) => sessionBody(app, sessionOf(request), reply));

  app.post('/api/logout', { schema: { hide: true } }, async (request, reply) => {
    await deleteSession(app.db, sessionOf(request).id);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.status(204).send();
  });
}
