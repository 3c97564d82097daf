// How a person and a barcode scanner talk to the till in the e2e tests: PINs and amounts typed at a
// person's pace, a keyboard-wedge scanner's burst, a manager's approval, and what the till holds
// (the cart as text, a product in its offline catalog).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Types like a person (a PIN typed as fast as a scanner would be read as a badge scan, which also works). */
export async function typeSlowly(page: Page, text: string, delay = 60): Promise<void> {
  await page.keyboard.type(text, { delay });
}

/**
 * A keyboard-wedge scanner: the whole code within a millisecond or two, then Enter. Dispatched in
 * the page because keystrokes sent one by one over CDP arrive tens of ms apart on a busy machine,
 * which the till rightly reads as typing.
 */
export async function scan(page: Page, code: string): Promise<void> {
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

/** The cart as "quantity×name …" strings, whitespace collapsed. */
export async function cartLines(page: Page): Promise<string[]> {
  return page.locator('.cart-line').evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Nothing focused, so typed keys go to the till's global keyboard handling. */
export async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Ben (cashier) asks Anna (manager) for her PIN: a wrong PIN is refused first, then hers approves. */
export async function managerApproves(page: Page): Promise<void> {
  await page.getByTestId('manager-approval').waitFor();
  await typeSlowly(page, '1111'); // the cashier's own PIN approves nothing
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('manager-approval').getByRole('alert').textContent()).toBe('Diese PIN darf das nicht freigeben.');
  await typeSlowly(page, '1234'); // Anna Schmidt, manager
  await page.keyboard.press('Enter');
}

/** Runs in the page: whether the till's offline catalog (Dexie in IndexedDB) has a product with this barcode. */
async function hasBarcode(barcode: string): Promise<boolean> {
  const open = indexedDB.open('anywhere-pos-till');
  const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
  const found = await new Promise<unknown>((resolve) => {
    const req = db.transaction('products').objectStore('products').index('barcode').get(barcode);
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return Boolean(found);
}

/** Whether the till's offline catalog has a product with this barcode (for expect.poll in tests). */
export async function tillHasBarcode(page: Page, code: string): Promise<boolean> {
  return page.evaluate(hasBarcode, code);
}

/** Waits until the till's offline catalog has a product with this barcode (works in hooks too). */
export async function waitForBarcode(page: Page, code: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(hasBarcode, code, { timeout, polling: 100 });
}
