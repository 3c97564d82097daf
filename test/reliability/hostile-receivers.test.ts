// Webhook receivers that misbehave (issue #11 fault suite), all at once beside one healthy receiver:
// one hangs, one trickles its answer a byte at a time, one resets the connection, one redirects, one
// answers 20 MB, one flaps 503/200, one answers 429 with Retry-After. The limits hold (timeout, no
// redirect followed, at most 64 KB read and 2 KB stored, Retry-After honoured) and the healthy
// endpoint keeps its latency. Loopback only, a few seconds.
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../../sync-server/storage/test-database';
import { createEndpoint } from '../../sync-server/webhooks/webhook-store';
import { eventually, startDispatcher, testBox, testPolicy, type TestDispatcher } from '../../sync-server/webhooks/webhooks-test-support';
import { seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';

type Handler = (index: number, res: ServerResponse) => void;

interface Hostile {
  url: string;
  hits: number[];
  close(): Promise<void>;
}

async function httpReceiver(handle: Handler): Promise<Hostile> {
  const hits: number[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      open.add(res);
      res.on('close', () => open.delete(res));
      handle(hits.push(Date.now()) - 1, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hits,
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Accepts, reads the request, then resets the connection (RST) without a byte of answer. */
async function resettingReceiver(): Promise<Hostile> {
  const hits: number[] = [];
  const sockets = new Set<Socket>();
  const server: TcpServer = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => {
      hits.push(Date.now());
      socket.resetAndDestroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    hits,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const TIMEOUT_MS = 4_000;

describe.each(TEST_ENGINES)('hostile webhook receivers (%s)', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  let dispatcher: TestDispatcher;
  const receivers: Record<string, Hostile> = {};
  const endpoints: Record<string, string> = {};
  const timers: NodeJS.Timeout[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    const target = await httpReceiver((_i, res) => res.end('ok'));
    receivers.target = target;
    receivers.healthy = await httpReceiver((_i, res) => res.end('ok'));
    receivers.hang = await httpReceiver(() => undefined);
    receivers.trickle = await httpReceiver((_i, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 100);
      timers.push(timer);
      res.on('close', () => clearInterval(timer));
    });
    receivers.reset = await resettingReceiver();
    receivers.redirect = await httpReceiver((_i, res) => res.writeHead(307, { location: target.url }).end());
    receivers.huge = await httpReceiver((_i, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const more = () => {
        while (sent < 20 && res.write(chunk)) sent++;
        if (sent >= 20) res.end();
      };
      res.on('drain', () => {
        sent++;
        more();
      });
      more();
    });
    receivers.flap = await httpReceiver((i, res) => res.writeHead(i % 2 === 0 ? 503 : 200).end(i % 2 === 0 ? 'down' : 'ok'));
    receivers.limited = await httpReceiver((i, res) => (i === 0 ? res.writeHead(429, { 'retry-after': '1' }).end('slow down') : res.end('ok')));
    for (const [name, r] of Object.entries(receivers)) {
      if (name === 'target') continue;
      const { endpoint } = await handle.db.transaction((tx) =>
        createEndpoint(tx, testBox, {
          businessId: biz.businessId,
          name,
          url: r.url,
          subscribedEvents: ['order.paid'],
          payload: 'full',
          enabled: true,
          locationIds: null,
        }),
      );
      endpoints[name] = endpoint.id;
    }
    dispatcher = await startDispatcher(handle.db, testPolicy({ retrySchedule: [200, 200, 200], concurrencyPerEndpoint: 2 }), { timeoutMs: TIMEOUT_MS });
  });

  afterAll(async () => {
    for (const timer of timers) clearInterval(timer);
    for (const r of Object.values(receivers)) await r.close();
    await dispatcher?.stop();
    await handle?.close();
  });

  const attempts = async (name: string) =>
    (
      await handle.db.query<{
        number: number;
        status_code: number | null;
        error_class: string | null;
        response_body: string | null;
        duration_ms: number;
        started_at: Date;
      }>('SELECT a.* FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.endpoint_id = $1 ORDER BY a.started_at, a.number', [
        endpoints[name],
      ])
    ).rows;

  it('limits hold for each misbehaving receiver and the healthy one keeps its latency', async () => {
    const emitted: number[] = [];
    for (let i = 0; i < 3; i++) {
      emitted.push(Date.now());
      await handle.db.transaction((tx) =>
        recordEvent(tx, { businessId: biz.businessId, type: 'order.paid', locationId: biz.locationIds[0], data: { object: { id: `ord_${i}` } } }),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // The healthy receiver gets each event promptly, while hangs and trickles hold their own slots.
    await eventually(async () => receivers.healthy!.hits.length >= 3, 5_000, 'the healthy receiver');
    // Never as late as the attempt timeout: a healthy delivery queued behind a hanging one would wait
    // for it. (Typically ~20 ms; the bound is loose because the suite shares two busy cores.)
    receivers.healthy!.hits.forEach((at, i) => expect(at - emitted[i]!).toBeLessThan(TIMEOUT_MS - 500));

    await eventually(async () => (await attempts('hang')).length >= 1 && (await attempts('trickle')).length >= 1, 10_000, 'timed-out attempts');
    for (const name of ['hang', 'trickle']) {
      for (const a of await attempts(name)) {
        expect(a.error_class, name).toBe('timeout');
        expect(a.duration_ms, name).toBeLessThan(TIMEOUT_MS + 1_000);
      }
    }
    await eventually(async () => (await attempts('reset')).length >= 1, 5_000, 'reset attempt');
    expect((await attempts('reset')).every((a) => a.status_code === null && a.error_class === 'connection_error')).toBe(true);

    await eventually(async () => (await attempts('redirect')).length >= 1, 5_000, 'redirect attempt');
    expect((await attempts('redirect'))[0]).toMatchObject({ status_code: 307, error_class: 'http_status' });
    expect(receivers.target!.hits).toHaveLength(0); // redirects are not followed

    await eventually(async () => (await attempts('huge')).length >= 3, 10_000, '20 MB answers');
    for (const a of await attempts('huge')) {
      expect(a.status_code).toBe(200);
      expect(a.response_body).toHaveLength(2048);
      expect(a.duration_ms).toBeLessThan(TIMEOUT_MS);
    }

    await eventually(
      async () => {
        const { rows } = await handle.db.query<{ status: string }>('SELECT status FROM webhook_deliveries WHERE endpoint_id = $1', [endpoints.flap]);
        return rows.length === 3 && rows.every((r) => r.status === 'succeeded');
      },
      10_000,
      'the flapping receiver to take every event',
    );

    await eventually(async () => (await attempts('limited')).length >= 4, 10_000, 'the rate-limited receiver');
    const limited = await attempts('limited');
    expect(limited[0]).toMatchObject({ status_code: 429 });
    const first = limited[0]!;
    const retry = limited.filter((a) => a.number === 2).map((a) => a.started_at.getTime())[0];
    // The event answered 429 waits for Retry-After (1 s), not the 200 ms schedule.
    expect(retry).toBeDefined();
    expect(retry! - first.started_at.getTime()).toBeGreaterThanOrEqual(900);
  });
});
