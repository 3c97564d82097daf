// The back office in Debian's Chromium against a real server on a real port: sign in, create an API key
// (seen once), create a webhook to a local receiver, send a test and read its response body, revoke the key.
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/app';
import { findApiKey } from '../../sync-server/auth/api-keys';
import { OWNER_PASSWORD, seedBusiness, type BusinessFixture } from '../../sync-server/backoffice/test-fixtures';
import { loadConfig } from '../../sync-server/config';
import { openTestDatabase, type TestDatabase } from '../../sync-server/storage/test-database';
import { launchBrowser, type LaunchedBrowser } from './helpers/browser';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const IMAGES = join(REPO, 'docs/images');

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('back office in Chromium', () => {
  let dist: string;
  let handle: TestDatabase;
  let app: FastifyInstance;
  let baseUrl: string;
  let biz: BusinessFixture;
  let receiver: Server;
  let receiverUrl: string;
  const received: Received[] = [];
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    // Build the page once into a temp dir (the server serves whatever POS_BACKOFFICE_DIST points at).
    dist = mkdtempSync(join(tmpdir(), 'bo-dist-'));
    await build({ configFile: join(REPO, 'renderer/backoffice/vite.config.ts'), logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
    process.env.POS_BACKOFFICE_DIST = dist;

    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"note":"hello from the stock-control receiver"}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    handle = await openTestDatabase('pglite');
    biz = await seedBusiness(handle.db, 'Corner Coffee');
    app = await buildApp({ db: handle.db, config: loadConfig({ POS_WEBHOOK_ALLOW_PRIVATE: '1' }), workers: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await launchBrowser({ viewport: { width: 1280, height: 860 } });
    page = browser.page;
    page.on('dialog', (dialog) => void dialog.accept());
    mkdirSync(IMAGES, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    delete process.env.POS_BACKOFFICE_DIST;
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('signs in, creates an API key and a webhook, sends a test, reads the delivery and revokes the key', async () => {
    await page.goto(`${baseUrl}/backoffice`);
    await page.getByLabel('E-mail').fill(biz.owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'e-mail or password is wrong' }).waitFor();
    await page.screenshot({ path: join(IMAGES, 'backoffice-sign-in.png') });
    await page.getByLabel('Password').fill(OWNER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Back office' }).waitFor();

    // Settings → Integrations → API & Webhooks → New API key (the seed's path)
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('link', { name: 'API & Webhooks' }).waitFor();
    await page.getByRole('button', { name: 'New API key' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'New API key' });
    await keyDialog.getByLabel('Name', { exact: true }).fill('stock-control');
    await keyDialog.getByLabel('orders:read').check();
    await keyDialog.getByLabel('products:write').check();
    await keyDialog.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Your new API key' });
    const key = await shown.getByTestId('secret-value').inputValue();
    expect(key).toMatch(/^pos_live_[0-9A-Za-z]{32,}$/);
    await expect(shown.getByRole('button', { name: 'Copy' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(IMAGES, 'backoffice-api-key-created.png') });
    await shown.getByRole('button', { name: 'Done' }).click();
    const lookup = await findApiKey(handle.db, key);
    expect(lookup).toMatchObject({ ok: true, principal: { scopes: ['orders:read', 'products:write'] } });
    // shown once: the list has the prefix only, and a reload never shows the key again
    const row = page.getByRole('row').filter({ hasText: 'stock-control' });
    await row.getByText(`${key.slice(0, 13)}…`).waitFor();
    await page.reload();
    await page.getByRole('table', { name: 'API keys' }).waitFor();
    expect(await page.content()).not.toContain(key);

    // a webhook endpoint to the local receiver, with the event picker; its secret is shown once
    await page.getByRole('button', { name: 'New webhook endpoint' }).click();
    const hookDialog = page.getByRole('dialog', { name: 'New webhook endpoint' });
    await hookDialog.getByLabel('Name', { exact: true }).fill('stock-control');
    await hookDialog.getByLabel('URL', { exact: true }).fill(`${receiverUrl}/anywhere-webhook`);
    await hookDialog.getByLabel('order.paid').check();
    await hookDialog.getByLabel('order.refunded').check();
    await hookDialog.getByLabel('product.updated').check();
    await page.screenshot({ path: join(IMAGES, 'backoffice-webhook-new.png') });
    await hookDialog.getByRole('button', { name: 'Create endpoint' }).click();
    const secretDialog = page.getByRole('dialog', { name: 'Webhook signing secret' });
    const secret = await secretDialog.getByTestId('secret-value').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await page.screenshot({ path: join(IMAGES, 'backoffice-integrations.png'), fullPage: true });

    // send a test from the endpoint's page and read the delivery with the receiver's answer
    await page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('link', { name: 'stock-control' }).click();
    await page.getByRole('button', { name: 'Send test' }).click();
    await page.getByRole('status').filter({ hasText: 'HTTP 200' }).waitFor();
    const delivery = page.locator('details.delivery').first();
    await delivery.locator('summary').click();
    await expect(delivery.getByTestId('response-body').textContent()).resolves.toContain('hello from the stock-control receiver');
    await page.screenshot({ path: join(IMAGES, 'backoffice-webhook-deliveries.png'), fullPage: true });

    // the receiver got a delivery the seed's verification accepts
    const got = received.at(-1)!;
    const m = String(got.headers['x-pos-signature']).match(/t=(\d+),v1=([0-9a-f]+)/)!;
    expect(createHmac('sha256', secret).update(`${m[1]}.${got.body}`).digest('hex')).toBe(m[2]);
    expect(JSON.parse(got.body).type).toBe('webhook.test');

    // revoke the key: the API no longer accepts it
    await page.getByRole('link', { name: '← Integrations' }).click();
    await page.getByRole('row').filter({ hasText: key.slice(0, 13) }).getByRole('button', { name: /Revoke/ }).click();
    await page.getByRole('row').filter({ hasText: key.slice(0, 13) }).getByText('Revoked').waitFor();
    expect(await findApiKey(handle.db, key)).toEqual({ ok: false, reason: 'revoked' });
  });
});
