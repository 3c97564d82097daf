// Sync API for tills (SPEC §5.6): pairing, push, pull, the SSE stream and rejected mutations.
// Tills authenticate with their device token; a browser till on the shop's LAN is another origin,
// so these routes answer CORS (safe to reflect any origin: the token is a header, never a cookie).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  PairRequestSchema,
  PairResponseSchema,
  PullQuerySchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  RejectedMutationSchema,
  SeqGapErrorSchema,
  SYNC_PREFIX,
} from '../../core/sync/protocol';
import { TokenBucketLimiter } from '../http/rate-limiter';
import { ApiError, ErrorBodySchema } from '../http/api-error';
import { pruneSyncChanges } from './change-log';
import { authenticateDevice, pairDevice, recordUnsyncedCount, UNSYNCED_HEADER, type DevicePrincipal } from './devices';
import { readPull } from './pull';
import { listRejectedMutations } from './mutation-log';
import { applyPush, SeqGapError } from './push';
import { StreamHub } from './stream-hub';

declare module 'fastify' {
  interface FastifyRequest {
    device: DevicePrincipal | null;
  }
  interface FastifyInstance {
    syncStreams: StreamHub;
  }
}

const errorResponse = (description: string) => Type.Object({ error: ErrorBodySchema.properties.error }, { description });
const commonErrors = {
  400: errorResponse('Invalid request body or query'),
  401: errorResponse('Missing, unknown or revoked device token (or pairing code)'),
};
const tags = ['sync'];
const PRUNE_INTERVAL_MS = 3_600_000;
const security = [{ deviceToken: [] }];

/** Browser tills may run on any origin (a tablet on the LAN): the device token protects the sync API. */
const SYNC_CORS = {
  origin: true,
  methods: ['GET', 'POST', 'OPTIONS'],
  allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id', 'X-Pos-Unsynced'],
  exposedHeaders: ['X-Request-Id'],
  maxAge: 600,
};

async function syncPlugin(instance: FastifyInstance): Promise<void> {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const hub = new StreamHub(app.db);
  await hub.start();
  app.decorate('syncStreams', hub);
  app.decorateRequest('device', null);
  // Open SSE responses would hold server.close() forever; end them first.
  app.addHook('preClose', async () => hub.stop());

  // The change log keeps 30 days; a till with an older cursor gets a fresh snapshot.
  const pruneTimer = setInterval(() => {
    pruneSyncChanges(app.db).catch((error: unknown) => app.log.error({ err: error }, 'sync change-log pruning failed'));
  }, PRUNE_INTERVAL_MS);
  pruneTimer.unref();
  app.addHook('onClose', async () => clearInterval(pruneTimer));

  // CORS for the sync routes only; every other URL answers without CORS headers.
  await app.register(cors, {
    delegator: (request, callback) => callback(null, request.url.startsWith(SYNC_PREFIX) ? SYNC_CORS : { origin: false }),
  });

  const authenticate = async (request: FastifyRequest) => {
    request.device = await authenticateDevice(app.db, request.headers.authorization);
    await recordUnsyncedCount(app.db, request.device, request.headers[UNSYNCED_HEADER]);
  };
  const deviceOf = (request: FastifyRequest): DevicePrincipal => request.device!;

  // Pairing codes are short enough to type; cap guesses per address (30 at once, then one per 2 s).
  const pairAttempts = new TokenBucketLimiter(0.5, 60);

  app.post(
    `${SYNC_PREFIX}/pair`,
    {
      schema: {
        tags,
        summary: 'Pair a till with a one-time code',
        body: PairRequestSchema,
        response: { 200: PairResponseSchema, ...commonErrors, 429: errorResponse('Too many pairing attempts from this address') },
      },
    },
    async (request) => {
      const decision = pairAttempts.take(request.ip);
      if (!decision.allowed) {
        throw new ApiError('rate_limited', 'too_many_pairing_attempts', 'Too many pairing attempts; wait a moment and try again.', {
          headers: { 'Retry-After': String(decision.retryAfterSeconds) },
        });
      }
      const { device, token, location } = await pairDevice(app.db, request.body.code, request.body.device_name);
      request.log.info({ device_id: device.id, location_id: device.locationId }, 'till paired');
      return { device_id: device.id, device_token: token, location, livemode: device.livemode };
    },
  );

  app.post(
    `${SYNC_PREFIX}/push`,
    {
      preValidation: authenticate,
      // A mutation with unstorable text or absurd nesting is recorded as rejected, not a 400 for the whole push.
      config: { bodyCheckedPerItem: true },
      schema: {
        tags,
        security,
        summary: "Push the till's outbox mutations in seq order",
        body: PushRequestSchema,
        response: { 200: PushResponseSchema, 409: SeqGapErrorSchema, ...commonErrors },
      },
    },
    async (request, reply) => {
      try {
        const response = await applyPush(app.db, deviceOf(request), request.body.mutations);
        for (const r of response.results.filter((x) => x.status === 'rejected')) {
          request.log.warn({ device_id: deviceOf(request).id, seq: r.seq, mutation_id: r.id, code: r.error?.code }, 'till mutation rejected');
        }
        return response;
      } catch (error) {
        if (!(error instanceof SeqGapError)) throw error;
        return reply.status(409).send({
          error: {
            type: 'conflict' as const,
            code: 'seq_gap' as const,
            message: `Mutations must arrive in seq order without gaps; resend from seq ${error.expectedSeq}.`,
            request_id: request.id,
            expected_seq: error.expectedSeq,
          },
        });
      }
    },
  );

  app.get(
    `${SYNC_PREFIX}/pull`,
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Catalog changes and open API orders since a cursor',
        querystring: PullQuerySchema,
        response: { 200: PullResponseSchema, ...commonErrors },
      },
    },
    async (request) => readPull(app.db, deviceOf(request), request.query.cursor, app.publicUrl(), request.query.limit),
  );

  app.get(
    `${SYNC_PREFIX}/rejected`,
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "This till's rejected mutations, newest first",
        response: { 200: Type.Object({ data: Type.Array(RejectedMutationSchema) }), ...commonErrors },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const rows = await listRejectedMutations(app.db, { businessId: device.businessId, deviceId: device.id });
      return {
        data: rows.map((row) => ({
          id: row.id,
          seq: row.seq,
          type: row.type,
          occurred_at: new Date(row.occurred_at).toISOString(),
          received_at: new Date(row.received_at).toISOString(),
          error: { code: row.error_code, message: row.error_message },
          payload: row.payload,
        })),
      };
    },
  );

  app.get(
    `${SYNC_PREFIX}/stream`,
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Server-Sent Events: `ready` on connect, `poke` when the till should pull',
        produces: ['text/event-stream'],
        response: commonErrors,
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      reply.hijack();
      reply.raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      hub.add(device.businessId, device.locationId, reply.raw);
    },
  );
}

export default fp(syncPlugin, { name: 'sync' });
