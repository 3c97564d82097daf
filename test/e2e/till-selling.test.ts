// The till in Debian's Chromium against the real cloud service (PGlite in a temp dir, demo data)
// and the hardware dev stack (printer + ZVT terminal simulators behind the hardware bridge), one
// shift from start to end: pair, sign in, open a shift, sell with cash and card, refund, void, park,
// take an API order's payment, close the shift. Selling offline is in till-offline.test.ts, the
// scale and the device settings in till-devices.test.ts.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, ean13 } from '../../sync-server/demo/demo-seed';
import { docShot } from './helpers/screenshots';
import { managerApproves, scan, typeSlowly } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

const ORANGE_JUICE = ean13('400638133393'); // Orangensaft 0,3 l, 3.50 €
const WATER = ean13('400638133394'); // Mineralwasser 0,5 l, 2.50 €

describe('till in Chromium against the real server and hardware simulators', { timeout: 60_000 }, () => {
  const printerLines: string[] = [];
  const stack = useTillStack({ name: 'till', hardwareLog: (line) => printerLines.push(line.replace(/^\[printer\] /, '')) });
  let page: Page;

  beforeAll(() => {
    page = stack.page;
  });

  it('pairs from the start URL and signs in with a staff PIN checked offline against the pulled hashes', async () => {
    await stack.pair();
    // The one-time code and the bridge token leave the address bar.
    expect(page.url()).not.toContain('pair=');
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-online'), { timeout: 20_000 }).toBe('true');
    await docShot(page, 'sign-in');

    await typeSlowly(page, '9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Unbekannte PIN');

    await stack.signIn('1111', { float: '100.00' }); // Ben Weber, cashier
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
    await docShot(page, 'selling');

    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await docShot(page, 'tender');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    // The receipt screen shows before the sale's payment is read back from Dexie: wait for it.
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe('Rückgeld 7,10 €');
    await stack.hardware.printer.waitForReceipts(1);
    const printed = stack.hardware.printer.receipts[0]!;
    expect(printed.text).toContain('3 x Mineralwasser 0,5 l');
    expect(printed.text).toContain('SUMME');
    expect(printed.cut).toBe(true);
    expect(printerLines.some((l) => l.startsWith('--- drawer'))).toBe(true);
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('SUMME');
    await docShot(page, 'receipt');
    await page.keyboard.press('r'); // reprint
    await stack.hardware.printer.waitForReceipts(2);
    expect(stack.hardware.printer.receipts[1]!.text).toContain('*** KOPIE ***');
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

    await stack.waitSynced();
    const payments = async () =>
      (
        await stack.server.db.query<{ total: number; method: string; amount: number }>(
          `SELECT o.total, p.method, p.amount FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.source = 'till' ORDER BY o.created_at, p.method`,
        )
      ).rows.map((r) => [Number(r.total), r.method, Number(r.amount)]);
    await expect.poll(payments, { timeout: 20_000 }).toEqual([
      [1290, 'cash', 1290],
      [175, 'card', 75],
      [175, 'cash', 100],
    ]);
    // The manager who approved the 50 % discount is on the synced sale.
    const approvedBy = await stack.server.db.query<{ name: string | null }>(
      `SELECT a.name FROM orders o LEFT JOIN staff a ON a.id = o.approved_by WHERE o.source = 'till' ORDER BY o.created_at`,
    );
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
    await docShot(page, 'history');

    await stack.waitSynced();
    const refunds = async () =>
      (
        await stack.server.db.query<{ amount: number; method: string; approver: string | null }>(
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
    const apdusBefore = stack.hardware.terminal.received.length;
    const receiptsBefore = stack.hardware.printer.receipts.length;
    await page.getByTestId('refund-button').click();
    await managerApproves(page);
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('[data-testid="sale-detail"] .badge').first().textContent(), { timeout: 20_000 }).toBe('teilweise erstattet');

    // The till asked the terminal for a refund of 0.75 (06 31, amount BMP 04 = 000000000075).
    const refundApdus = stack.hardware.terminal.received.slice(apdusBefore).filter((hex) => hex.startsWith('0631'));
    expect(refundApdus).toHaveLength(1);
    expect(refundApdus[0]).toContain('04000000000075');
    // The refund receipt carries the terminal's customer slip; the merchant copy follows, to sign and keep.
    await stack.hardware.printer.waitForReceipts(receiptsBefore + 2);
    const [refundReceipt, merchantCopy] = stack.hardware.printer.receipts.slice(receiptsBefore).map((r) => r.text);
    expect(refundReceipt).toContain('Gutschrift');
    expect(refundReceipt).toContain('Kundenbeleg');
    expect(refundReceipt).toContain('Betrag EUR 0,75');
    expect(merchantCopy).toContain('Händlerbeleg');
    expect(merchantCopy).toContain('Gutschrift');

    await stack.waitSynced();
    const refunds = async () =>
      (
        await stack.server.db.query<{ amount: number; method: string }>(
          `SELECT r.amount, p.method FROM refunds r JOIN payments p ON p.id = r.payment_id ORDER BY r.created_at`,
        )
      ).rows.map((r) => [Number(r.amount), r.method]);
    await expect.poll(refunds, { timeout: 20_000 }).toEqual([
      [500, 'cash'],
      [75, 'card'],
    ]);
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
    // The heading says "Bezahlt" until its live query's first read (a task after the screen mounts), then names the order.
    await expect.poll(() => page.locator('[data-testid="receipt-screen"] h3').textContent()).toContain('Bon ');
    const number = (await page.locator('[data-testid="receipt-screen"] h3').textContent())!.replace(/^.*Bon /, '');
    await page.keyboard.press('F7');
    await page.getByTestId('history-screen').waitFor();
    // The rows appear with the list's first value, which holds the sale stored a moment ago: the history was open a
    // moment before, and Dexie drops its cached list of then when the sale commits (sale-raw-write.ts).
    expect(await page.locator('[data-testid="sales-table"] tbody tr').first().textContent()).toContain(number);
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

    await stack.waitSynced();
    const voided = async () =>
      (
        await stack.server.db.query<{ status: string; approver: string | null }>(
          `SELECT o.status, a.name AS approver FROM orders o LEFT JOIN staff a ON a.id = o.void_approved_by WHERE o.number = $1`,
          [number],
        )
      ).rows;
    await expect.poll(voided, { timeout: 20_000 }).toEqual([{ status: 'voided', approver: 'Anna Schmidt' }]);
  });

  it('modifiers, park and resume, a reload keeps the cart, voiding the current sale', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    // Cappuccino has a required size: the modifiers dialog opens on its own; digits pick options.
    await page.getByRole('button', { name: /^Cappuccino/ }).click();
    await page.getByTestId('modifiers-dialog').waitFor();
    await docShot(page, 'modifiers');
    // Each option shows its digit key; press the digits shown for Groß (+0.80) and Hafermilch (+0.40).
    for (const option of ['Groß', 'Hafermilch']) {
      const digit = await page
        .getByTestId('modifiers-dialog')
        .getByRole('button', { name: new RegExp(option) })
        .locator('.key')
        .textContent();
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
    const { key } = await createApiKey(stack.server.db, {
      businessId: DEMO_BUSINESS_ID,
      name: 'e2e',
      scopes: ['orders:write', 'orders:read'],
      locationIds: 'all',
    });
    const product = await stack.server.db.query<{ id: string }>(`SELECT id FROM products WHERE name = 'Zimtschnecke' AND location_id = $1`, [DEMO_BERLIN_ID]);
    const res = await fetch(`${stack.server.url}/api/v1/orders`, {
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

    await stack.waitSynced();
    const order = async () =>
      (await stack.server.db.query<{ status: string; source: string }>(`SELECT status, source FROM orders WHERE id = $1`, [created.id])).rows;
    await expect.poll(order, { timeout: 20_000 }).toEqual([{ status: 'paid', source: 'api' }]);
  });

  it('shows the X report and closes the shift with a cash count and its variance (Z report)', async () => {
    await page.keyboard.press('F9');
    await page.getByTestId('reports-screen').waitFor();
    // 100.00 float + 12.90 + 1.00 cash − 5.00 cash refund + 3.20 cash for the API order
    await expect.poll(() => page.getByTestId('shift-report').first().textContent()).toContain('112,10 €');
    await page.getByLabel(/Gezähltes Bargeld/).fill('111.70');
    await expect.poll(() => page.getByTestId('variance').textContent()).toBe('Differenz -0,40 €');
    await docShot(page, 'reports');
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

    await stack.waitSynced();
    const shifts = async () =>
      (
        await stack.server.db.query<{ closed: boolean; counted_cash: number; variance: number }>(
          `SELECT closed_at IS NOT NULL AS closed, counted_cash, variance FROM shifts`,
        )
      ).rows.map((s) => [s.closed, Number(s.counted_cash), Number(s.variance)]);
    await expect.poll(shifts, { timeout: 20_000 }).toEqual([[true, 11170, -40]]);
    const approvals = await stack.server.db.query<{ closer: string | null; movement: string; mover: string | null }>(
      `SELECT c.name AS closer, m.kind AS movement, a.name AS mover FROM shifts s LEFT JOIN staff c ON c.id = s.close_approved_by
         JOIN cash_movements m ON m.shift_id = s.id LEFT JOIN staff a ON a.id = m.approved_by`,
    );
    expect(approvals.rows).toEqual([{ closer: 'Anna Schmidt', movement: 'no_sale', mover: 'Anna Schmidt' }]);
    await page.getByRole('button', { name: 'Fertig — abmelden' }).click();
    await page.getByTestId('sign-in').waitFor();
  });
});
