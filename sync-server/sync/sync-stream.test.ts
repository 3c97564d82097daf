import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../storage/database';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../storage/test-database';
import { pairTestDevice } from './test-sync-fixtures';
import { seedTestBusiness, type TestBusiness } from '../testing/test-business';

/** Reads an SSE response until an event of `name` arrives; resolves to its data line. */
async function nextEvent(reader: ReadableStreamDefaultReader<Uint8Array>, name: string, buffer: { text: string }): Promise<string> {
  const decoder = new TextDecoder();
  for (;;) {
    const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer.text);
    if (match) {
      buffer.text = buffer.text.slice(match.index + match[0].length);
      return match[1]!;
    }
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before a "${name}" event`);
    buffer.text += decoder.decode(value, { stream: true });
  }
}

describe.each(TEST_ENGINES)('sync stream on %s (real HTTP)', (engine) => {
  let t: TestDatabase;
  let other: Database;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let urlB: string;
  let f: TestBusiness;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    other = await t.reopen();
    // Two instances of the service on one database, as behind a load balancer.
    appA = await buildApp({ db: t.db, config: loadConfig({}), workers: false });
    appB = await buildApp({ db: other, config: loadConfig({}), workers: false });
    await appA.listen({ port: 0, host: '127.0.0.1' });
    urlB = await appB.listen({ port: 0, host: '127.0.0.1' });
    f = await seedTestBusiness(t.db);
  });
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    await t?.close();
  });

  it('refuses a stream without a device token', async () => {
    const res = await fetch(`${urlB}/sync/v1/stream`);
    expect(res.status).toBe(401);
    await res.body?.cancel();
  });

  it('pokes a till connected to one instance when the catalog changes through the other', async () => {
    const device = await pairTestDevice(appA, f);
    const abort = new AbortController();
    const res = await fetch(`${urlB}/sync/v1/stream`, {
      headers: { authorization: `Bearer ${device.device_token}`, origin: 'http://till.local:5173' },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://till.local:5173');
    const reader = res.body!.getReader();
    const buffer = { text: '' };
    expect(JSON.parse(await nextEvent(reader, 'ready', buffer))).toEqual({ reason: 'connected' });
    await vi.waitFor(() => expect(appB.syncStreams.size).toBe(1));

    // A price change committed through instance A's connection pool.
    await t.db.query('UPDATE products SET price = price + 10, updated_at = now() WHERE id = $1', [f.productIds[0]]);
    expect(JSON.parse(await nextEvent(reader, 'poke', buffer))).toEqual({ reason: 'catalog' });

    abort.abort();
    await reader.cancel().catch(() => undefined);
    await vi.waitFor(() => expect(appB.syncStreams.size).toBe(0));
  });
});
