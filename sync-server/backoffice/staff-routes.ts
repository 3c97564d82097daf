// Back office: till staff — names, roles, where they may sign in, and their PINs (set and reset; only
// the PBKDF2 hash is stored, which the tills pull to verify PINs offline).
import type { FastifyInstance } from 'fastify';
import type { StaffView } from '../../core/api/backoffice';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { hashPin, verifyPin } from '../../core/pin-hash';
import { DEFAULT_ROLE_PERMISSIONS, RolePermissionsSchema, type RolePermissions, type StaffRole } from '../../core/roles';
import { newId } from '../../core/ids';
import { ApiError, notFound } from '../http/api-error';
import type { Queryable } from '../storage/database';
import { sessionOf } from './request-context';
import { assertLocationsOfBusiness } from './locations';

const Pin = Type.String({ pattern: '^[0-9]{4,8}$', description: '4–8 digits' });
const Role = Type.Union([Type.Literal('owner'), Type.Literal('manager'), Type.Literal('cashier')]);
const LocationOrAll = Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]);
const CreateBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), role: Role, location_id: LocationOrAll, pin: Pin },
  { additionalProperties: false },
);
const UpdateBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    role: Type.Optional(Role),
    location_id: Type.Optional(LocationOrAll),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
const PinBody = Type.Object({ pin: Pin }, { additionalProperties: false });
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
/** A discount above this share (basis points of what it applies to) needs approval at the till. */
const DiscountLimitBody = Type.Object({ basis_points: Type.Integer({ minimum: 0, maximum: 10_000 }) }, { additionalProperties: false });
interface DiscountLimitView {
  location_id: string;
  name: string;
  basis_points: number;
}

interface StaffRow {
  id: string;
  name: string;
  role: StaffRole;
  location_id: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const view = (r: StaffRow): StaffView => ({ ...r, created_at: new Date(r.created_at).toISOString(), updated_at: new Date(r.updated_at).toISOString() });

async function getStaff(db: Queryable, businessId: string, id: string): Promise<StaffRow | null> {
  const { rows } = await db.query<StaffRow>(
    'SELECT id, name, role, location_id, active, created_at, updated_at FROM staff WHERE id = $1 AND business_id = $2',
    [id, businessId],
  );
  return rows[0] ?? null;
}

/**
 * Tills sign staff in by PIN alone, so two active people who can sign in at the same location must
 * not share a PIN. Checked against the stored hashes (a few dozen PBKDF2 runs at most).
 */
async function assertPinFree(db: Queryable, businessId: string, pin: string, locationId: string | null, exceptId: string | null): Promise<void> {
  const { rows } = await db.query<{ pin_hash: string }>(
    `SELECT pin_hash FROM staff WHERE business_id = $1 AND active AND ($2::text IS NULL OR id <> $2)
        AND ($3::text IS NULL OR location_id IS NULL OR location_id = $3)`,
    [businessId, exceptId, locationId],
  );
  const taken = await Promise.all(rows.map((r) => verifyPin(pin, r.pin_hash)));
  if (taken.some(Boolean)) {
    throw new ApiError('conflict', 'pin_in_use', 'Someone who signs in at the same location already uses this PIN; choose another.', { param: 'pin' });
  }
}

export function registerStaffRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();
  const business = (request: Parameters<typeof sessionOf>[0]) => sessionOf(request).businessId;

  app.get('/api/staff', { schema: { hide: true } }, async (request) => {
    const { rows } = await app.db.query<StaffRow>(
      'SELECT id, name, role, location_id, active, created_at, updated_at FROM staff WHERE business_id = $1 ORDER BY active DESC, name, id',
      [business(request)],
    );
    return { data: rows.map(view) };
  });

  app.post('/api/staff', { schema: { body: CreateBody, hide: true } }, async (request, reply) => {
    const businessId = business(request);
    const { name, role, location_id, pin } = request.body;
    if (location_id) await assertLocationsOfBusiness(app.db, businessId, [location_id], 'location_id');
    await assertPinFree(app.db, businessId, pin, location_id, null);
    const id = newId('stf');
    await app.db.query('INSERT INTO staff (id, business_id, location_id, name, role, pin_hash) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      businessId,
      location_id,
      name.trim(),
      role,
      await hashPin(pin),
    ]);
    return reply.status(201).send(view((await getStaff(app.db, businessId, id))!));
  });

  app.patch('/api/staff/:id', { schema: { params: IdParams, body: UpdateBody, hide: true } }, async (request) => {
    const businessId = business(request);
    const current = await getStaff(app.db, businessId, request.params.id);
    if (!current) throw notFound('staff member', request.params.id, 'id');
    const { name, role, location_id, active } = request.body;
    if (location_id) await assertLocationsOfBusiness(app.db, businessId, [location_id], 'location_id');
    await app.db.query(
      `UPDATE staff SET name = coalesce($3, name), role = coalesce($4, role),
              location_id = CASE WHEN $5 THEN $6 ELSE location_id END, active = coalesce($7, active), updated_at = now()
        WHERE id = $1 AND business_id = $2`,
      [current.id, businessId, name?.trim() ?? null, role ?? null, location_id !== undefined, location_id ?? null, active ?? null],
    );
    return view((await getStaff(app.db, businessId, current.id))!);
  });

  // What managers and cashiers may do at the tills without a manager PIN (owners: everything).
  app.get('/api/role-permissions', { schema: { hide: true } }, async (request) => {
    const { rows } = await app.db.query<{ role_permissions: RolePermissions | null }>('SELECT role_permissions FROM businesses WHERE id = $1', [
      business(request),
    ]);
    return rows[0]?.role_permissions ?? DEFAULT_ROLE_PERMISSIONS;
  });

  // Only an owner decides what managers and cashiers may do without approval (a manager must not
  // be able to lift their own limits).
  app.put('/api/role-permissions', { schema: { body: RolePermissionsSchema, hide: true }, config: { access: 'owner' } }, async (request) => {
    const businessId = business(request);
    await app.db.transaction(async (tx) => {
      await tx.query('UPDATE businesses SET role_permissions = $2 WHERE id = $1', [businessId, JSON.stringify(request.body)]);
      // The tills get the setting with their location: touching each location queues it for their next pull and pokes them.
      await tx.query('UPDATE locations SET updated_at = now() WHERE business_id = $1', [businessId]);
    });
    request.log.info({ user_id: sessionOf(request).userId }, 'back office changed the till role permissions');
    return request.body;
  });

  app.get('/api/discount-limits', { schema: { hide: true } }, async (request): Promise<{ data: DiscountLimitView[] }> => {
    const { rows } = await app.db.query<DiscountLimitView>(
      'SELECT id AS location_id, name, discount_approval_basis_points AS basis_points FROM locations WHERE business_id = $1 ORDER BY name, id',
      [business(request)],
    );
    return { data: rows };
  });

  app.put(
    '/api/discount-limits/:id',
    { schema: { params: IdParams, body: DiscountLimitBody, hide: true }, config: { access: 'owner' } },
    async (request): Promise<DiscountLimitView> => {
      // Touching updated_at queues the location (with its limit) for the tills' next pull.
      const { rows } = await app.db.query<DiscountLimitView>(
        `UPDATE locations SET discount_approval_basis_points = $3, updated_at = now() WHERE id = $1 AND business_id = $2
         RETURNING id AS location_id, name, discount_approval_basis_points AS basis_points`,
        [request.params.id, business(request), request.body.basis_points],
      );
      if (!rows[0]) throw notFound('location', request.params.id, 'id');
      request.log.info({ location_id: request.params.id, user_id: sessionOf(request).userId }, 'back office changed the discount approval limit');
      return rows[0];
    },
  );

  app.post('/api/staff/:id/pin', { schema: { params: IdParams, body: PinBody, hide: true } }, async (request) => {
    const businessId = business(request);
    const current = await getStaff(app.db, businessId, request.params.id);
    if (!current) throw notFound('staff member', request.params.id, 'id');
    await assertPinFree(app.db, businessId, request.body.pin, current.location_id, current.id);
    await app.db.query('UPDATE staff SET pin_hash = $3, updated_at = now() WHERE id = $1 AND business_id = $2', [
      current.id,
      businessId,
      await hashPin(request.body.pin),
    ]);
    request.log.info({ staff_id: current.id, user_id: sessionOf(request).userId }, 'back office reset a staff PIN');
    return view((await getStaff(app.db, businessId, current.id))!);
  });
}
