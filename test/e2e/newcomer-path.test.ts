// The newcomer's path, as docs/api.md walks it: `npm start` (demo mode) → the back office in Chromium
// shows the development badge, makes an API key and a webhook endpoint to a receiver on this machine →
// `webhooks listen` → a till sale pushed through the sync API (paired with the code npm start printed)
// → the listener prints a verified order.paid and the back office's endpoint receives it, signed →
// a CLI command on the running data dir refuses clearly and prints no key.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BERLIN_ID, DEMO_LOGINS, demoId } from '../../sync-server/demo/demo-seed';
import { mutation, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import { newId } from '../../core/ids';
import { launchBrowser, type LaunchedBrowser } from './helpers/browser';
import { type TestBusiness } from '../../sync-server/testing/test-business';

const ROOT = join(import.meta.dirname, '..', '..');
// npm start builds the back office on a fresh data dir and a loaded 2-core machine is slow: every wait
// below is on a condition, bounded by these.
const START_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 60_000;

interface Spawned {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, POS_API_KEY: '', POS_URL: '', PORT: '', TILL_PORT: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, out: () => stdout, err: () => stderr, exited };
}

async function stop(spawned: Spawned | undefined): Promise<void> {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  spawned.child.kill('SIGINT');
  const timer = setTimeout(() => spawned.child.kill('SIGKILL'), 30_000);
  await spawned.exited;
  clearTimeout(timer);
}

describe('newcomer path: npm start → back office webhook → webhooks listen → till sale → verified order.paid', () => {
  let dataDir = '';
  let distDir = '';
  let start: Spawned | undefined;
  let listener: Spawned | undefined;
  let browser: LaunchedBrowser | undefined;
  let receiver: Server;
  let receiverUrl = '';
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/my-shop-hook`;
    dataDir = await mkdtemp(join(tmpdir(), 'pos-newcomer-'));
    // A fresh checkout has no built back office: npm start builds it (here into a private dir).
    distDir = await mkdtemp(join(tmpdir(), 'pos-newcomer-bo-'));
  });

  afterAll(async () => {
    await browser?.close();
    await stop(listener);
    await stop(start);
    await new Promise((resolve) => receiver?.close(resolve));
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (distDir) await rm(distDir, { recursive: true, force: true });
  }, 90_000);

  it(
    'walks the path end to end',
    async () => {
      // 1. npm start, as a newcomer runs it (demo data, loopback webhooks allowed).
      start = run(['bin/start.js', '--data-dir', dataDir, '--port', '0', '--till-port', '0'], {
        POS_BACKOFFICE_DIST: distDir,
        POS_WEBHOOK_ALLOW_PRIVATE: '',
      });
      await expect.poll(() => start!.out(), { timeout: START_TIMEOUT_MS, interval: 250 }).toMatch(/Till, first open: \S+/);
      const server = /Back office:\s+(http:\/\/\S+)\/backoffice/.exec(start.out())![1]!;
      const pairingCode = /[?&]pair=([A-Z0-9-]+)/.exec(start.out())![1]!;
      expect(start.out()).toContain('(development: loopback webhooks allowed)');

      // 2. The back office in Chromium: development badge, a new API key (shown once), a webhook endpoint
      //    to a receiver on this machine (allowed in the demo), its secret shown once.
      browser = await launchBrowser({ viewport: { width: 1280, height: 860 } });
      const page = browser.page;
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      await page.goto(`${server}/backoffice`);
      await page.getByLabel('E-mail').fill(DEMO_LOGINS[0]!.email);
      await page.getByLabel('Password').fill(DEMO_LOGINS[0]!.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Back office' }).waitFor();
      await page.locator('.dev-badge', { hasText: 'development' }).waitFor();

      await page.getByRole('link', { name: 'Integrations' }).click();
      await page.getByRole('button', { name: 'New API key' }).click();
      const keyDialog = page.getByRole('dialog', { name: 'New API key' });
      await keyDialog.getByLabel('Name', { exact: true }).fill('my first integration');
      for (const scope of ['products:read', 'webhooks:read', 'webhooks:write']) await keyDialog.getByLabel(scope).check();
      await keyDialog.getByRole('button', { name: 'Create key' }).click();
      const shown = page.getByRole('dialog', { name: 'Your new API key' });
      const apiKey = await shown.getByTestId('secret-value').inputValue();
      expect(apiKey).toMatch(/^pos_live_[0-9A-Za-z]{32,}$/);
      await shown.getByRole('button', { name: 'Done' }).click();

      await page.getByRole('button', { name: 'New webhook endpoint' }).click();
      const hookDialog = page.getByRole('dialog', { name: 'New webhook endpoint' });
      await hookDialog.getByLabel('Name', { exact: true }).fill('my shop');
      await hookDialog.getByLabel('URL', { exact: true }).fill(receiverUrl);
      await hookDialog.getByLabel('order.paid').check();
      await hookDialog.getByRole('button', { name: 'Create endpoint' }).click();
      const secretDialog = page.getByRole('dialog', { name: 'Webhook signing secret' });
      const endpointSecret = await secretDialog.getByTestId('secret-value').inputValue();
      expect(endpointSecret).toMatch(/^whsec_/);
      await secretDialog.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('link', { name: 'my shop' }).waitFor();

      // 3. `npm run pos -- webhooks listen` with the key from the back office.
      listener = run(['bin/anywhere-pos.js', 'webhooks', 'listen', '--events', 'order.paid', '--url', server, '--api-key', apiKey]);
      await expect.poll(() => listener!.out(), { timeout: STEP_TIMEOUT_MS, interval: 100 }).toMatch(/Press Ctrl\+C to stop/);

      // 4. A till sale through the real sync path: pair with the code npm start printed, push the sale.
      const paired = await fetch(`${server}/sync/v1/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: pairingCode, device_name: 'Newcomer till' }),
      });
      expect(paired.status).toBe(200);
      const { device_token: deviceToken } = (await paired.json()) as { device_token: string };
      const croissantId = demoId('prd', 'berlin:Butter-Croissant');
      const croissant = (await (await fetch(`${server}/api/v1/products/${croissantId}`, { headers: { authorization: `Bearer ${apiKey}` } })).json()) as {
        price: number;
        tax_rate: { id: string; rate_ppm: number };
      };
      const till = {
        locationId: DEMO_BERLIN_ID,
        staffId: demoId('stf', 'ben'),
        taxRateId: croissant.tax_rate.id,
        productIds: [croissantId, croissantId],
      } as TestBusiness;
      const sale = saleSnapshot(till, {
        lines: [
          {
            id: newId('lin'),
            product_id: croissantId,
            name: 'Butter-Croissant',
            quantity: 2,
            unit_price: croissant.price,
            modifiers: [],
            tax_rate_id: croissant.tax_rate.id,
            rate_ppm: croissant.tax_rate.rate_ppm,
            discount: null,
            note: null,
          },
        ],
      });
      const pushed = await fetch(`${server}/sync/v1/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` },
        body: JSON.stringify({ mutations: [mutation(1, 'order.completed', { order: sale })] }),
      });
      expect(pushed.status).toBe(200);
      expect(((await pushed.json()) as { results: { status: string }[] }).results[0]!.status).toBe('applied');

      // 5. The listener shows the verified order.paid; the back office's endpoint got it too, signed.
      await expect.poll(() => listener!.out(), { timeout: STEP_TIMEOUT_MS, interval: 100 }).toMatch(/ order\.paid {2}evt_\S+ {2}signature ✓ {2}latency \d+ ms/);
      expect(listener.out()).not.toContain('signature ✗');
      await expect.poll(() => received.find((r) => r.headers['x-pos-event-type'] === 'order.paid'), { timeout: STEP_TIMEOUT_MS, interval: 100 }).toBeTruthy();
      const delivery = received.find((r) => r.headers['x-pos-event-type'] === 'order.paid')!;
      const [, t, v1] = /t=(\d+),v1=([0-9a-f]+)/.exec(String(delivery.headers['x-pos-signature']))!;
      expect(createHmac('sha256', endpointSecret).update(`${t}.${delivery.body}`).digest('hex')).toBe(v1);
      expect((JSON.parse(delivery.body) as { data: { object: { id: string; source: string } } }).data.object).toMatchObject({
        id: sale.id,
        source: 'till',
      });

      // 6. A CLI command on the data dir the running service holds refuses clearly and prints no key.
      const keys = run(['bin/anywhere-pos.js', 'keys', 'create', '--name', 'x', '--scopes', 'orders:read', '--data-dir', dataDir]);
      expect(await keys.exited).toBe(1);
      expect(keys.err()).toMatch(
        new RegExp(`error: the service at ${server.replace(/[.:/]/g, '\\$&')} \\(pid \\d+\\) holds the data in .+; to run this command, stop it`),
      );
      expect(keys.out() + keys.err()).not.toMatch(/pos_live_/);

      // Ctrl+C on the listener removes its endpoint; the back office's stays.
      await stop(listener);
      expect(listener.err()).toMatch(/removed endpoint whk_\S+/);
      const left = (await (await fetch(`${server}/api/v1/webhooks`, { headers: { authorization: `Bearer ${apiKey}` } })).json()) as {
        data: { name: string }[];
      };
      expect(left.data.map((e) => e.name)).toEqual(['my shop']);
    },
    START_TIMEOUT_MS + 6 * STEP_TIMEOUT_MS,
  );
});
