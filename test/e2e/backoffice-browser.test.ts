// The back office in Debian's Chromium against a real server on a real port: sign in, create an API key
// (seen once), create a webhook to a local receiver, send a test and read its response body, revoke the key.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/app';
import { newId } from '../../core/ids';
import { verifyPin } from '../../core/pin-hash';
import { findApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, DEMO_LOGINS } from '../../sync-server/demo/demo-seed';
import { pairDevice } from '../../sync-server/sync/devices';
import { buildBackoffice } from '../../sync-server/backoffice/build-assets';
import { screenshotDir } from './helpers/screenshots';
import { loadConfig } from '../../sync-server/config';
import { openTestDatabase, type TestDatabase } from '../../sync-server/storage/test-database';
import { launchBrowser, type LaunchedBrowser } from './helpers/browser';
import { seedDemoDay } from './helpers/backoffice-demo-day';
import { expectLabelled, signInFresh, startWebhookReceiver, type WebhookReceiver } from './helpers/backoffice-page';
import { OWNER_PASSWORD, seedTestBusiness, type TestBusiness } from '../../sync-server/testing/test-business';

const IMAGES = screenshotDir();
// A real browser on a shared 2-core machine: generous, so load from other test files cannot fail it.
const BROWSER_TEST_TIMEOUT_MS = 180_000;

describe('back office in Chromium', () => {
  let dist: string;
  let handle: TestDatabase;
  let app: FastifyInstance;
  let baseUrl: string;
  let biz: TestBusiness;
  let receiver: WebhookReceiver;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    // Build the page once into a temp dir (the server serves whatever POS_BACKOFFICE_DIST points at).
    dist = mkdtempSync(join(tmpdir(), 'bo-dist-'));
    await buildBackoffice(dist);
    process.env.POS_BACKOFFICE_DIST = dist;

    receiver = await startWebhookReceiver();

    handle = await openTestDatabase('pglite');
    biz = await seedTestBusiness(handle.db, 'Corner Coffee');
    app = await buildApp({ db: handle.db, config: loadConfig({ POS_WEBHOOK_ALLOW_PRIVATE: '1' }), workers: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await launchBrowser({ viewport: { width: 1280, height: 860 } });
    page = browser.page;
    page.on('dialog', (dialog) => void dialog.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
    await receiver?.close();
    delete process.env.POS_BACKOFFICE_DIST;
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it(
    'signs in, creates an API key and a webhook, sends a test, reads the delivery and revokes the key',
    async () => {
      await page.goto(`${baseUrl}/backoffice`);
      await page.getByLabel('E-mail').fill(biz.owner.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'e-mail or password is wrong' }).waitFor();
      await page.screenshot({ path: join(IMAGES, 'backoffice-sign-in.png') });
      await page.getByLabel('Password').fill(OWNER_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Back office' }).waitFor();
      // This service allows loopback webhooks (POS_WEBHOOK_ALLOW_PRIVATE=1): the page says so.
      await page.locator('.dev-badge', { hasText: 'development' }).waitFor();

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
      await hookDialog.getByLabel('URL', { exact: true }).fill(`${receiver.url}/anywhere-webhook`);
      await hookDialog.getByLabel('order.paid').check();
      await hookDialog.getByLabel('order.refunded').check();
      await hookDialog.getByLabel('product.updated').check();
      await expectLabelled(page, 'new webhook');
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
      await expectLabelled(page, 'webhook detail');
      await page.screenshot({ path: join(IMAGES, 'backoffice-webhook-deliveries.png'), fullPage: true });

      // the receiver got a delivery the seed's verification accepts
      const got = receiver.received.at(-1)!;
      const m = String(got.headers['x-pos-signature']).match(/t=(\d+),v1=([0-9a-f]+)/)!;
      expect(createHmac('sha256', secret).update(`${m[1]}.${got.body}`).digest('hex')).toBe(m[2]);
      expect(JSON.parse(got.body).type).toBe('webhook.test');

      // revoke the key: the API no longer accepts it
      await page.getByRole('link', { name: '← Integrations' }).click();
      await page
        .getByRole('row')
        .filter({ hasText: key.slice(0, 13) })
        .getByRole('button', { name: /Revoke/ })
        .click();
      await page
        .getByRole('row')
        .filter({ hasText: key.slice(0, 13) })
        .getByText('Revoked')
        .waitFor();
      expect(await findApiKey(handle.db, key)).toEqual({ ok: false, reason: 'revoked' });
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'walks a manager through the demo business: dashboard, orders, devices, products, staff, Z report, events',
    async () => {
      // a paired till with two sales today, an open API order and yesterday's closed shift
      await seedDemoDay(handle.db);
      const manager = DEMO_LOGINS.find((l) => l.role === 'manager')!;
      await signInFresh(browser, baseUrl, manager);
      await page.getByText('3 orders').waitFor();
      await page.screenshot({ path: join(IMAGES, 'backoffice-dashboard.png') });

      await page.getByRole('link', { name: 'Orders' }).first().click();
      await expectLabelled(page, 'orders');
      await page.getByRole('link', { name: 'T1-2' }).click();
      await page.getByText('Till — Front counter').waitFor();
      await page.getByRole('heading', { name: 'Payments' }).waitFor();
      await page.screenshot({ path: join(IMAGES, 'backoffice-order.png'), fullPage: true });

      // pair a second till: the code shown works once on a till
      await page.getByRole('link', { name: 'Devices' }).click();
      await page.getByRole('row').filter({ hasText: 'Front counter' }).waitFor();
      await page.getByRole('button', { name: 'Pair a till' }).click();
      const berlin = await handle.db.query<{ name: string }>('SELECT name FROM locations WHERE id = $1', [DEMO_BERLIN_ID]);
      await page.getByLabel('Location').selectOption({ label: berlin.rows[0]!.name });
      await page.getByRole('button', { name: 'Create pairing code' }).click();
      const code = (await page.locator('.pairing-code').textContent())!;
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      await expectLabelled(page, 'pairing');
      await page.screenshot({ path: join(IMAGES, 'backoffice-pairing-code.png') });
      const second = await pairDevice(handle.db, code, 'Bar till');
      expect(second.device.locationId).toBe(DEMO_BERLIN_ID);
      await page.keyboard.press('Escape');
      await page.reload();
      await page.getByRole('row').filter({ hasText: 'Bar till' }).waitFor();
      await page.screenshot({ path: join(IMAGES, 'backoffice-devices.png') });

      // add a product from the page; the tills get it through sync, integrators through product.created
      await page.getByRole('link', { name: 'Products' }).click();
      await page.getByLabel('Location').selectOption({ label: berlin.rows[0]!.name });
      await page.getByRole('table', { name: 'Products' }).waitFor();
      await page.getByRole('button', { name: 'New product' }).click();
      const form = page.getByRole('dialog', { name: 'New product' });
      await expectLabelled(page, 'new product');
      await form.getByLabel('Name', { exact: true }).fill('Plum tart');
      await form.getByLabel('Price (EUR)').fill('4,20');
      await form.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('row').filter({ hasText: 'Plum tart' }).waitFor();
      const created = await handle.db.query<{ price: number }>(`SELECT price FROM products WHERE name = 'Plum tart'`);
      expect(created.rows[0]!.price).toBe(420);
      await page.screenshot({ path: join(IMAGES, 'backoffice-products.png') });

      // reset a PIN: only the new one verifies against the stored hash
      await page.getByRole('link', { name: 'Staff' }).click();
      await page.getByRole('button', { name: 'Reset PIN of Ben Weber' }).click();
      await page.getByRole('textbox', { name: 'New PIN' }).fill('5678');
      await page.getByRole('button', { name: 'Set PIN', exact: true }).click();
      await page.getByText('New PIN set for Ben Weber.').waitFor();
      const pin = await handle.db.query<{ pin_hash: string }>(`SELECT pin_hash FROM staff WHERE name = 'Ben Weber'`);
      expect(await verifyPin('5678', pin.rows[0]!.pin_hash)).toBe(true);
      expect(await verifyPin('1111', pin.rows[0]!.pin_hash)).toBe(false);
      await expectLabelled(page, 'staff');
      await page.screenshot({ path: join(IMAGES, 'backoffice-staff.png') });

      await page.getByRole('link', { name: 'Shifts & Z reports' }).click();
      await page.getByRole('table', { name: 'Shifts' }).getByRole('link').first().click();
      await page.getByRole('heading', { name: 'Z report' }).waitFor();
      await page.getByText('Taken by card (17)').waitFor();
      await page.screenshot({ path: join(IMAGES, 'backoffice-z-report.png'), fullPage: true });

      // managers see integrations read-only, and browse the events feed by type
      await page.getByRole('link', { name: 'Integrations' }).click();
      await page.getByText('managed by the business owner').waitFor();
      expect(await page.getByRole('button', { name: 'New API key' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Events' }).click();
      await page.getByLabel('Type').selectOption('product.created');
      await page.getByRole('table', { name: 'Events' }).getByText('product.created').first().waitFor();
      await expectLabelled(page, 'events');
      await page.screenshot({ path: join(IMAGES, 'backoffice-events.png') });
    },
    BROWSER_TEST_TIMEOUT_MS,
  );

  it(
    'an owner sets what each role may do at the till and the discount limit; order and shift pages show who approved',
    async () => {
      // Approvals as tills sync them: a discount on T1-2, the close of the seeded shift and a no-sale in it.
      const anna = (await handle.db.query<{ id: string }>(`SELECT id FROM staff WHERE name = 'Anna Schmidt'`)).rows[0]!.id;
      await handle.db.query(`UPDATE orders SET approved_by = $1 WHERE number = 'T1-2' AND business_id = $2`, [anna, DEMO_BUSINESS_ID]);
      const shift = (
        await handle.db.query<{ id: string; device_id: string; staff_id: string }>(
          `SELECT id, device_id, staff_id FROM shifts WHERE business_id = $1 AND closed_at IS NOT NULL AND device_id IS NOT NULL ORDER BY opened_at LIMIT 1`,
          [DEMO_BUSINESS_ID],
        )
      ).rows[0]!;
      await handle.db.query(`UPDATE shifts SET close_approved_by = $1 WHERE id = $2`, [anna, shift.id]);
      await handle.db.query(
        `INSERT INTO cash_movements (id, business_id, location_id, device_id, shift_id, staff_id, kind, amount, reason, occurred_at, approved_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'no_sale', 0, 'No sale', now() - interval '20 hours', $7)`,
        [newId('csh'), DEMO_BUSINESS_ID, DEMO_BERLIN_ID, shift.device_id, shift.id, shift.staff_id, anna],
      );

      const owner = DEMO_LOGINS.find((l) => l.role === 'owner')!;
      await signInFresh(browser, baseUrl, owner);

      await page.getByRole('link', { name: 'Staff' }).click();
      const table = page.getByRole('table', { name: 'Till permissions' });
      await table.waitFor();
      expect(await table.getByLabel('Cashier: Refund', { exact: true }).isChecked()).toBe(false);
      expect(await table.getByLabel('Manager: Refund', { exact: true }).isChecked()).toBe(true);
      await table.getByLabel('Cashier: Refund', { exact: true }).check();
      await table.getByLabel('Manager: Till settings (pairing, hardware)').uncheck();
      await page.getByRole('button', { name: 'Save permissions' }).click();
      await page.getByText('Saved. Tills pick up the change within seconds.').waitFor();
      const saved = await handle.db.query<{ role_permissions: { manager: string[]; cashier: string[] } }>(
        'SELECT role_permissions FROM businesses WHERE id = $1',
        [DEMO_BUSINESS_ID],
      );
      expect(saved.rows[0]!.role_permissions.cashier).toEqual(['refund']);
      expect(saved.rows[0]!.role_permissions.manager).not.toContain('settings');
      expect(saved.rows[0]!.role_permissions.manager).toContain('close_shift');

      const berlin = (await handle.db.query<{ name: string }>('SELECT name FROM locations WHERE id = $1', [DEMO_BERLIN_ID])).rows[0]!.name;
      await page.getByLabel(`${berlin} (%)`).fill('abc');
      await page.getByRole('button', { name: `Save limit of ${berlin}` }).click();
      await page.getByText('Enter a percentage from 0 to 100').waitFor();
      await page.getByLabel(`${berlin} (%)`).fill('15');
      await page.getByRole('button', { name: `Save limit of ${berlin}` }).click();
      await expect
        .poll(
          async () =>
            (await handle.db.query<{ bp: number }>('SELECT discount_approval_basis_points AS bp FROM locations WHERE id = $1', [DEMO_BERLIN_ID])).rows[0]!.bp,
        )
        .toBe(1500);
      await expectLabelled(page, 'till permissions');
      await page.screenshot({ path: join(IMAGES, 'backoffice-till-permissions.png'), fullPage: true });

      await page.getByRole('link', { name: 'Orders' }).first().click();
      await page.getByRole('link', { name: 'T1-2' }).click();
      await page.getByText('Discount approved by').waitFor();
      expect(await page.getByTestId('approval').textContent()).toBe('Anna Schmidt');

      await page.goto(`${baseUrl}/backoffice/shifts/${shift.id}`);
      await page.getByRole('heading', { name: 'Z report' }).waitFor();
      expect(await page.getByTestId('close-approved-by').textContent()).toBe('Anna Schmidt');
      await page.getByRole('row').filter({ hasText: 'no sale' }).filter({ hasText: 'Anna Schmidt' }).waitFor();
    },
    BROWSER_TEST_TIMEOUT_MS,
  );
});
