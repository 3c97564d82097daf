// A browser till (real Chromium) reaches the shop's hardware through the hardware bridge: it takes a card
// payment, prints the receipt, and the printer simulator decodes exactly the receipt core lays out.
import { afterAll, beforeAll, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { layoutReceipt, SAMPLE_RECEIPT_ORDER } from '../../core/receipt-layout';
import { startDevStack, type DevStack } from '../../hardware/dev-stack';
import { toReceiptBlocks } from '../../hardware/simulators/receipt-render';
import { launchPlainBrowser } from './helpers/browser';

const PAGE = (order: unknown) => `<!doctype html><html><head><meta charset="utf-8"><title>bridge test till</title></head><body>
<script type="module">
const params = new URLSearchParams(location.hash.slice(1));
const bridge = params.get('bridge');
const token = params.get('token');
const order = ${JSON.stringify(order)};
const events = [];
const ws = new WebSocket(bridge.replace(/^http/, 'ws') + '/events?token=' + encodeURIComponent(token));
ws.onmessage = (e) => events.push(JSON.parse(e.data));
await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = reject; });
const call = (channel, args, auth = token) => fetch(bridge + '/rpc/' + channel, {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(auth ? { authorization: 'Bearer ' + auth } : {}) },
  body: JSON.stringify(args),
});
const payment = await (await call('terminal:authorize', { paymentId: 'pay_browser', amount: order.payments[1].amount, currency: 'EUR' })).json();
order.payments[1].cardSlipLines = payment.value.receiptLines;
const printed = await (await call('printer:print-receipt', { order, openDrawer: true })).json();
const status = await (await call('printer:status', {})).json();
const noToken = (await call('drawer:open', {}, null)).status;
window.done = { payment, printed, status, noToken, events };
</script></body></html>`;

let stack: DevStack;
let server: http.Server;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  stack = await startDevStack({ terminalStepDelayMs: 5 });
  const html = PAGE(SAMPLE_RECEIPT_ORDER);
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchPlainBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await stack?.close();
});

it('a browser till pays by card and prints through the bridge; the printer simulator shows the receipt', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${pageUrl}#bridge=${encodeURIComponent(stack.bridgeUrl)}&token=${stack.bridgeToken}`);
  // The bridge's status events follow the RPC answers over the WebSocket: wait for them, not for a time.
  await page.waitForFunction(
    () => {
      const done = (globalThis as unknown as { done?: { events: { event: string }[] } }).done;
      if (!done) return false;
      return done.events.filter((e) => e.event === 'terminal:status').length >= 2 && done.events.some((e) => e.event === 'printer:status');
    },
    undefined,
    { timeout: 20_000 },
  );
  const done = (await page.evaluate(() => (globalThis as unknown as { done: unknown }).done)) as {
    payment: { ok: boolean; value: { approved: boolean; receiptLines: string[] } };
    printed: { ok: boolean; value: { drawerOpened: boolean } };
    status: { ok: boolean };
    noToken: number;
    events: { event: string; payload: { message?: string } }[];
  };
  expect(errors).toEqual([]);
  expect(done.payment).toMatchObject({ ok: true, value: { approved: true } });
  expect(done.printed).toEqual({ ok: true, value: expect.objectContaining({ drawerOpened: true }) });
  expect(done.status.ok).toBe(true);
  expect(done.noToken).toBe(401);
  expect(done.events.filter((e) => e.event === 'terminal:status').map((e) => e.payload.message)).toEqual(['Insert card', 'Please enter PIN']);
  expect(done.events.some((e) => e.event === 'printer:status')).toBe(true);

  await stack.printer.waitForReceipts(1);
  const expected = layoutReceipt(
    {
      ...SAMPLE_RECEIPT_ORDER,
      payments: [SAMPLE_RECEIPT_ORDER.payments[0]!, { ...SAMPLE_RECEIPT_ORDER.payments[1]!, cardSlipLines: done.payment.value.receiptLines }],
    },
    42,
  );
  expect(toReceiptBlocks(stack.printer.receipts[0]!.blocks)).toEqual(expected);
  expect(stack.printer.receipts[0]!.text).toContain('Betrag EUR 10,00');
  expect(stack.printer.drawerKicks).toHaveLength(1);
  await page.close();
});
