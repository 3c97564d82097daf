// `webhooks listen` and `events trigger` against a running service, spawned as a user runs them: the
// listener prints a verified order.paid produced by the trigger, forwards it, and removes its endpoint
// on Ctrl+C.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../sync-server/auth/api-keys';
import { loadConfig } from '../sync-server/config';
import { DEMO_BUSINESS_ID } from '../sync-server/demo/demo-seed';
import { startServer, type RunningServer } from '../sync-server/server';
import { verifyPosSignature } from '../cli/integrator-commands';

const BIN = join(import.meta.dirname, '..', 'bin', 'anywhere-pos.js');

function cli(args: string[]): { child: ChildProcess; out: () => string; err: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, POS_API_KEY: '', POS_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, out: () => stdout, err: () => stderr, exited };
}

describe('integrator CLI: webhooks listen and events trigger', () => {
  let server: RunningServer;
  let key = '';
  let forwardTarget: Server;
  let forwardUrl = '';
  const forwarded: { body: string; signature: string }[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    server = await startServer(loadConfig({}, { dataDir: 'memory://', port: 0, webhookAllowPrivate: true }), { demo: true });
    key = (
      await createApiKey(server.db, {
        businessId: DEMO_BUSINESS_ID,
        name: 'cli test',
        scopes: ['locations:read', 'products:read', 'orders:read', 'orders:write', 'webhooks:read', 'webhooks:write'],
        locationIds: 'all',
      })
    ).key;
    forwardTarget = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += String(chunk)));
      request.on('end', () => {
        forwarded.push({ body, signature: String(request.headers['x-pos-signature']) });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => forwardTarget.listen(0, '127.0.0.1', resolve));
    forwardUrl = `http://127.0.0.1:${(forwardTarget.address() as AddressInfo).port}/hook`;
  }, 120_000);
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await server?.close();
    forwardTarget?.close();
  });

  it('prints a verified order.paid made by `events trigger`, forwards it, and removes the endpoint on SIGINT', async () => {
    const access = ['--url', server.url, '--api-key', key];
    const listener = cli(['webhooks', 'listen', '--events', 'order.*', '--forward-to', forwardUrl, ...access]);
    children.push(listener.child);
    await expect.poll(listener.out, { timeout: 60_000, interval: 100 }).toMatch(/Press Ctrl\+C to stop/);
    const secret = /Signing secret: (whsec_\S+)/.exec(listener.out())![1]!;
    const endpointId = /Endpoint (whk_\S+)/.exec(listener.out())![1]!;

    const triggered = cli(['events', 'trigger', 'order.paid', ...access]);
    expect(await triggered.exited, triggered.err()).toBe(0);
    const orderId = /order (ord_\S+?),/.exec(triggered.out())![1]!;
    expect(triggered.out()).toMatch(/^triggered order\.paid: order ord_\S+, payment pay_\S+\n$/);

    await expect.poll(listener.out, { timeout: 60_000, interval: 100 }).toMatch(/ order\.paid {2}evt_\S+ {2}signature ✓ {2}latency \d+ ms {2}→ \S+ 204/);
    // order.* covers order.created too; nothing else was subscribed.
    expect(listener.out()).toMatch(/ order\.created {2}evt_\S+ {2}signature ✓/);
    expect(listener.out()).not.toMatch(/ payment\.succeeded /);
    const paid = forwarded
      .map((f) => ({ ...f, event: JSON.parse(f.body) as { type: string; data: { object: { id: string } } } }))
      .find((f) => f.event.type === 'order.paid')!;
    expect(paid.event.data.object.id).toBe(orderId);
    expect(verifyPosSignature(paid.body, paid.signature, secret)).toBe(true);
    expect(verifyPosSignature(paid.body, paid.signature, 'whsec_wrong')).toBe(false);

    listener.child.kill('SIGINT');
    expect(await listener.exited).toBe(0);
    expect(listener.err()).toContain(`removed endpoint ${endpointId}`);
    const left = await fetch(`${server.url}/api/v1/webhooks`, { headers: { authorization: `Bearer ${key}` } });
    expect(((await left.json()) as { data: { id: string }[] }).data.map((e) => e.id)).not.toContain(endpointId);
  }, 180_000);

  it('refuses clearly without a key or with a type it cannot trigger', async () => {
    const noKey = cli(['webhooks', 'listen', '--url', server.url]);
    expect(await noKey.exited).toBe(1);
    expect(noKey.err()).toMatch(/^error: an API key is needed: pass --api-key .* POS_API_KEY/);
    const unknown = cli(['events', 'trigger', 'order.eaten', '--url', server.url, '--api-key', key]);
    expect(await unknown.exited).toBe(1);
    expect(unknown.err()).toMatch(/^error: cannot trigger "order\.eaten"; supported: order\.created, order\.paid/);
  }, 60_000);
});
