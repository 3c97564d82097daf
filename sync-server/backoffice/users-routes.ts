// Back office: its own users (owners only) — invite a manager or owner with a first password, change
// roles, set a password, disable and re-enable; and every user's own password change. A business
// always keeps at least one enabled owner. A new password ends the user's other sessions.
import type { FastifyInstance } from 'fastify';
import type { UserView } from '../../core/api/backoffice';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from '../auth/passwords';
import { createUser } from '../auth/users';
import { ApiError, notFound } from '../http/api-error';
import type { Queryable } from '../storage/database';
import { sessionOf } from './request-context';
import { deleteUserSessions } from './sessions';

const Role = Type.Union([Type.Literal('owner'), Type.Literal('manager')]);
const CreateBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    name: Type.String({ maxLength: 100 }),
    role: Role,
    password: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
const UpdateBody = Type.Object({ role: Type.Optional(Role), disabled: Type.Optional(Type.Boolean()) }, { additionalProperties: false, minProperties: 1 });
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const Password = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 1024 });
const SetPasswordBody = Type.Object({ password: Password }, { additionalProperties: false });
const OwnPasswordBody = Type.Object(
  { current_password: Type.String({ minLength: 1, maxLength: 1024 }), new_password: Password },
  { additionalProperties: false },
);

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'manager';
  created_at: Date;
  disabled_at: Date | null;
}

const view = (r: UserRow): UserView => ({
  ...r,
  created_at: new Date(r.created_at).toISOString(),
  disabled_at: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
});

async function listUsers(db: Queryable, businessId: string): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    'SELECT id, email, name, role, created_at, disabled_at FROM users WHERE business_id = $1 ORDER BY disabled_at IS NOT NULL, role DESC, email',
    [businessId],
  );
  return rows;
}

export function registerUserRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  const owner = { access: 'owner' as const };

  app.get('/api/users', { schema: { hide: true }, config: owner }, async (request) => ({
    data: (await listUsers(app.db, sessionOf(request).businessId)).map(view),
  }));

  app.post('/api/users', { schema: { body: CreateBody, hide: true }, config: owner }, async (request, reply) => {
    const businessId = sessionOf(request).businessId;
    let created;
    try {
      created = await createUser(app.db, {
        businessId,
        email: request.body.email,
        role: request.body.role,
        password: request.body.password,
        name: request.body.name.trim(),
      });
    } catch (error) {
      const message = (error as Error).message;
      if (message.includes('already exists')) throw new ApiError('conflict', 'email_taken', 'A user with this e-mail already exists.', { param: 'email' });
      throw new ApiError('invalid_request', 'parameter_invalid', `${message[0]!.toUpperCase()}${message.slice(1)}.`, {
        param: message.includes('email') ? 'email' : 'password',
      });
    }
    return reply.status(201).send(view((await listUsers(app.db, businessId)).find((u) => u.id === created.id)!));
  });

  app.patch('/api/users/:id', { schema: { params: IdParams, body: UpdateBody, hide: true }, config: owner }, async (request) => {
    const session = sessionOf(request);
    const { role, disabled } = request.body;
    return app.db.transaction(async (tx) => {
      // Lock the business's owners so two owners demoting each other at once cannot leave none.
      await tx.query(`SELECT id FROM users WHERE business_id = $1 AND role = 'owner' FOR UPDATE`, [session.businessId]);
      const users = await listUsers(tx, session.businessId);
      const user = users.find((u) => u.id === request.params.id);
      if (!user) throw notFound('user', request.params.id, 'id');
      const ownersLeft = users.filter((u) => u.role === 'owner' && !u.disabled_at && u.id !== user.id).length;
      const losesOwner = user.role === 'owner' && !user.disabled_at && ((role !== undefined && role !== 'owner') || disabled === true);
      if (losesOwner && ownersLeft === 0) {
        throw new ApiError('conflict', 'last_owner', 'The business needs at least one enabled owner; make someone else an owner first.', {
          param: role !== undefined ? 'role' : 'disabled',
        });
      }
      await tx.query(
        `UPDATE users SET role = coalesce($3, role),
                disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at WHEN $4 THEN coalesce(disabled_at, now()) ELSE NULL END, updated_at = now()
          WHERE id = $1 AND business_id = $2`,
        [user.id, session.businessId, role ?? null, disabled ?? null],
      );
      if (disabled) await deleteUserSessions(tx, user.id);
      return view((await listUsers(tx, session.businessId)).find((u) => u.id === user.id)!);
    });
  });

  app.post('/api/users/:id/password', { schema: { params: IdParams, body: SetPasswordBody, hide: true }, config: owner }, async (request) => {
    const session = sessionOf(request);
    const { rowCount } = await app.db.query('UPDATE users SET password_hash = $3, updated_at = now() WHERE id = $1 AND business_id = $2', [
      request.params.id,
      session.businessId,
      await hashPassword(request.body.password),
    ]);
    if (rowCount === 0) throw notFound('user', request.params.id, 'id');
    await app.db.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [request.params.id, session.id]);
    request.log.info({ target_user_id: request.params.id, user_id: session.userId }, 'back office set a user password');
    return { ok: true };
  });

  app.post('/api/me/password', { schema: { body: OwnPasswordBody, hide: true } }, async (request) => {
    const session = sessionOf(request);
    const { rows } = await app.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [session.userId]);
    if (!rows[0] || !(await verifyPassword(request.body.current_password, rows[0].password_hash))) {
      throw new ApiError('invalid_request', 'current_password_wrong', 'The current password is wrong.', { param: 'current_password', status: 422 });
    }
    await app.db.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
      session.userId,
      await hashPassword(request.body.new_password),
    ]);
    // Signed in elsewhere with the old password? Those sessions end; this one stays.
    await app.db.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [session.userId, session.id]);
    return { ok: true };
  });
}
