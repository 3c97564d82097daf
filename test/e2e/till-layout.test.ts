// Every till screen at the four sizes a shop uses (1024×768, 1280×800, 1920×1080 and a tablet in
// portrait, 768×1024), in Debian's Chromium on the German demo café: nothing overflows or is cut
// off (bottom bar, tiles, product names, modifier buttons, cards, tables), the cart and the bottom
// bar stay on screen, tender and receipt screens use the space, long German words never break, and
// React logs no warning on the way. With POS_SCREENSHOTS=1 it retakes docs/images/till-<screen>-<size>.png
// of every screen and dialog: pairing, sign-in, shift, sell (pictures, category colours, a customer on the
// cart), modifiers, weigh, tender with a tip, card, receipt, orders, history, reports, settings, approval.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScaleSimulator } from '../../hardware/simulators/scale-simulator';
import { createPtyPair, type PtyPair } from '../../hardware/testing/socat-pty';
import { seedLongNamesAndPictures, WITH_PICTURES } from './helpers/layout-catalog';
import { checkAllSizes as checkAllSizesOn, type LayoutOptions } from './helpers/layout-checks';
import { typeSlowly } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

describe('till layout at four screen sizes', { timeout: 120_000 }, () => {
  // React reports missing keys and other mistakes as console errors/warnings: any of them fails.
  const stack = useTillStack({ name: 'layout', seed: seedLongNamesAndPictures, recordConsole: true });
  let page: Page;
  let pty: PtyPair | undefined;
  let scale: ScaleSimulator | undefined;

  beforeAll(async () => {
    page = stack.page;
    // A Dialog 06 scale on a pty, with olives on it, for the weigh dialog.
    pty = await createPtyPair();
    scale = new ScaleSimulator({ grams: 538, protocol: 'dialog06' });
    await scale.openSerial(pty.b);
    const rpc = async (channel: string, args: unknown) => {
      const res = await fetch(`${stack.hardware.bridgeUrl}/rpc/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${stack.hardware.bridgeToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      return (await res.json()) as { ok: boolean; value: Record<string, unknown> };
    };
    const config = await rpc('hardware:get-config', {});
    expect((await rpc('hardware:set-config', { ...config.value, scale: { uri: `serial:${pty.a}`, protocol: 'dialog06' } })).ok).toBe(true);
  });

  afterAll(async () => {
    await scale?.close();
    await pty?.close();
  });

  /** Checks the screen at every size (and back to 1024×768), taking the documentation pictures on request. */
  const checkAllSizes = (screen: string, options: LayoutOptions = {}) => checkAllSizesOn(page, screen, options);

  it('pairing, sign-in and shift-open screens', async () => {
    await page.goto(stack.till.url);
    await page.getByTestId('pairing-screen').waitFor({ timeout: 30_000 });
    await checkAllSizes('pairing');
    await stack.pair();
    await checkAllSizes('sign-in');
    await typeSlowly(page, '1234'); // Anna Schmidt, manager
    await page.keyboard.press('Enter');
    await page.getByTestId('shift-open').waitFor();
    await checkAllSizes('shift');
    await typeSlowly(page, '100.00');
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
  });

  it('sell screen with a full cart, long German names, product pictures and the modifiers dialog', async () => {
    await page.getByRole('button', { name: /Rhabarberschorle/ }).waitFor({ timeout: 20_000 });
    // The till fetched the pictures into its offline cache and shows them, decoded, on their tiles.
    await expect
      .poll(() => page.locator('.tile.has-image img').evaluateAll((imgs) => imgs.filter((img) => (img as HTMLImageElement).naturalWidth === 96).length), {
        timeout: 30_000,
      })
      .toBe(WITH_PICTURES.length);
    for (const name of [
      'Mineralwasser 0,5 l',
      'Zimtschnecke',
      'Rhabarberschorle',
      'Schinken-Käse-Sandwich',
      'Holunderblütensirup',
      'Butter-Croissant',
      'Apfelstrudel',
      'Himbeerjoghurt',
    ]) {
      await page
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .first()
        .click();
    }
    await page.getByRole('button', { name: /^Cappuccino/ }).click();
    await page.getByTestId('modifiers-dialog').waitFor();
    await checkAllSizes('modifiers');
    await page.getByTestId('modifiers-dialog').getByRole('button', { name: /Groß/ }).click();
    await page.keyboard.press('Enter');
    await page.getByTestId('modifiers-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cart-line').count()).toBe(9);
    // Olives by weight: the scale's reading, its price, and Add.
    await page.getByRole('button', { name: /^Oliven lose/ }).click();
    await page.getByTestId('weigh-dialog').waitFor();
    await expect.poll(() => page.getByTestId('weigh-reading').textContent(), { timeout: 20_000 }).toBe('0,523 kg × 12,90 €/kg = 6,75 €');
    await checkAllSizes('weigh');
    await page.getByTestId('weigh-add').click();
    await page.getByTestId('weigh-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cart-line').count()).toBe(10);
    // A regular customer on the sale, found by name.
    await page.getByTestId('customer-button').click();
    await page.getByTestId('customer-dialog').waitFor();
    await page.getByTestId('customer-dialog').locator('input[type="search"]').fill('Hoffmann');
    await page
      .getByTestId('customer-dialog')
      .getByRole('button', { name: /Lena Hoffmann/ })
      .click({ timeout: 20_000 });
    await page.getByTestId('customer-dialog').waitFor({ state: 'detached' });
    await checkAllSizes('sell');
    // Every category, and the long names on their tiles.
    await page.getByTestId('category-bar').getByRole('button', { name: 'Tee & Getränke' }).click();
    await checkAllSizes('sell-category');
  });

  it('tender, card waiting on the terminal, and receipt screens use the whole screen', async () => {
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Enter');
    await page.getByTestId('tender-screen').waitFor();
    await checkAllSizes('tender', { fill: true });
    // A 10 % tip on what is due (the presets: none, then the percentages).
    await page.getByTestId('tip-control').locator('.tip-presets button').nth(2).click();
    await page.getByTestId('tip-chosen').waitFor();
    await checkAllSizes('tender-tip', { fill: true });
    // Back to no tip: the terminal simulator waits for a card only on the plain amount below.
    await page.getByTestId('tip-control').locator('.tip-presets button').nth(0).click();
    await page.getByTestId('tip-chosen').waitFor({ state: 'detached' });
    await page.getByTestId('amount-given').click();
    await page.keyboard.type('0.52'); // the terminal simulator waits for a card that never comes
    await page.keyboard.press('F2');
    await page.getByTestId('abort-card').waitFor({ timeout: 20_000 });
    await checkAllSizes('card', { fill: true });
    await page.getByTestId('abort-card').click();
    await page.getByTestId('abort-card').waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByTestId('amount-given').fill('');
    await page.getByTestId('amount-given').press('Enter');
    await page.getByTestId('receipt-screen').waitFor();
    await expect.poll(() => page.getByTestId('receipt-preview').textContent()).toContain('SUMME');
    await checkAllSizes('receipt', { fill: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
  });

  it('orders, history, reports and settings', async () => {
    await page.getByTestId('category-bar').getByRole('button', { name: 'Alle' }).click();
    await page.getByRole('button', { name: /^Zimtschnecke/ }).click();
    await page.keyboard.press('F5');
    await expect.poll(() => page.locator('.cart-line').count()).toBe(0);
    await page.keyboard.press('F6');
    await page.getByTestId('orders-screen').waitFor();
    await checkAllSizes('orders', { fullWidth: true });
    await page.keyboard.press('F7');
    await page.getByTestId('history-screen').waitFor();
    await page.locator('[data-testid="sales-table"] tbody tr').first().click();
    await page.getByTestId('sale-detail').waitFor();
    await checkAllSizes('history', { fullWidth: true });
    await page.keyboard.press('F9');
    await page.getByTestId('reports-screen').waitFor();
    await checkAllSizes('reports', { fullWidth: true });
    await page.keyboard.press('F10');
    await page.getByTestId('settings-screen').waitFor();
    await checkAllSizes('settings', { fullWidth: true });
  });

  it("a cashier's settings need a manager's PIN: the approval dialog", async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('sell-screen').waitFor();
    await page.keyboard.press('Alt+q');
    await page.getByTestId('sign-in').waitFor();
    await typeSlowly(page, '1111'); // Ben Weber, cashier
    await page.keyboard.press('Enter');
    await page.getByTestId('sell-screen').waitFor();
    await page.keyboard.press('F10');
    await page.getByTestId('manager-approval').waitFor();
    await checkAllSizes('approval');
  });

  it('logged no React warning, console error or page error on the way', () => {
    expect(stack.problems).toEqual([]);
  });
});
