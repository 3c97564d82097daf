// What the back office browser test does again and again: check that every form control has an
// accessible name, sign a demo login in on a fresh session, and run the local webhook receiver
// that records each delivery and answers with a body the deliveries page shows.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LaunchedBrowser } from './browser';

/** Every form control on the page has an accessible name (a <label>, aria-label or aria-labelledby). */
export async function expectLabelled(page: Page, where: string): Promise<void> {
  // Runs in the page (a string: the check reads DOM properties the Node side never touches).
  const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
    .filter((el) => el.type !== 'hidden')
    .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
    .map((el) => el.outerHTML.slice(0, 120))`);
  expect(unlabelled, where).toEqual([]);
}

/** Signs `login` in on a fresh session (cookies cleared) with Enter, and waits for the dashboard. */
export async function signInFresh(browser: LaunchedBrowser, baseUrl: string, login: { email: string; password: string }): Promise<void> {
  const { page } = browser;
  await browser.context.clearCookies();
  await page.goto(`${baseUrl}/backoffice`);
  await page.getByLabel('E-mail').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Today' }).waitFor();
}

export interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  /** Every delivery, oldest first. */
  received: Received[];
  close(): Promise<void>;
}

/** A webhook receiver on a free loopback port: records each request and answers 200 with a JSON note. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"note":"hello from the stock-control receiver"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
