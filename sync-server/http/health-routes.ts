// GET /health: is the service able to do its job right now? For load balancers, monitors and the
// reliability tests: 200 when the database answers, 503 (same body) when it does not, and the state
// of the LISTEN connection that carries pokes to tills (retrying forever after an outage).
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

const HEALTH_TIMEOUT_MS = 2_000;

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded'), Type.Literal('unavailable')]),
  database: Type.Object({ engine: Type.String(), reachable: Type.Boolean(), error: Type.Union([Type.String(), Type.Null()]) }),
  listen: Type.Object({
    state: Type.Union([Type.Literal('listening'), Type.Literal('reconnecting'), Type.Literal('idle')]),
    attempts: Type.Integer(),
    since: Type.Union([Type.String(), Type.Null()]),
    last_error: Type.Union([Type.String(), Type.Null()]),
  }),
});

export function registerHealthRoute(app: FastifyInstance): void {
  app.get(
    '/health',
    {
      schema: { tags: ['health'], summary: 'Service health: database reachable, LISTEN connection state', response: { 200: HealthSchema, 503: HealthSchema } },
    },
    async (_request, reply) => {
      let error: string | null = null;
      try {
        await Promise.race([
          app.db.query('SELECT 1'),
          new Promise((_resolve, reject) => setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS).unref()),
        ]);
      } catch (cause) {
        error = (cause as Error).message;
      }
      const listen = app.db.listenStatus();
      const status = error !== null ? 'unavailable' : listen.state === 'reconnecting' ? 'degraded' : 'ok';
      return reply.status(error === null ? 200 : 503).send({ status, database: { engine: app.db.kind, reachable: error === null, error }, listen });
    },
  );
}
