// Every till screen at the four sizes a shop uses (1024×768, 1280×800, 1920×1080 and a tablet in
// portrait, 768×1024), in Debian's Chromium on the German demo café: nothing overflows or is cut
// off (bottom bar, tiles, product names, modifier buttons, cards, tables), the cart and the bottom
// bar stay on screen, tender and receipt screens use the space, long German words never break, and
// React logs no warning on the way. With POS_SCREENSHOTS=1 it retakes docs/images/till-<screen>-<size>.png
// of every screen and dialog: pairing, sign-in, shift, sell (pictures, category colours, a customer on the
// cart), modifiers, weigh, tender with a tip, card, receipt, orders, history, reports, settings, approval.
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScaleSimulator } from '../../hardware/simulators/scale-simulator';
import { createPtyPair, type PtyPair } from '../../hardware/testing/socat-pty';
import { createApiKey } from '../../sync-server/auth/api-keys';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID } from '../../sync-server/demo/demo-seed';
import type { RunningServer } from '../../sync-server/server';
import { DOCS_IMAGES_DIR } from './helpers/screenshots';
import { typeSlowly } from './helpers/till-input';
import { useTillStack } from './helpers/till-stack';

export const SIZES = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

/** Long single German words a café sells: none may break mid-word or be cut off on a tile. */
const LONG_WORDS = ['Rhabarberschorle', 'Himbeerjoghurt', 'Apfelschorle', 'Holunderblütensirup'];
/** Products that get a picture (a long name among them): their tiles must keep the layout too. */
const WITH_PICTURES = ['Butter-Croissant', 'Zimtschnecke', 'Rhabarberschorle'];
const PICTURE_COLOURS: [number, number, number][] = [
  [181, 121, 67],
  [120, 72, 40],
  [214, 88, 96],
];

/** A width×height RGB PNG (a diagonal gradient of `rgb`), so the tiles show real decoded pictures. */
function gradientPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 0.55 + (0.45 * (x + y)) / (width + height);
      rows.set(
        rgb.map((c) => Math.round(c * shade)),
        y * (width * 3 + 1) + 1 + x * 3,
      );
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Runs in the page: everything on screen that is cut off, overflows sideways, leaves the viewport
 * or breaks a word, as one readable line each.
 */
function layoutProblems(options: { fill: boolean; fullWidth: boolean }): string[] {
  const problems: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` +
    ` "${(el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);

  // Sideways overflow: content wider than its box (cut off, or spilling over its neighbour).
  const boxes =
    '.actionbar, .topbar, .btn, .tile, .tile .name, .tile .price, .card, .dialog, table.list, .cart, .cart header, .cart-line, .totals, .signin, .qty-badge, .storage-warning';
  for (const el of document.querySelectorAll<HTMLElement>(boxes)) {
    if (!shown(el)) continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`${label(el)} overflows sideways (${el.scrollWidth} > ${el.clientWidth})`);
  }
  // Vertical clipping of text that must be read whole.
  for (const el of document.querySelectorAll<HTMLElement>('.tile .name, .btn, .tile')) {
    if (!shown(el)) continue;
    if (el.scrollHeight > el.clientHeight + 1) problems.push(`${label(el)} is cut off at the bottom (${el.scrollHeight} > ${el.clientHeight})`);
  }
  // Children inside their card, dialog or bar.
  for (const box of document.querySelectorAll<HTMLElement>('.card, .dialog, .actionbar, .topbar, .cart, .tile')) {
    if (!shown(box)) continue;
    const b = box.getBoundingClientRect();
    for (const child of box.querySelectorAll<HTMLElement>('.btn, table, .input, .name, .price, img')) {
      if (!shown(child)) continue;
      const c = child.getBoundingClientRect();
      const scroller = child.closest('.categories, .cart-lines, .grid');
      if (scroller && box.contains(scroller) && scroller !== box) continue;
      if (c.right > b.right + 1 || c.left < b.left - 1) problems.push(`${label(child)} sticks out of ${label(box)}`);
    }
  }
  // On screen: the frame, the cart with its Pay button, dialogs.
  for (const el of document.querySelectorAll<HTMLElement>('.actionbar, .topbar, .cart, .cart .pay, .dialog, .storage-warning')) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) problems.push(`${label(el)} is not wholly on screen`);
  }
  // The main buttons are reachable without scrolling: inside the viewport and inside every box that clips
  // or scrolls around them (Cash/Card once sat below the tender card, scrolled out of view).
  for (const el of document.querySelectorAll<HTMLElement>('.pay-methods .btn, .tender .back, .cart .pay')) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    let hidden = r.top < -1 || r.bottom > vh + 1;
    for (let box = el.parentElement; box && !hidden; box = box.parentElement) {
      if (getComputedStyle(box).overflowY === 'visible') continue;
      const b = box.getBoundingClientRect();
      hidden = r.top < b.top - 1 || r.bottom > b.bottom + 1;
    }
    if (hidden) problems.push(`${label(el)} is scrolled out of view`);
  }
  // Words of product names never broken across lines (each word one line box).
  for (const name of document.querySelectorAll<HTMLElement>('.tile .name')) {
    if (!shown(name)) continue;
    const text = name.firstChild;
    if (!(text instanceof Text)) continue;
    const content = text.data;
    for (const match of content.matchAll(/[^\s\u00ad-]+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) problems.push(`the word "${match[0]}" of "${content}" breaks across lines`);
    }
  }
  const main = document.querySelector<HTMLElement>('.app > main');
  if (main && (options.fill || options.fullWidth)) {
    const m = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const innerTop = m.top + parseFloat(style.paddingTop);
    const innerHeight = m.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const innerWidth = m.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const sections = [...main.querySelectorAll<HTMLElement>(':scope > section, :scope > .cards > section')].filter(shown);
    const parts = sections.map((e) => e.getBoundingClientRect());
    if (options.fill) {
      // Inside each card too: its content reaches (nearly) its bottom, not a short stack over a blank.
      for (const section of sections) {
        const r = section.getBoundingClientRect();
        const bottoms = [...section.children].filter(shown).map((c) => c.getBoundingClientRect().bottom);
        const reach = Math.max(...bottoms) - r.top;
        if (bottoms.length > 0 && reach < r.height * 0.85)
          problems.push(`${label(section)} is half-empty (content ${Math.round(reach)} of ${Math.round(r.height)} px)`);
      }
    }
    if (parts.length > 0) {
      const right = Math.max(...parts.map((r) => r.right));
      const left = Math.min(...parts.map((r) => r.left));
      const bottom = Math.max(...parts.map((r) => r.bottom));
      if (right - left < innerWidth * 0.9) problems.push(`the screen's content spans ${Math.round(right - left)} of ${Math.round(innerWidth)} px across`);
      if (options.fill && bottom - innerTop < innerHeight * 0.85)
        problems.push(`the screen's content fills ${Math.round(bottom - innerTop)} of ${Math.round(innerHeight)} px down (half-empty)`);
    }
  }
  if (options.fullWidth) {
    for (const table of document.querySelectorAll<HTMLElement>('main table.list')) {
      const parent = table.parentElement!;
      const style = getComputedStyle(parent);
      const inner = parent.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (table.getBoundingClientRect().width < inner - 2) problems.push(`${label(table)} is narrower than its card`);
    }
  }
  return problems;
}

/** Long single-word German names, as a café's own catalog has them, and pictures on some tiles. */
async function seedLongNamesAndPictures(server: RunningServer): Promise<void> {
  const { key } = await createApiKey(server.db, {
    businessId: DEMO_BUSINESS_ID,
    name: 'layout',
    scopes: ['products:write', 'customers:write'],
    locationIds: 'all',
  });
  const ref = await server.db.query<{ tax_rate_id: string; category_id: string }>(
    `SELECT tax_rate_id, category_id FROM products WHERE name = 'Zitronenlimonade' AND location_id = $1`,
    [DEMO_BERLIN_ID],
  );
  for (const [i, name] of LONG_WORDS.entries()) {
    const res = await fetch(`${server.url}/api/v1/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `layout-${i}` },
      body: JSON.stringify({
        location_id: DEMO_BERLIN_ID,
        name,
        price: 390 + i * 10,
        tax_rate_id: ref.rows[0]!.tax_rate_id,
        category_id: ref.rows[0]!.category_id,
      }),
    });
    expect(res.status).toBe(201);
  }
  for (const [i, name] of WITH_PICTURES.entries()) {
    const product = await server.db.query<{ id: string }>('SELECT id FROM products WHERE name = $1 AND location_id = $2', [name, DEMO_BERLIN_ID]);
    const res = await fetch(`${server.url}/api/v1/products/${product.rows[0]!.id}/image`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'image/png' },
      body: new Uint8Array(gradientPng(96, 72, PICTURE_COLOURS[i]!)),
    });
    expect(res.status).toBe(200);
  }
  // Goods sold by weight, and a regular customer to put on a sale.
  const weighed = await fetch(`${server.url}/api/v1/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'layout-olives' },
    body: JSON.stringify({
      location_id: DEMO_BERLIN_ID,
      name: 'Oliven lose',
      price: 1290,
      tax_rate_id: ref.rows[0]!.tax_rate_id,
      sold_by_weight: true,
      tare_grams: 15,
    }),
  });
  expect(weighed.status).toBe(201);
  const customer = await fetch(`${server.url}/api/v1/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'layout-customer' },
    body: JSON.stringify({ name: 'Lena Hoffmann', phone: '+49 30 5550 1234' }),
  });
  expect(customer.status).toBe(201);
}

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
  const checkAllSizes = async (screen: string, options: { fill?: boolean; fullWidth?: boolean } = {}) => {
    const found: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const problems = await page.evaluate(layoutProblems, { fill: options.fill ?? false, fullWidth: options.fullWidth ?? false });
      found.push(...problems.map((p) => `${screen} at ${size.name}: ${p}`));
      if (process.env.POS_SCREENSHOTS === '1') {
        await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.notice button').forEach((b) => b.click()));
        await page.mouse.move(0, 0);
        await page.screenshot({ path: join(DOCS_IMAGES_DIR, `till-${screen}-${size.name}.png`) });
      }
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    expect.soft(found).toEqual([]);
  };

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
