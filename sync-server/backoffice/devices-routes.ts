// Back office: the tills of each location — pairing codes, revoke, last seen, sync progress and the
// mutations the server rejected (kept, never dropped, shown here), and the settings changed at the tills.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { RejectedMutationView } from '../../core/api/backoffice';
import { createPairingCode } from '../auth/pairing-codes';
import { notFound } from '../http/api-error';
import { listRejectedMutations } from '../sync/mutation-log';
import { listSettingsChanges } from '../sync/settings-changes';
import { sessionOf } from './request-context';
import { listDevices, revokeDevice } from '../sync/devices-repository';
import { assertLocationsOfBusiness } from './locations';

const PairBody = Type.Object(
  {
    location_id: Type.String({ minLength: 1, maxLength: 64 }),
    // false: the code pairs a test-mode till (TEST MODE badge; its sales are test data)
    livemode: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export function registerDeviceRoutes(bo: FastifyInstance): void {
  const app = bo.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/devices', { schema: { hide: true } }, async (request) => ({ data: await listDevices(app.db, sessionOf(request).businessId) }));

  app.get('/api/settings-changes', { schema: { hide: true } }, async (request) => listSettingsChanges(app.db, sessionOf(request).businessId));

  app.post('/api/devices/pairing-codes', { schema: { body: PairBody, hide: true } }, async (request, reply) => {
    const businessId = sessionOf(request).businessId;
    await assertLocationsOfBusiness(app.db, businessId, [request.body.location_id], 'location_id');
    const code = await createPairingCode(app.db, { businessId, locationId: request.body.location_id, livemode: request.body.livemode ?? true });
    return reply.status(201).send(code);
  });

  app.post('/api/devices/:id/revoke', { schema: { params: IdParams, hide: true } }, async (request) => {
    const device = await revokeDevice(app.db, sessionOf(request).businessId, request.params.id);
    if (!device) throw notFound('device', request.params.id, 'id');
    request.log.info({ device_id: device.id, user_id: sessionOf(request).userId }, 'back office revoked a device');
    return device;
  });

  app.get(
    '/api/rejected-mutations',
    {
      schema: {
        querystring: Type.Object({ device_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }, { additionalProperties: false }),
        hide: true,
      },
    },
    async (request): Promise<{ data: RejectedMutationView[] }> => {
      const rows = await listRejectedMutations(app.db, {
        businessId: sessionOf(request).businessId,
        ...(request.query.device_id ? { deviceId: request.query.device_id } : {}),
        limit: 100,
      });
      return { data: rows.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at).toISOString(), received_at: new Date(r.received_at).toISOString() })) };
    },
  );
}
