// Hardware bridge: the HardwareApi over loopback HTTP (POST /rpc/<channel>) and push events over a
// WebSocket (/events), both behind a bearer token, so a browser till can drive the shop's hardware.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import websocket from '@fastify/websocket';
import { HARDWARE_EVENT_NAMES } from '../../core/hardware-contract';
import { dispatchHardware, type HardwareService } from '../hardware-service';

export interface BridgeOptions {
  service: HardwareService;
  /** Defaults to a fresh random token. */
  token?: string;
  host?: string;
  port?: number;
  /** Extra browser origins allowed to call (loopback origins always are). */
  allowedOrigins?: string[];
  log?: (line: string) => void;
}

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

const STATUS_FOR: Record<string, number> = { unauthorized: 401, invalid_args: 400, unknown_channel: 404 };

export function newBridgeToken(): string {
  return randomBytes(24).toString('hex');
}

function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const u = new URL(origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? newBridgeToken();
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  await app.register(websocket);

  const originAllowed = (origin: string | undefined) => origin !== undefined && (isLoopbackOrigin(origin) || (options.allowedOrigins ?? []).includes(origin));

  // One allow rule (loopback + configured origins); the token is what protects the bridge. A
  // preflight from any other origin is refused outright (403) rather than answered without headers.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method === 'OPTIONS' && !originAllowed(req.headers.origin)) return reply.code(403).send();
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, originAllowed(origin)),
    methods: ['POST', 'GET', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  const unauthorized = (reply: FastifyReply) =>
    reply.code(401).send({ ok: false, error: { code: 'unauthorized', message: 'missing or wrong hardware bridge token' } });

  app.get('/health', async () => ({ ok: true }));

  app.post('/rpc/:channel', async (req: FastifyRequest<{ Params: { channel: string } }>, reply) => {
    const auth = req.headers.authorization;
    const given = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!tokenMatches(token, given)) return unauthorized(reply);
    const result = await dispatchHardware(options.service.api, req.params.channel, req.body ?? {});
    if (!result.ok) options.log?.(`bridge ${req.params.channel}: ${result.error.code} ${result.error.message}`);
    return reply.code(result.ok ? 200 : (STATUS_FOR[result.error.code] ?? 200)).send(result);
  });

  app.get(
    '/events',
    {
      websocket: true,
      preValidation: async (req: FastifyRequest<{ Querystring: { token?: string } }>, reply) => {
        if (!tokenMatches(token, req.query.token)) return unauthorized(reply);
      },
    },
    (socket) => {
      const offs = HARDWARE_EVENT_NAMES.map((event) => options.service.on(event, (payload) => socket.send(JSON.stringify({ event, payload }))));
      socket.on('close', () => offs.forEach((off) => off()));
    },
  );

  // Malformed JSON and the like come back in the Result shape too.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    void reply.code(status).send({ ok: false, error: { code: status === 500 ? 'internal' : 'invalid_args', message: error.message } });
  });

  const host = options.host ?? '127.0.0.1';
  const address = await app.listen({ host, port: options.port ?? 0 });
  return { url: address, token, close: () => app.close() };
}
