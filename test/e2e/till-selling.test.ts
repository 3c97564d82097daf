// The till in Debian's Chromium against the real cloud service (PGlite in a temp dir, demo data)
// and the hardware dev stack (printer + ZVT terminal simulators behind the hardware bridge):
// pair, sign in, open a shift, sell with cash and card, refund, close the shift; then, with the
// server stopped, sell 50 sales, reload the till, restart the server on the same data, and check
// every sale arrived exactly once with its events.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDevStack, type DevStack } from '../../hardware/dev-stack';
import { ScaleSimulator } from '../../hardware/simulators/scale-simulator';
import { createPtyPair } from '../../hardware/testing/socat-pty';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { createPairingCode } from '../../sync-server/auth/pairing-codes';
import { loadConfig } from '../../sync-server/config';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, ean13 } from '../../sync-server/demo/demo-seed';
import { startServer, type RunningServer } from '../../sync-server/server';
import { launchBrowser, type LaunchedBrowser } from './helpers/browser';
import { startTillServer, type TillServer } from './helpers/till-server';

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const ORANGE_JUICE = ean13('400638133393'); // Orangensaft 0,3 l, 3.50 €
const WATER = ean13('400638133394'); // Mineralwasser 0,5 l, 2.50 €
const OLIVES = ean13('290000000001'); // created by the weighing test, 12.90 €/kg
const OFFLINE_SALES = 50;

/** Types like a person (a PIN typed as fast as a scanner would be read as a badge scan, which also works). */
async function typeSlowly(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 60 });
}

/** Ben (cashier) asks Anna (manager) for her PIN: a wrong PIN is refused first, then hers approves. */
async function managerApproves(page: Page): Promise<void> {
  await page.getByTestId('manager-approval').waitFor();
  await typeSlowly(page, '1111'); // the cashier's own PIN approves nothing
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('manager-approval').getByRole('alert').textContent()).toBe('Diese PIN darf das nicht freigeben.');
  await typeSlowly(page, '1234'); // Anna Schmidt, manager
  await page.keyboard.press('Enter');
}

/**
 * A keyboard-wedge scanner: the whole code within a millisecond or two, then Enter. Dispatched in
 * the page because keystrokes sent one by one over CDP arrive tens of ms apart on a busy machine,
 * which the till rightly reads as typing.
 */
async function scan(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    // Created before any is dispatched: an event's timeStamp is its creation time, so the burst's
    // timing is the scanner's and not stretched by the till re-rendering between keys on a busy machine.
    const events = [...text, 'Enter'].flatMap((key) => [
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }),
    ]);
    for (const event of events) target.dispatchEvent(event);
  }, code);
}

/** Documentation pictures for docs/till.md, written only with POS_SCREENSHOTS=1 (no binary churn on every run). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.POS_SCREENSHOTS !== '1') return;
  // Toasts come and go; the documentation pictures show the screen itself.
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.notice button').forEach((b) => b.click()));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(IMAGES, `till-${name}.png`) });
}

describe('till in Chromium against the real server and hardware simulators', { timeout: 60_000 }, () => {
  let dataDir: string;
  let server: RunningServer;
  let hardware: DevStack;
  let till: TillServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let port: number;
  const pageErrors: string[] = [];
  const printerLines: string[] = [];

  const startCloud = async (p: number) =>
    startServer(loadConfig({}, { dataDir, host: '127.0.0.1', port: p }), { demo: true });

  /** Syncs now and waits for an empty outbox; callers still poll the server for what they expect. */
  const waitSynced = async () => {
    await page.locator('[data-testid="sync-indicator"]').click();
    await expect.poll(() => page.locator('[data-testid="sync-indicator"]').getAttribute('data-unsynced'), { timeout: 30_000 }).toBe('0');
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-till-'));
    mkdirSync(IMAGES, { recursive: true });
    server = await startCloud(0);
    port = server.port;
    hardware = await startDevStack({ terminalStepDelayMs: 10, log: (line) => printerLines.push(line.replace(/^\[printer\] /, '')) });
    till = await startTillServer(server.url);
    browser = await launchBrowser({ viewport: { width: 1024, height: 768 } });
    page = browser.page;
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 120_000);

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !page) return;
    // Leave a picture of what the till showed; the path is printed for whoever reads the log.
    const dir = mkdtempSync(join(tmpdir(), 'pos-e2e-till-failure-'));
    await page.screenshot({ path: join(dir, 'failure.png') }).catch(() => undefined);
    console.error(`till e2e failure screenshot: ${join(dir, 'failure.png')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await till?.close();
    await hardware?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('pairs from the start URL and signs in with a staff PIN checked offline against the pulled hashes', async () => {
    const { code } = await createPairingCode(server.db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });
    const params = new URLSearchParams({ pair: code, server: server.url, bridge: hardware.bridgeUrl, token: hardware.bridgeToken });
    await page.goto(`${till.url}/?${params}`);
    await page.getByTestId('sign-in').waitFor({ timeout: 30_000 });
    // The one-time code and the bridge token leave the address bar.
    expect(page.url()).not.toContain('pair=');
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-online'), { timeout: 20_000 }).toBe('true');
    await shot(page, 'sign-in');

    await typeSlowly(page, '9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Unbekannte PIN');

    await typeSlowly(page, '1111'); // Ben Weber, cashier
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-open').waitFor();
    await typeSlowly(page, '100.00');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('staff-name').textContent()).toBe('Ben Weber');
  });

  it('sells with cash: grid, barcode scan, quantity, change due, receipt printed and drawer kicked', async () => {
    await page.getByRole('button', { name: /Butter-Croissant/ }).click();
    await scan(page, ORANGE_JUICE);
    await expect.poll(() => page.getByTestId('cart-lines').textContent()).toContain('Orangensaft');
    await page.keyboard.type('3*'); // quantity, then ×
    await page.getByTestId('pending-quantity').waitFor();
    await page.waitForTimeout(100); // a person picks up the scanner after typing the quantity
    await scan(page, WATER);
    await expect.poll(() => page.getByTestId('cart-lines').textContent()).toContain('3×Mineralwasser');
    // 1.90 + 3.50 + 3 × 2.50
    expect(await page.getByTestId('cart-total').textContent()).toBe('12,90 €');
    expect(await page.getByTestId('tax-row').count()).toBe(2);
    await shot(page, 'selling');

    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await shot(page, 'tender');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    // The receipt screen shows before the sale's payment is read back from Dexie: wait for it.
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe('Rückgeld 7,10 €');
    await hardware.printer.waitForReceipts(1);
    const printed = hardware.printer.receipts[0]!;
    expect(printed.text).toContain('3 x Mineralwasser 0,5 l');
    expect(printed.text).toContain('SUMME');
    expect(printed.cut).toBe(true);
    expect(printerLines.some((l) => l.startsWith('--- drawer'))).toBe(true);
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('SUMME');
    await shot(page, 'receipt');
    await page.keyboard.press('r'); // reprint
    await hardware.printer.waitForReceipts(2);
    expect(hardware.printer.receipts[1]!.text).toContain('*** KOPIE ***');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
  });

  it('splits a sale between cash and card (terminal simulator), with a manager-approved discount', async () => {
    await scan(page, ORANGE_JUICE);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('F3');
    await page.getByTestId('discount-dialog').waitFor();
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await managerApproves(page);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('1,75 €');

    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    // Split: 1.00 in cash, the rest by card.
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('0,75 €');
    await page.keyboard.press('F2');
    await page.getByTestId('receipt-screen').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('Karte');
    await page.keyboard.press('Enter');

    await waitSynced();
    const payments = async () =>
      (
        await server.db.query<{ total: number; method: string; amount: number }>(
          `SELECT o.total, p.method, p.amount FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.source = 'till' ORDER BY o.created_at, p.method`,
        )
      ).rows.map((r) => [Number(r.total), r.method, Number(r.amount)]);
    await expect.poll(payments, { timeout: 20_000 }).toEqual([
      [1290, 'cash', 1290],
      [175, 'card', 75],
      [175, 'cash', 100],
    ]);
    // The manager who approved the 50 % discount is on the synced sale.
    const approvedBy = await server.db.query<{ name: string | null }>(`SELECT a.name FROM orders o LEFT JOIN staff a ON a.id = o.approved_by WHERE o.source = 'till' ORDER BY o.created_at`);
    expect(approvedBy.rows.map((r) => r.name)).toEqual([null, 'Anna Schmidt']);
  });

  it('refunds part of a past sale to its original tender', async () => {
    await page.keyboard.press('F7');
    await page.getByTestId('history-screen').waitFor();
    // Newest first: the card sale, then the cash sale.
    await page.locator('[data-testid="sales-table"] tbody tr').nth(1).click();
    await page.getByTestId('sale-detail').waitFor();
    await page.getByLabel('Rückgabemenge von Mineralwasser 0,5 l').fill('2');
    await expect.poll(() => page.getByTestId('refund-button').textContent()).toContain('5,00 € auf Bar erstatten');
    await page.getByTestId('refund-button').click();
    // A cashier may not refund alone: without a manager's PIN (Esc) nothing is refunded.
    await page.getByTestId('manager-approval').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('manager-approval').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="sale-detail"] .badge').first().textContent()).toBe('bezahlt');
    await page.getByTestId('refund-button').click();
    await managerApproves(page);
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('approved-by').textContent()).toBe('Freigegeben von Anna Schmidt.');
    expect(await page.getByTestId('confirm-text').textContent()).toContain('5,00 €');
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('[data-testid="sale-detail"] .badge').first().textContent()).toBe('teilweise erstattet');
    await shot(page, 'history');

    await waitSynced();
    const refunds = async () =>
      (
        await server.db.query<{ amount: number; method: string; approver: string | null }>(
          `SELECT r.amount, p.method, a.name AS approver FROM refunds r JOIN payments p ON p.id = r.payment_id LEFT JOIN staff a ON a.id = r.approved_by`,
        )
      ).rows.map((r) => [Number(r.amount), r.method, r.approver]);
    await expect.poll(refunds, { timeout: 20_000 }).toEqual([[500, 'cash', 'Anna Schmidt']]);
  });

  it('refunds the card part of a split sale through the terminal (ZVT 06 31) and prints its slips', async () => {
    // Still on the history screen. Newest first: the split sale (0.75 by card, 1.00 cash).
    await page.locator('[data-testid="sales-table"] tbody tr').nth(0).click();
    await expect.poll(() => page.getByTestId('sale-detail').locator('h3').textContent()).toContain('Bon');
    await page.getByLabel('Rückgabemenge von Orangensaft 0,3 l').fill('1');
    await page.getByRole('group', { name: 'Erstatten auf' }).getByRole('button', { name: /Karte/ }).click();
    await expect.poll(() => page.getByTestId('refund-button').textContent()).toContain('0,75 € auf Karte erstatten');
    const apdusBefore = hardware.terminal.received.length;
    const receiptsBefore = hardware.printer.receipts.length;
    await page.getByTestId('refund-button').click();
    await managerApproves(page);
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('[data-testid="sale-detail"] .badge').first().textContent(), { timeout: 20_000 }).toBe('teilweise erstattet');

    // The till asked the terminal for a refund of 0.75 (06 31, amount BMP 04 = 000000000075).
    const refundApdus = hardware.terminal.received.slice(apdusBefore).filter((hex) => hex.startsWith('0631'));
    expect(refundApdus).toHaveLength(1);
    expect(refundApdus[0]).toContain('04000000000075');
    // The refund receipt carries the terminal's customer slip; the merchant copy follows, to sign and keep.
    await hardware.printer.waitForReceipts(receiptsBefore + 2);
    const [refundReceipt, merchantCopy] = hardware.printer.receipts.slice(receiptsBefore).map((r) => r.text);
    expect(refundReceipt).toContain('Gutschrift');
    expect(refundReceipt).toContain('Kundenbeleg');
    expect(refundReceipt).toContain('Betrag EUR 0,75');
    expect(merchantCopy).toContain('Händlerbeleg');
    expect(merchantCopy).toContain('Gutschrift');

    await waitSynced();
    const refunds = async () =>
      (await server.db.query<{ amount: number; method: string }>(`SELECT r.amount, p.method FROM refunds r JOIN payments p ON p.id = r.payment_id ORDER BY r.created_at`)).rows.map((r) => [
        Number(r.amount),
        r.method,
      ]);
    await expect.poll(refunds, { timeout: 20_000 }).toEqual([
      [500, 'cash'],
      [75, 'card'],
    ]);
  });

  it('sells goods by weight: a scanned weighed product reads the Dialog 06 scale (pty), refuses bad readings, prices the weight once', async () => {
    const pty = await createPtyPair();
    const scale = new ScaleSimulator({ grams: 0, protocol: 'dialog06' });
    await scale.openSerial(pty.b);
    try {
      const rpc = async (channel: string, args: unknown) => {
        const res = await fetch(`${hardware.bridgeUrl}/rpc/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${hardware.bridgeToken}`, 'content-type': 'application/json' }, body: JSON.stringify(args) });
        return (await res.json()) as { ok: boolean; value: Record<string, unknown> };
      };
      const config = await rpc('hardware:get-config', {});
      expect((await rpc('hardware:set-config', { ...config.value, scale: { uri: `serial:${pty.a}`, protocol: 'dialog06' } })).ok).toBe(true);
      const { key } = await createApiKey(server.db, { businessId: DEMO_BUSINESS_ID, name: 'e2e-weigh', scopes: ['products:write'], locationIds: 'all' });
      const tax = await server.db.query<{ id: string }>(`SELECT id FROM tax_rates WHERE location_id = $1 ORDER BY rate_ppm LIMIT 1`, [DEMO_BERLIN_ID]);
      const created = await fetch(`${server.url}/api/v1/products`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-olives' },
        body: JSON.stringify({ location_id: DEMO_BERLIN_ID, name: 'Oliven lose', price: 1290, tax_rate_id: tax.rows[0]!.id, sold_by_weight: true, tare_grams: 15, barcodes: [OLIVES] }),
      });
      expect(created.status).toBe(201);

      await page.keyboard.press('Escape');
      await page.getByTestId('sell-screen').waitFor();
      await waitSynced();
      await expect.poll(async () => page.evaluate(async (code) => {
        const open = indexedDB.open('anywhere-pos-till');
        const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
        const found = await new Promise<unknown>((resolve) => {
          const req = db.transaction('products').objectStore('products').index('barcode').get(code);
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return Boolean(found);
      }, OLIVES), { timeout: 20_000 }).toBe(true);

      await scan(page, OLIVES);
      const dialog = page.getByTestId('weigh-dialog');
      await dialog.waitFor();
      // Nothing on the scale, then under zero: refused with a clear message, nothing can be added.
      await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('Nichts auf der Waage (oder nur das Gefäß).');
      expect(await page.getByTestId('weigh-add').isDisabled()).toBe(true);
      scale.grams = -20;
      await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('Die Waage ist überlastet oder unter null: leeren und nullstellen.');
      // 538 g with the 15 g container: 0.523 kg × 12.90 €/kg = 6.7467 → 6.75 €.
      scale.grams = 538;
      await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('0,523 kg × 12,90 €/kg = 6,75 €');
      expect([scale.unitPrice, scale.tareGrams]).toEqual([1290, 15]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('line-weight').textContent()).toBe('0,523 kg × 12,90 €/kg');
      expect(await page.getByTestId('cart-total').textContent()).toBe('6,75 €');

      const receiptsBefore = hardware.printer.receipts.length;
      await page.keyboard.press('Enter');
      await page.getByTestId('tender-screen').waitFor();
      await page.keyboard.press('F2');
      await page.getByTestId('receipt-screen').waitFor({ timeout: 20_000 });
      await hardware.printer.waitForReceipts(receiptsBefore + 1);
      expect(hardware.printer.receipts.slice(receiptsBefore).map((r) => r.text).join('\n')).toContain('0,523 kg × 12,90 €/kg');
      await page.keyboard.press('Enter');
      await page.getByTestId('sell-screen').waitFor();

      await waitSynced();
      const lines = async () =>
        (await server.db.query<{ quantity: number; unit_price: number; weight: unknown }>(`SELECT quantity, unit_price, weight FROM order_lines WHERE name = 'Oliven lose'`)).rows;
      await expect.poll(lines, { timeout: 20_000 }).toEqual([{ quantity: 1, unit_price: 675, weight: { net_grams: 523, tare_grams: 15, price_per_kg: 1290 } }]);
    } finally {
      await scale.close();
      await pty.close();
    }
  });

  it('voids a completed sale of the open shift', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    const number = (await page.locator('[data-testid="receipt-screen"] h3').textContent())!.replace(/^.*Bon /, '');
    await page.keyboard.press('F7');
    await page.getByTestId('history-screen').waitFor();
    await page.locator('[data-testid="sales-table"] tbody tr').first().click();
    expect(await page.getByTestId('sale-detail').locator('h3').textContent()).toContain(number);
    await page.getByTestId('void-sale').click();
    await managerApproves(page);
    // The confirmation names the sale and its amount; Cancel has the focus, so Enter keeps the sale.
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-dialog').locator('h2').textContent()).toBe(`Verkauf ${number} stornieren?`);
    expect(await page.getByTestId('confirm-action').textContent()).toContain('2,50 €');
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="sale-detail"] .badge').first().textContent()).toBe('bezahlt');
    await page.getByTestId('void-sale').click();
    await managerApproves(page);
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('[data-testid="sale-detail"] .badge').first().textContent()).toBe('storniert');

    await waitSynced();
    const voided = async () =>
      (await server.db.query<{ status: string; approver: string | null }>(`SELECT o.status, a.name AS approver FROM orders o LEFT JOIN staff a ON a.id = o.void_approved_by WHERE o.number = $1`, [number])).rows;
    await expect.poll(voided, { timeout: 20_000 }).toEqual([{ status: 'voided', approver: 'Anna Schmidt' }]);
  });

  it('modifiers, park and resume, a reload keeps the cart, voiding the current sale', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    // Cappuccino has a required size: the modifiers dialog opens on its own; digits pick options.
    await page.getByRole('button', { name: /^Cappuccino/ }).click();
    await page.getByTestId('modifiers-dialog').waitFor();
    await shot(page, 'modifiers');
    // Each option shows its digit key; press the digits shown for Groß (+0.80) and Hafermilch (+0.40).
    for (const option of ['Groß', 'Hafermilch']) {
      const digit = await page.getByTestId('modifiers-dialog').getByRole('button', { name: new RegExp(option) }).locator('.key').textContent();
      await page.keyboard.press(digit!);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('4,70 €');
    expect(await page.getByTestId('cart-lines').textContent()).toMatch(/Groß, Hafermilch|Hafermilch, Groß/);

    // The park label is in the location's language and time zone (Berlin), not the till's UTC clock.
    const berlinTime = () => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(new Date());
    const before = berlinTime();
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('0,00 €');
    const after = berlinTime();
    await page.keyboard.press('F6');
    await page.getByTestId('orders-screen').waitFor();
    await page.getByRole('button', { name: new RegExp(`^Geparkt (${before}|${after}) · 1 Position`) }).click();
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('cart-total').textContent()).toBe('4,70 €');

    // A reload (or a crash) keeps the sale being rung up; the cashier signs in again.
    await page.reload();
    await page.getByTestId('sign-in').waitFor();
    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('cart-total').textContent()).toBe('4,70 €');

    await page.keyboard.press('F8');
    await page.getByTestId('void-dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('0,00 €');
  });

  it('takes payment for an order created through the API (open orders)', async () => {
    const { key } = await createApiKey(server.db, { businessId: DEMO_BUSINESS_ID, name: 'e2e', scopes: ['orders:write', 'orders:read'], locationIds: 'all' });
    const product = await server.db.query<{ id: string }>(`SELECT id FROM products WHERE name = 'Zimtschnecke' AND location_id = $1`, [DEMO_BERLIN_ID]);
    const res = await fetch(`${server.url}/api/v1/orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-till-open-order' },
      body: JSON.stringify({ location_id: DEMO_BERLIN_ID, items: [{ product_id: product.rows[0]!.id, quantity: 1 }], external_ref: 'WEB-42' }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string };

    await page.keyboard.press('F6');
    await page.getByTestId('orders-screen').waitFor();
    // The server pokes the till over SSE; the open order shows up without a manual sync.
    await page.getByTestId('open-order').filter({ hasText: 'WEB-42' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('open-order').filter({ hasText: 'WEB-42' }).click();
    await page.getByTestId('tender-screen').waitFor();
    expect(await page.getByTestId('amount-due').textContent()).toBe('3,20 €');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    await page.keyboard.press('Enter');

    await waitSynced();
    const order = async () => (await server.db.query<{ status: string; source: string }>(`SELECT status, source FROM orders WHERE id = $1`, [created.id])).rows;
    await expect.poll(order, { timeout: 20_000 }).toEqual([{ status: 'paid', source: 'api' }]);
  });

  it('settings: device configuration from the hardware layer and a test button per device', async () => {
    // Settings (and re-pairing) need a manager: Esc goes back to selling, Anna's PIN opens them.
    await page.keyboard.press('F10');
    await page.getByTestId('manager-approval').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await page.keyboard.press('F10');
    await managerApproves(page);
    await page.getByTestId('settings-screen').waitFor();
    await expect.poll(() => page.getByTestId('address-printer').inputValue()).toBe(hardware.printerUri);
    await page.getByTestId('test-printer').click();
    await expect.poll(() => page.getByText(/^✓/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByTestId('test-terminal').click();
    await expect.poll(() => page.getByText(/^✓/).count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.evaluate(() => document.querySelector('.page')?.scrollTo(0, 0));
    await shot(page, 'settings');
    // Saving the device settings is recorded with the manager who opened them, and synced.
    await page.getByTestId('save-devices').click();
    await page.getByTestId('notice-success').filter({ hasText: 'Geräteeinstellungen gespeichert' }).waitFor();
    await page.keyboard.press('Escape');
    await waitSynced();
    const changes = async () =>
      (
        await server.db.query<{ kind: string; by: string | null; approver: string | null }>(
          `SELECT c.kind, s.name AS by, a.name AS approver FROM till_settings_changes c LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN staff a ON a.id = c.approved_by`,
        )
      ).rows;
    await expect.poll(changes, { timeout: 20_000 }).toEqual([{ kind: 'hardware', by: 'Ben Weber', approver: 'Anna Schmidt' }]);
  });

  it('shows the X report and closes the shift with a cash count and its variance (Z report)', async () => {
    await page.keyboard.press('F9');
    await page.getByTestId('reports-screen').waitFor();
    // 100.00 float + 12.90 + 1.00 cash − 5.00 cash refund + 3.20 cash for the API order
    await expect.poll(() => page.getByTestId('shift-report').first().textContent()).toContain('112,10 €');
    await page.getByLabel(/Gezähltes Bargeld/).fill('111.70');
    await expect.poll(() => page.getByTestId('variance').textContent()).toBe('Differenz -0,40 €');
    await shot(page, 'reports');
    // No sale: the drawer opens with a manager's approval, recorded on the shift, no money moved.
    await page.getByTestId('no-sale').click();
    await managerApproves(page);
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('notice-success').filter({ hasText: 'kein Verkauf' }).waitFor();
    await page.getByTestId('close-shift').click();
    await managerApproves(page);
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-text').textContent()).toContain('-0,40 €');
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.getByTestId('shift-report').first().textContent()).toContain('Z-Bericht');

    await waitSynced();
    const shifts = async () =>
      (
        await server.db.query<{ closed: boolean; counted_cash: number; variance: number }>(`SELECT closed_at IS NOT NULL AS closed, counted_cash, variance FROM shifts`)
      ).rows.map((s) => [s.closed, Number(s.counted_cash), Number(s.variance)]);
    await expect.poll(shifts, { timeout: 20_000 }).toEqual([[true, 11170, -40]]);
    const approvals = await server.db.query<{ closer: string | null; movement: string; mover: string | null }>(
      `SELECT c.name AS closer, m.kind AS movement, a.name AS mover FROM shifts s LEFT JOIN staff c ON c.id = s.close_approved_by
         JOIN cash_movements m ON m.shift_id = s.id LEFT JOIN staff a ON a.id = m.approved_by`,
    );
    expect(approvals.rows).toEqual([{ closer: 'Anna Schmidt', movement: 'no_sale', mover: 'Anna Schmidt' }]);
    await page.getByRole('button', { name: 'Fertig — abmelden' }).click();
    await page.getByTestId('sign-in').waitFor();
  });

  it(`keeps selling with the server down: ${OFFLINE_SALES} sales survive a reload and arrive exactly once`, async () => {
    const before = Number((await server.db.query<{ n: string }>(`SELECT count(*) AS n FROM orders WHERE source = 'till'`)).rows[0]!.n);
    await server.close();

    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-open').waitFor();
    await typeSlowly(page, '50');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-online'), { timeout: 30_000 }).toBe('false');

    for (let i = 0; i < OFFLINE_SALES; i++) {
      await scan(page, i % 2 === 0 ? WATER : ORANGE_JUICE);
      await page.locator('.cart-line').first().waitFor();
      await page.keyboard.press('Enter'); // pay
      await page.getByTestId('tender-screen').waitFor();
      await page.keyboard.press('Enter'); // exact cash
      await page.getByTestId('receipt-screen').waitFor();
      await page.keyboard.press('Enter'); // next sale
      await page.getByTestId('sell-screen').waitFor();
    }
    // shift.opened + 50 × order.completed wait in the outbox.
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-unsynced')).toBe(String(OFFLINE_SALES + 1));
    await shot(page, 'offline');

    await page.reload();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('sync-indicator').getAttribute('data-unsynced')).toBe(String(OFFLINE_SALES + 1));

    server = await startCloud(port);
    await waitSynced();
    const orders = await server.db.query<{ id: string; n: string }>(
      `SELECT id, count(*) OVER () AS n FROM orders WHERE source = 'till' AND shift_id = (SELECT id FROM shifts WHERE closed_at IS NULL)`,
    );
    expect(orders.rows).toHaveLength(OFFLINE_SALES);
    const all = Number((await server.db.query<{ n: string }>(`SELECT count(*) AS n FROM orders WHERE source = 'till'`)).rows[0]!.n);
    expect(all).toBe(before + OFFLINE_SALES);
    const events = await server.db.query<{ order_id: string; n: string }>(
      `SELECT data->'object'->>'id' AS order_id, count(*) AS n FROM events WHERE type = 'order.paid' GROUP BY 1`,
    );
    const paidEvents = new Map(events.rows.map((r) => [r.order_id, Number(r.n)]));
    for (const row of orders.rows) expect(paidEvents.get(row.id)).toBe(1);
    expect(pageErrors).toEqual([]);

    // Tablet portrait: the cart moves under the catalog.
    await page.setViewportSize({ width: 768, height: 1024 });
    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await scan(page, ORANGE_JUICE);
    await page.locator('.cart-line').first().waitFor();
    await shot(page, 'tablet');
  }, 240_000);

  it('a cashier\'s price override is refused without a manager PIN and allowed with one; the approver is on the synced line', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    // Ben (cashier) still has the Orangensaft (3,50 €) of the tablet check on the cart, selected.
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('3,50 €');
    await page.keyboard.press('Shift+F4');
    await page.getByTestId('price-dialog').waitFor();
    await typeSlowly(page, '2,00'); // typed as fast as a scanner it would be read as a scan
    await page.keyboard.press('Enter');
    await page.getByTestId('manager-approval').waitFor();
    await page.keyboard.press('Escape'); // no manager at hand: back to the price dialog, nothing changed
    await page.getByTestId('price-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('price-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('cart-total').textContent()).toBe('3,50 €');
    expect(await page.getByTestId('line-price-override').count()).toBe(0);

    // The line's Price button, then Anna's PIN (after Ben's own is refused).
    await page.getByTestId('line-price').click();
    await page.getByTestId('price-dialog').waitFor();
    await typeSlowly(page, '2,00'); // typed as fast as a scanner it would be read as a scan
    await page.keyboard.press('Enter');
    await managerApproves(page);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('2,00 €');
    expect(await page.getByTestId('line-price-override').textContent()).toBe('statt 3,50 €');

    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.press('Enter'); // exact cash
    await page.getByTestId('receipt-screen').waitFor();
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('Preis geändert (statt 3,50)');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();

    await waitSynced();
    const overridden = async () =>
      (
        await server.db.query<{ base_price: number; original: string; approver: string | null }>(
          `SELECT l.base_price, l.price_override->>'original_price' AS original, a.name AS approver
             FROM order_lines l LEFT JOIN staff a ON a.id = l.price_override->>'approved_by' WHERE l.price_override IS NOT NULL`,
        )
      ).rows.map((r) => [Number(r.base_price), Number(r.original), r.approver]);
    await expect.poll(overridden, { timeout: 20_000 }).toEqual([[200, 350, 'Anna Schmidt']]);
    expect(pageErrors).toEqual([]);
  });
});
