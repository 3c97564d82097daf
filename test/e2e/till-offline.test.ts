// The till keeps selling with the cloud service down, in Debian's Chromium against the real service
// (PGlite in a temp dir, demo data) and the hardware dev stack: 50 sales survive a reload and
// arrive exactly once with their events when the service is back on the same data; then, on a tablet
// in portrait and back, a cashier's price override needs a manager's PIN.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ean13 } from '../../sync-server/demo/demo-seed';
import { docShot } from './helpers/screenshots';
import { managerApproves, scan, typeSlowly } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

const ORANGE_JUICE = ean13('400638133393'); // Orangensaft 0,3 l, 3.50 €
const WATER = ean13('400638133394'); // Mineralwasser 0,5 l, 2.50 €
const OFFLINE_SALES = 50;

describe('till offline in Chromium against the real server and hardware simulators', { timeout: 60_000 }, () => {
  const stack = useTillStack({ name: 'offline' });
  let page: Page;

  beforeAll(async () => {
    page = stack.page;
    await stack.pair();
    // Everything sold offline must be in the till's catalog before the service goes down.
    await stack.waitForCatalog(WATER, ORANGE_JUICE);
  }, 120_000);

  it(`keeps selling with the server down: ${OFFLINE_SALES} sales survive a reload and arrive exactly once`, async () => {
    const before = Number((await stack.server.db.query<{ n: string }>(`SELECT count(*) AS n FROM orders WHERE source = 'till'`)).rows[0]!.n);
    await stack.stopServer();

    await stack.signIn('1111', { float: '50' });
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
    await docShot(page, 'offline');

    await page.reload();
    await page.getByTestId('sign-in').waitFor();
    // The indicator counts the outbox with a live query: its first read lands a moment after the page.
    await expect.poll(() => page.getByTestId('sync-indicator').getAttribute('data-unsynced')).toBe(String(OFFLINE_SALES + 1));

    await stack.restartServer();
    await stack.waitSynced();
    const orders = await stack.server.db.query<{ id: string; n: string }>(
      `SELECT id, count(*) OVER () AS n FROM orders WHERE source = 'till' AND shift_id = (SELECT id FROM shifts WHERE closed_at IS NULL)`,
    );
    expect(orders.rows).toHaveLength(OFFLINE_SALES);
    const all = Number((await stack.server.db.query<{ n: string }>(`SELECT count(*) AS n FROM orders WHERE source = 'till'`)).rows[0]!.n);
    expect(all).toBe(before + OFFLINE_SALES);
    const events = await stack.server.db.query<{ order_id: string; n: string }>(
      `SELECT data->'object'->>'id' AS order_id, count(*) AS n FROM events WHERE type = 'order.paid' GROUP BY 1`,
    );
    const paidEvents = new Map(events.rows.map((r) => [r.order_id, Number(r.n)]));
    for (const row of orders.rows) expect(paidEvents.get(row.id)).toBe(1);
    expect(stack.problems).toEqual([]);

    // Tablet portrait: the cart moves under the catalog.
    await page.setViewportSize({ width: 768, height: 1024 });
    await typeSlowly(page, '1111');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await scan(page, ORANGE_JUICE);
    await page.locator('.cart-line').first().waitFor();
    await docShot(page, 'tablet');
  }, 240_000);

  it("a cashier's price override is refused without a manager PIN and allowed with one; the approver is on the synced line", async () => {
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

    await stack.waitSynced();
    const overridden = async () =>
      (
        await stack.server.db.query<{ base_price: number; original: string; approver: string | null }>(
          `SELECT l.base_price, l.price_override->>'original_price' AS original, a.name AS approver
             FROM order_lines l LEFT JOIN staff a ON a.id = l.price_override->>'approved_by' WHERE l.price_override IS NOT NULL`,
        )
      ).rows.map((r) => [Number(r.base_price), Number(r.original), r.approver]);
    await expect.poll(overridden, { timeout: 20_000 }).toEqual([[200, 350, 'Anna Schmidt']]);
    expect(stack.problems).toEqual([]);
  });
});
