// Real deliveries to a real HTTP receiver, verified by the integrator guide's Node.js snippet, its
// Python snippet (python3) and the npm standardwebhooks package — also across a secret rotation.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordEvent } from '../sync-server/events/outbox';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from '../sync-server/storage/test-database';
import { createEndpoint, rotateSecret } from '../sync-server/webhooks/webhook-store';
import { posSignature } from '../sync-server/webhooks/webhook-signing';
// @ts-expect-error -- plain .mjs fixture (the guide's snippet) has no type declarations
import { verifyAnywhereSignature } from './fixtures/verify-anywhere.mjs';
// @ts-expect-error -- plain .mjs fixture (the docs' rotation-aware snippet) has no type declarations
import { verifyAnywhereSignatureAny } from './fixtures/verify-anywhere-rotation.mjs';
import { startDispatcher, startReceiver, testBox, testPolicy, type Receiver, type TestDispatcher } from '../sync-server/webhooks/webhooks-test-support';
import { seedTestBusiness, type TestBusiness } from '../sync-server/testing/test-business';

const PYTHON_VERIFIER = fileURLToPath(new URL('./fixtures/verify_anywhere.py', import.meta.url));
const verifyNode = verifyAnywhereSignature as (rawBody: string, header: string, secret: string) => boolean;
const verifyAny = verifyAnywhereSignatureAny as (rawBody: string, header: string, secrets: string[]) => boolean;

function verifyPython(rawBody: Buffer, header: string, secret: string): boolean {
  const run = spawnSync('python3', [PYTHON_VERIFIER, header, secret], { input: rawBody, encoding: 'utf8', timeout: 15_000 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout.trim() === 'True';
}

function verifyStandard(rawBody: Buffer, headers: Record<string, unknown>, secret: string): boolean {
  try {
    new Webhook(secret).verify(rawBody.toString('utf8'), headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

describe.each(TEST_ENGINES)('webhook signatures (%s)', (engine) => {
  let handle: TestDatabase;
  let biz: TestBusiness;
  let receiver: Receiver;
  let worker: TestDispatcher;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    biz = await seedTestBusiness(handle.db);
    worker = await startDispatcher(handle.db, testPolicy());
  });
  afterAll(async () => {
    await worker.stop();
    await handle.close();
  });
  afterEach(async () => {
    await receiver?.close();
  });

  async function newEndpoint(subscribed: string[] = ['order.paid']) {
    receiver = await startReceiver();
    return handle.db.transaction((tx) =>
      createEndpoint(tx, testBox, {
        businessId: biz.businessId,
        name: 'stock-control',
        url: receiver.url,
        subscribedEvents: subscribed,
        payload: 'full',
        enabled: true,
        locationIds: null,
      }),
    );
  }

  const emit = (type = 'order.paid', data: Record<string, unknown> = { object: { id: 'ord_X', total: 980, note: 'Crème brûlée — 2×' } }) =>
    handle.db.transaction((tx) => recordEvent(tx, { businessId: biz.businessId, type, locationId: biz.locationIds[0], data }));

  it('sends every documented header, and all three verifiers accept the exact bytes received', async () => {
    const { secret, endpoint } = await newEndpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    const event = await emit();
    const [request] = await receiver.waitFor(1);
    const h = request!.headers;
    expect(request!.method).toBe('POST');
    expect(h['content-type']).toBe('application/json');
    expect(h['user-agent']).toBe('AnywherePOS-Webhooks/1');
    expect(h['x-pos-event-id']).toBe(event.id);
    expect(h['x-pos-event-type']).toBe('order.paid');
    expect(h['x-pos-delivery-id']).toMatch(/^dlv_/);
    expect(h['webhook-id']).toBe(event.id);
    expect(h['x-pos-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(h['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Number(h['webhook-timestamp'])).toBe(Number(/^t=(\d+)/.exec(h['x-pos-signature'] as string)![1]));

    const body = JSON.parse(request!.rawBody.toString('utf8'));
    expect(body).toEqual(event);
    expect(endpoint.id).toMatch(/^whk_/);

    expect(verifyNode(request!.rawBody.toString('utf8'), h['x-pos-signature'] as string, secret)).toBe(true);
    expect(verifyPython(request!.rawBody, h['x-pos-signature'] as string, secret)).toBe(true);
    expect(verifyStandard(request!.rawBody, h, secret)).toBe(true);
  });

  it('fails every verifier when the body, the secret or the timestamp is wrong', async () => {
    const { secret } = await newEndpoint();
    await emit();
    const [request] = await receiver.waitFor(1);
    const header = request!.headers['x-pos-signature'] as string;
    const tampered = Buffer.from(request!.rawBody.toString('utf8').replace('980', '981'));
    expect(verifyNode(tampered.toString('utf8'), header, secret)).toBe(false);
    expect(verifyPython(tampered, header, secret)).toBe(false);
    expect(verifyStandard(tampered, request!.headers, secret)).toBe(false);
    const other = 'whsec_' + Buffer.alloc(32, 1).toString('base64');
    expect(verifyNode(request!.rawBody.toString('utf8'), header, other)).toBe(false);
    expect(verifyPython(request!.rawBody, header, other)).toBe(false);
    expect(verifyStandard(request!.rawBody, request!.headers, other)).toBe(false);
    // A signature made 10 minutes ago is outside the guide's 5-minute window.
    const old = posSignature([secret], Math.floor(Date.now() / 1000) - 600, request!.rawBody.toString('utf8'));
    expect(verifyNode(request!.rawBody.toString('utf8'), old, secret)).toBe(false);
    expect(verifyPython(request!.rawBody, old, secret)).toBe(false);
  });

  it('signs with old and new secrets during the rotation grace (newest first), then with the new one only', async () => {
    const { secret: oldSecret, endpoint } = await newEndpoint(['product.updated']);
    // A short grace (config drives time): both secrets sign until it ends.
    const { secret: newSecret, previousExpiresAt } = await handle.db.transaction((tx) => rotateSecret(tx, testBox, endpoint.id, 1_500));
    expect(newSecret).not.toBe(oldSecret);
    await emit('product.updated', { object: { id: 'prd_X', name: 'Tea', price: 250, currency: 'EUR' } });
    const [during] = await receiver.waitFor(1);
    const header = during!.headers['x-pos-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect((during!.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      expect(verifyStandard(during!.rawBody, during!.headers, secret)).toBe(true);
    }
    // The guide's snippets read the first v1, which is the newest secret's.
    expect(verifyNode(during!.rawBody.toString('utf8'), header, newSecret)).toBe(true);
    expect(verifyPython(during!.rawBody, header, newSecret)).toBe(true);
    // The docs' rotation-aware verifier accepts either secret; the guide's snippet only the newest.
    expect(verifyAny(during!.rawBody.toString('utf8'), header, [oldSecret])).toBe(true);
    expect(verifyAny(during!.rawBody.toString('utf8'), header, [newSecret, oldSecret])).toBe(true);
    expect(verifyNode(during!.rawBody.toString('utf8'), header, oldSecret)).toBe(false);
    const oldOnly = header
      .split(',')
      .filter((_, i) => i !== 1)
      .join(',');
    expect(verifyNode(during!.rawBody.toString('utf8'), oldOnly, oldSecret)).toBe(true);
    expect(verifyPython(during!.rawBody, oldOnly, oldSecret)).toBe(true);

    // Grace over: only the new secret signs.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, previousExpiresAt.getTime() - Date.now() + 50)));
    await emit('product.updated', { object: { id: 'prd_X', name: 'Tea', price: 260, currency: 'EUR' } });
    const [, after] = await receiver.waitFor(2);
    expect(after!.headers['x-pos-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyNode(after!.rawBody.toString('utf8'), after!.headers['x-pos-signature'] as string, newSecret)).toBe(true);
    expect(verifyPython(after!.rawBody, after!.headers['x-pos-signature'] as string, newSecret)).toBe(true);
    expect(verifyStandard(after!.rawBody, after!.headers, newSecret)).toBe(true);
    expect(verifyNode(after!.rawBody.toString('utf8'), after!.headers['x-pos-signature'] as string, oldSecret)).toBe(false);
    expect(verifyStandard(after!.rawBody, after!.headers, oldSecret)).toBe(false);
    expect(verifyAny(after!.rawBody.toString('utf8'), after!.headers['x-pos-signature'] as string, [oldSecret])).toBe(false);
    expect(verifyAny(after!.rawBody.toString('utf8'), after!.headers['x-pos-signature'] as string, [oldSecret, newSecret])).toBe(true);

    // Rotating twice within a grace: every older secret stops signing no later than the newest grace.
    const { secret: third } = await handle.db.transaction((tx) => rotateSecret(tx, testBox, endpoint.id, 60_000));
    const { secret: fourth } = await handle.db.transaction((tx) => rotateSecret(tx, testBox, endpoint.id, 0));
    await emit('product.updated', { object: { id: 'prd_X', name: 'Tea', price: 270, currency: 'EUR' } });
    const [, , last] = await receiver.waitFor(3);
    expect(last!.headers['x-pos-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyNode(last!.rawBody.toString('utf8'), last!.headers['x-pos-signature'] as string, fourth)).toBe(true);
    for (const stale of [oldSecret, newSecret, third]) {
      expect(verifyStandard(last!.rawBody, last!.headers, stale)).toBe(false);
    }
  });
});
