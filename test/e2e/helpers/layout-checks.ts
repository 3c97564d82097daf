// The till layout test's checks: the four screen sizes a shop uses, what the page counts as a layout
// problem (cut off, overflowing sideways, off screen, a word broken across lines, a screen or card left
// half-empty), and `checkAllSizes`, which looks at one screen at every size and, with POS_SCREENSHOTS=1,
// retakes its documentation pictures (docs/images/till-<screen>-<size>.png).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DOCS_IMAGES_DIR } from './screenshots';

export const SIZES = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: 'portrait', width: 768, height: 1024 },
] as const;

/**
 * Runs in the page: everything on screen that is cut off, overflows sideways, leaves the viewport
 * or breaks a word, as one readable line each.
 */
export function layoutProblems(options: { fill: boolean; fullWidth: boolean }): string[] {
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

export interface LayoutOptions {
  /** The screen's content and each card's content reach (nearly) the bottom. */
  fill?: boolean;
  /** The content spans the screen across and tables are as wide as their card. */
  fullWidth?: boolean;
}

/** Checks the screen at every size (and back to 1024×768), taking the documentation pictures on request. */
export async function checkAllSizes(page: Page, screen: string, options: LayoutOptions = {}): Promise<void> {
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
}
