// A German till (Berlin, de-DE) in Debian's Chromium walked through every screen and dialog a cashier
// and a manager meet — sign-in, shift open, sell (search, quantity, modifiers, weigh, price override,
// discount, customer), tender (cash, card on the ZVT simulator), receipt, history (void and refund
// confirmations), orders, reports (X and Z), settings with the hardware test results, manager
// approval, sync rejection reasons — and, on each, no English UI text is visible. A leak is a visible
// text node, element text, aria-label, placeholder, title or option that matches an English catalog
// message whose German differs, or holds two or more words only the English catalog uses (texts from
// outside the catalog: the hardware service's results, the server's rejection reasons), or an amount
// written the English way (3.50 instead of 3,50).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID, ean13 } from '../../sync-server/demo/demo-seed';
import type { RunningServer } from '../../sync-server/server';
import { englishIn, leakCollector } from './helpers/english-leaks';
import { scan, typeSlowly, waitForBarcode } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

const ORANGE_JUICE = ean13('400638133393'); // Orangensaft 0,3 l, 3.50 €
const WATER = ean13('400638133394'); // Mineralwasser 0,5 l, 2.50 €
const OLIVES = ean13('290000000002'); // created below, sold by weight

/** A product sold by weight, made before the till is served so its first pull brings it. */
async function createOlives(server: RunningServer): Promise<void> {
  const { key } = await createApiKey(server.db, { businessId: DEMO_BUSINESS_ID, name: 'e2e-german', scopes: ['products:write'], locationIds: 'all' });
  const tax = await server.db.query<{ id: string }>(`SELECT id FROM tax_rates WHERE location_id = $1 ORDER BY rate_ppm LIMIT 1`, [DEMO_BERLIN_ID]);
  const created = await fetch(`${server.url}/api/v1/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'e2e-german-olives' },
    body: JSON.stringify({
      location_id: DEMO_BERLIN_ID,
      name: 'Oliven lose',
      price: 1290,
      tax_rate_id: tax.rows[0]!.id,
      sold_by_weight: true,
      tare_grams: 15,
      barcodes: [OLIVES],
    }),
  });
  if (created.status !== 201) throw new Error(`creating the weighed product: HTTP ${created.status}`);
}

describe('a German till shows no English, on any screen or dialog (Chromium)', { timeout: 90_000 }, () => {
  const stack = useTillStack({ name: 'german', seed: createOlives });
  let page: Page;
  /** "where: text — why", collected on the whole walk and asserted at its end. */
  const { leaks, seen, look } = leakCollector(() => page);

  /** Ben (cashier) asks Anna (manager): a wrong PIN first (its refusal is looked at), then hers. */
  const managerApproves = async (where: string) => {
    await page.getByTestId('manager-approval').waitFor();
    await look(`${where} (approval)`);
    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('manager-approval').getByRole('alert').textContent()).toBe('Diese PIN darf das nicht freigeben.');
    await look(`${where} (approval refused)`);
    await typeSlowly(page, '1234');
    await page.keyboard.press('Enter');
    await page.getByTestId('manager-approval').waitFor({ state: 'detached' });
  };

  const toSell = async () => {
    for (let i = 0; i < 4 && !(await page.getByTestId('sell-screen').isVisible()); i++) await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
  };

  const payCash = async () => {
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
  };

  it('the leak check itself: English catalog texts and English sentences are leaks, German ones are not', () => {
    expect(englishIn('Zum Bon')).toBeNull();
    expect(englishIn('Freigabe durch Filialleitung')).toBeNull();
    expect(englishIn('Orangensaft 0,3 l')).toBeNull();
    expect(englishIn('Manager approval')).toMatch(/approval\.title/);
    expect(englishIn('Approved by Anna Schmidt.')).toMatch(/approval\.approvedBy/);
    expect(englishIn('✓ test slip printed')).not.toBeNull();
    expect(englishIn("No order 12 at this till's location.")).not.toBeNull();
    expect(englishIn('Hello Ben. Count the cash in the drawer.')).toMatch(/English words/);
    expect(englishIn('Was bezahlt wird')).toBeNull();
    expect(englishIn('Summe 3.50 €')).toMatch(/English number 3\.50/);
    expect(englishIn('03.12.2026 20:23 · 1.234,50 €')).toBeNull();
    expect(englishIn('Hier aufbewahrt; eine Leitung entscheidet, was mit jedem geschieht.')).toBeNull();
    expect(englishIn('Von der Cloud abgelehnt (Grund: brand_new_reason).')).toBeNull();
  });

  it('pairing, sign-in (with a wrong PIN) and shift open', async () => {
    page = stack.page;
    await stack.pair();
    await waitForBarcode(page, OLIVES);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    await look('sign-in');
    await typeSlowly(page, '9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Unbekannte PIN');
    await look('sign-in (wrong PIN)');
    await typeSlowly(page, '1111'); // Ben Weber, cashier
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-open').waitFor();
    await look('shift open');
    await typeSlowly(page, '100,00');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await look('sell (empty)');
  });

  it('sell: search, quantity, modifiers, weigh, price override, discount, customer; void the cart', async () => {
    await page.getByTestId('product-search').fill('Wasser');
    await look('sell (search)');
    await page.getByTestId('product-search').fill('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeSlowly(page, '3*');
    await page.getByTestId('pending-quantity').waitFor();
    await look('sell (pending quantity)');
    await scan(page, WATER);
    await expect.poll(() => page.getByTestId('cart-lines').textContent()).toContain('3×Mineralwasser');
    await typeSlowly(page, '5000*');
    await page.getByTestId('notice-error').last().waitFor();
    await look('sell (quantity too large)');
    await page.getByTestId('product-search').fill('');

    await page.getByRole('button', { name: /^Cappuccino/ }).click();
    await page.getByTestId('modifiers-dialog').waitFor();
    await look('modifiers dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('modifiers-dialog').waitFor({ state: 'detached' });

    // Price override of the water line: the dialog, an invalid price, then the manager approves.
    await page.getByTestId('line-price').first().click();
    await page.getByTestId('price-dialog').waitFor();
    await look('price dialog');
    await typeSlowly(page, 'abc');
    await page.keyboard.press('Enter');
    await look('price dialog (invalid)');
    await page.getByTestId('price-dialog').locator('input').first().fill('');
    await typeSlowly(page, '2,00');
    await page.keyboard.press('Enter');
    await managerApproves('price override');
    await expect.poll(() => page.getByTestId('line-price-override').count()).toBe(1);
    await look('sell (overridden price)');

    await page.keyboard.press('F3');
    await page.getByTestId('discount-dialog').waitFor();
    await look('discount dialog');
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await managerApproves('discount');
    await look('sell (discounted)');

    await page.getByTestId('customer-button').click();
    await page.getByTestId('customer-dialog').waitFor();
    await look('customer dialog');
    await page.keyboard.type('Zzzz');
    await look('customer dialog (nobody found)');
    await page.keyboard.press('Escape');

    // Weigh: a weighed product on a till without a scale says so in the dialog.
    await scan(page, OLIVES);
    await page.getByTestId('weigh-dialog').waitFor();
    await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).not.toBe('Waage wird gelesen…');
    await look('weigh dialog (no scale)');
    await page.keyboard.press('Escape');
    await page.getByTestId('weigh-dialog').waitFor({ state: 'detached' });

    await page.keyboard.press('F1');
    await look('shortcut help');
    await page.keyboard.press('Escape');

    await page.keyboard.press('F8');
    await page.getByTestId('void-dialog').waitFor();
    await look('void cart dialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cart-line').count()).toBe(0);
  });

  it('tender: cash part-payment, give back, card on the terminal simulator, receipt', async () => {
    await toSell();
    await scan(page, ORANGE_JUICE);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await look('tender');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('2,50 €');
    await look('tender (part paid)');
    await page.getByTestId('give-back').click();
    await managerApproves('give back');
    await page.getByTestId('confirm-dialog').waitFor();
    await look('give back confirmation');
    await page.keyboard.press('Escape');
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Karte/ }).click(); // the focus left with the dialog: F2 would reach nothing
    await page.getByTestId('receipt-screen').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('Karte');
    await look('receipt (split cash and card)');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    await expect.poll(() => page.getByTestId('change-due').textContent()).toBe('Rückgeld 2,50 €');
    await look('receipt (cash with change)');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
  });

  it('orders: a parked sale', async () => {
    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.cart-line').count()).toBe(0);
    await page.keyboard.press('F6');
    await page.getByTestId('orders-screen').waitFor();
    await look('orders');
    await page
      .getByRole('button', { name: /^Geparkt/ })
      .first()
      .click();
    await page.getByTestId('sell-screen').waitFor();
    await payCash();
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
  });

  it('history: a sale, its refund and void confirmations, both approved by the manager', async () => {
    await page.keyboard.press('F7');
    await page.getByTestId('history-screen').waitFor();
    await look('history');
    await page.locator('[data-testid="sales-table"] tbody tr').nth(1).click(); // the cash sale with change
    await page.getByTestId('sale-detail').waitFor();
    await look('history (sale detail)');
    await page.getByLabel('Rückgabemenge von Mineralwasser 0,5 l').fill('1');
    await page.getByTestId('refund-button').click();
    await managerApproves('refund');
    await page.getByTestId('confirm-dialog').waitFor();
    await look('refund confirmation');
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.locator('[data-testid="sale-detail"] .badge').first().textContent()).not.toBe('bezahlt');
    await look('history (refunded)');

    await page.locator('[data-testid="sales-table"] tbody tr').nth(0).click(); // the parked, then paid sale
    await page.getByTestId('void-sale').click();
    await managerApproves('void');
    await page.getByTestId('confirm-dialog').waitFor();
    await look('void confirmation');
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
    await look('history (voided)');
  });

  it('settings: the hardware test results, and the reasons the cloud rejected mutations', async () => {
    // Two rejections as the sync engine stores them: a reason the till knows and one it does not.
    await page.evaluate(async () => {
      const open = indexedDB.open('anywhere-pos-till');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction('rejected', 'readwrite');
      const now = new Date().toISOString();
      tx.objectStore('rejected').put({
        id: 'mut_e2e_1',
        seq: 9001,
        type: 'order.voided',
        occurred_at: now,
        payload: {},
        error: { code: 'already_voided', message: 'Order 1001 is already voided.' },
        rejected_at: now,
      });
      tx.objectStore('rejected').put({
        id: 'mut_e2e_2',
        seq: 9002,
        type: 'order.completed',
        occurred_at: now,
        payload: {},
        error: { code: 'brand_new_reason', message: 'Something the server says in English.' },
        rejected_at: now,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    // Written beside Dexie, so its live queries do not see them: the settings screen reads them as it opens.
    await toSell();
    await page.keyboard.press('F10');
    await managerApproves('settings');
    await page.getByTestId('settings-screen').waitFor();
    await look('settings');
    for (const device of ['printer', 'drawer', 'terminal', 'display', 'scanner']) {
      await page.getByTestId(`test-${device}`).click();
      await expect
        .poll(() => page.getByTestId(`test-${device}`).locator('xpath=following-sibling::*[@role="status"]').textContent(), { timeout: 20_000 })
        .toMatch(/^[✓✗]/);
    }
    await look('settings (hardware test results)');
    expect(await page.getByTestId('test-printer').locator('xpath=following-sibling::*[@role="status"]').textContent()).toBe('✓ Testbeleg gedruckt.');
    await expect.poll(() => page.locator('#rejected').textContent()).toContain('Von der Cloud abgelehnt (Grund: brand_new_reason).');
    expect(await page.locator('#rejected').textContent()).toContain('StornoDer Verkauf war schon storniert.');
    await look('settings (rejected)');
  });

  it('reports: X report, no-sale, shift close with its confirmation and the Z report', async () => {
    await toSell();
    await page.keyboard.press('F9');
    await page.getByTestId('reports-screen').waitFor();
    await look('reports (X)');
    await page.getByTestId('print-x').click();
    await look('reports (X printed)');
    await page.getByTestId('no-sale').click();
    await managerApproves('no sale');
    await page.getByTestId('confirm-dialog').waitFor();
    await look('no-sale confirmation');
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('notice-success').first().waitFor();
    await look('reports (no sale done)');
    await page.getByTestId('close-shift').click();
    await look('reports (count missing)');
    await page.getByLabel(/Gezähltes Bargeld/).fill('101,00');
    await page.getByTestId('close-shift').click();
    await managerApproves('close shift');
    await page.getByTestId('confirm-dialog').waitFor();
    await look('close shift confirmation');
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.getByTestId('shift-report').first().textContent()).toContain('Z-Bericht');
    await look('reports (Z)');
  });

  it('shows no English anywhere on the walk', () => {
    expect(leaks, `English on the German till:\n${leaks.join('\n')}`).toEqual([]);
    expect(seen.length).toBeGreaterThan(30);
    expect(stack.problems).toEqual([]);
  });
});
