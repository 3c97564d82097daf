// Money integrity at the till in Debian's Chromium against the real cloud service (PGlite in a
// temp dir, demo data) and the hardware dev stack (printer + ZVT simulators behind the bridge):
// typed digits never become a hidden quantity, a scanner of any speed never sets one, a cash
// part-payment stays on the sale across Back and a reload, and a waiting card payment can be aborted.
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ean13 } from '../../sync-server/demo/demo-seed';
import { cartLines, scan, typeSlowly } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

const ORANGE_JUICE = ean13('400638133393'); // Orangensaft 0,3 l, 3.50 €
const WATER = ean13('400638133394'); // Mineralwasser 0,5 l, 2.50 €

describe('till money integrity in Chromium', { timeout: 60_000 }, () => {
  const stack = useTillStack({ name: 'money' });
  let page: Page;

  beforeAll(async () => {
    page = stack.page;
    await stack.pair();
    await stack.signIn('1111', { float: '100.00' }); // Ben Weber, cashier
  }, 120_000);

  /** Voids the cart being rung up so the next test starts empty. */
  const emptyCart = async () => {
    if ((await page.locator('.cart-line').count()) === 0) return;
    await page.keyboard.press('F8');
    await page.getByTestId('void-dialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cart-line').count()).toBe(0);
  };

  // Each case starts on an empty sell screen, even after a failed one (no cascade of failures).
  beforeEach(async () => {
    for (let i = 0; i < 3 && !(await page.getByTestId('sell-screen').isVisible()); i++) await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await page.getByTestId('product-search').fill('');
    await emptyCart();
  });

  it('digits typed with nothing focused are visible search text, and never a quantity that survives Pay and Back', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeSlowly(page, '12345');
    // What was typed is on screen, in the search box, and it is not a quantity.
    expect(await page.getByTestId('product-search').inputValue()).toBe('12345');
    expect(await page.getByTestId('pending-quantity').count()).toBe(0);
    await scan(page, WATER);
    await expect.poll(() => cartLines(page)).toEqual([expect.stringMatching(/^1×\s?Mineralwasser/)]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeSlowly(page, '9999');
    await page.getByTestId('product-search').fill('');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter'); // pay
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.press('Escape'); // back
    await page.getByTestId('sell-screen').waitFor();
    await scan(page, WATER);
    await expect.poll(() => cartLines(page)).toEqual([expect.stringMatching(/^2×\s?Mineralwasser/)]);
    await emptyCart();
  });

  it('a barcode typed slowly, or from a scanner with any gap between keys, is a barcode and never a quantity', async () => {
    await scan(page, ORANGE_JUICE); // a fast wedge burst
    await expect.poll(() => page.locator('.cart-line').count()).toBe(1);
    for (const gap of [15, 40, 120]) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.type(ORANGE_JUICE, { delay: gap });
      await page.keyboard.press('Enter');
      await page.getByTestId('sell-screen').waitFor();
    }
    // Four times the same product: one line of 4, nothing else, still on the sell screen.
    await expect.poll(() => cartLines(page)).toEqual([expect.stringMatching(/^4×\s?Orangensaft/)]);
    expect(await page.getByTestId('pending-quantity').count()).toBe(0);
    expect(await page.getByTestId('product-search').inputValue()).toBe('');
    await emptyCart();
  });

  it('a quantity is set on purpose (digits, then ×), always visible, capped, and cleared on every screen change', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeSlowly(page, '5000*');
    await expect.poll(() => page.getByTestId('notice-error').last().textContent()).toContain('1 bis 999');
    expect(await page.getByTestId('pending-quantity').count()).toBe(0);
    await page.getByTestId('product-search').fill('');

    await typeSlowly(page, '3*');
    await expect.poll(() => page.getByTestId('pending-quantity').textContent()).toContain('3 ×');
    await page.keyboard.press('F7'); // History, then back
    await page.getByTestId('history-screen').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('pending-quantity').count()).toBe(0);

    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await typeSlowly(page, '3*');
    await page.getByTestId('pending-quantity').waitFor();
    await page.keyboard.press('Enter'); // Pay clears it too
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('pending-quantity').count()).toBe(0);

    await typeSlowly(page, '2*');
    await page.getByTestId('pending-quantity').waitFor();
    await scan(page, ORANGE_JUICE);
    await expect.poll(() => cartLines(page)).toHaveLength(2);
    expect((await cartLines(page))[1]).toMatch(/^2×\s?Orangensaft/);
    await emptyCart();
  });
  it('a cash part-payment stays on the sale across Back and a reload, and the drawer count matches', async () => {
    for (let i = 0; i < 4; i++) await scan(page, ORANGE_JUICE);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('14,00 €');
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('4,00 €');
    await page.keyboard.press('Escape'); // Back to the cart
    await page.getByTestId('sell-screen').waitFor();
    await expect.poll(() => page.getByTestId('cart-balance').textContent()).toBe('4,00 €');
    expect(await page.getByTestId('cart-taken').textContent()).toContain('10,00 €');

    // A reload (or a crash) keeps the money on the sale.
    await page.reload();
    await page.getByTestId('sign-in').waitFor();
    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await expect.poll(() => page.getByTestId('cart-balance').textContent()).toBe('4,00 €');
    await page.keyboard.press('Enter'); // Pay again: only the rest is due
    await page.getByTestId('tender-screen').waitFor();
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('4,00 €');
    expect(await page.getByTestId('tenders-taken').textContent()).toContain('10,00 €');
    await page.keyboard.press('Enter'); // exact cash
    await page.getByTestId('receipt-screen').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();

    // The drawer: 100.00 float + 14.00 of cash sales.
    await page.keyboard.press('F9');
    await page.getByTestId('reports-screen').waitFor();
    await expect.poll(() => page.getByTestId('shift-report').first().textContent()).toContain('114,00 €');
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();

    await page.getByTestId('sync-indicator').click();
    const payments = async () =>
      (
        await stack.server.db.query<{ total: number; amount: number }>(
          `SELECT o.total, p.amount FROM orders o JOIN payments p ON p.order_id = o.id WHERE o.source = 'till' AND o.total = 1400 ORDER BY p.amount DESC`,
        )
      ).rows.map((r) => [Number(r.total), Number(r.amount)]);
    await expect.poll(payments, { timeout: 20_000 }).toEqual([
      [1400, 1000],
      [1400, 400],
    ]);
  });

  it('a tender taken comes off the sale only when given back with a manager PIN', async () => {
    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('1,50 €');
    await page.getByTestId('give-back').click();
    await page.getByTestId('manager-approval').waitFor();
    await typeSlowly(page, '1111'); // the cashier's own PIN does not approve
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('manager-approval').textContent()).toContain('Diese PIN darf das nicht freigeben.');
    await typeSlowly(page, '1234'); // Anna Schmidt, manager
    await page.keyboard.press('Enter');
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('approved-by').textContent()).toContain('Anna Schmidt');
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => page.getByTestId('amount-due').textContent()).toBe('2,50 €');
    expect(await page.getByTestId('tenders-taken').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await emptyCart();
  });

  it('a card payment waiting on the terminal can be aborted (ZVT 06 B0); nothing is charged and cash then pays', async () => {
    await scan(page, WATER);
    await page.locator('.cart-line').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await page.keyboard.type('0.52'); // the simulator waits for a card that never comes
    await page.keyboard.press('F2');
    await page.getByTestId('abort-card').click({ timeout: 20_000 });
    await expect.poll(() => page.getByRole('alert').first().textContent(), { timeout: 20_000 }).toContain('Zahlung abgebrochen');
    expect(await page.getByTestId('abort-card').count()).toBe(0);
    expect(await page.getByTestId('amount-due').textContent()).toBe('2,50 €');
    expect(
      await page.evaluate(async () => {
        const open = indexedDB.open('anywhere-pos-till');
        const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
        const request = db.transaction('pendingCardAuths').objectStore('pendingCardAuths').count();
        return new Promise<number>((resolve) => (request.onsuccess = () => resolve(request.result)));
      }),
    ).toBe(0);
    await page.getByTestId('amount-given').fill('');
    await page.keyboard.press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    expect(stack.problems).toEqual([]);
  });
});
