// The hardware bridge serves the HardwareApi over HTTP + WebSocket: token required, args validated,
// results identical to the in-process API, against the real simulators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SerialPort } from 'serialport';
import type { HardwareClient } from '../core/hardware-contract';
import { createBridgeClient } from '../renderer/hardware/hardware-client';
import { SAMPLE_RECEIPT_ORDER, layoutReceipt } from '../core/receipt-layout';
import { startDevStack, type DevStack } from '../hardware/dev-stack';
import { toReceiptBlocks } from '../hardware/simulators/receipt-render';
import { createPtyPair } from '../hardware/testing/socat-pty';

let stack: DevStack;
let client: HardwareClient;
/** Resolves once the client's event socket (the latest one it opened) is open: pushes reach it from then on. */
let eventsOpen: Promise<void> = Promise.reject(new Error('the client has opened no event socket'));
eventsOpen.catch(() => {});

beforeAll(async () => {
  stack = await startDevStack({ terminalStepDelayMs: 1 });
  const webSocket = (u: string) => {
    const ws = new WebSocket(u);
    eventsOpen = new Promise((resolve) => ws.once('open', () => resolve()));
    // The ws package's event types differ slightly from the DOM ones the client is typed against.
    return ws as never;
  };
  client = createBridgeClient(stack.bridgeUrl, stack.bridgeToken, { webSocket, reconnectMs: 100 });
});
afterAll(async () => {
  client?.close();
  await stack?.close();
});

const post = (channel: string, body: unknown, token: string | null = stack.bridgeToken, headers: Record<string, string> = {}) =>
  fetch(`${stack.bridgeUrl}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('hardware bridge', () => {
  it('prints a receipt through the bridge; the printer simulator decodes it', async () => {
    const before = stack.printer.receipts.length;
    const r = await client.send('printer:print-receipt', { order: SAMPLE_RECEIPT_ORDER, openDrawer: true });
    expect(r).toMatchObject({ ok: true, value: { drawerOpened: true } });
    await stack.printer.waitForReceipts(before + 1);
    expect(toReceiptBlocks(stack.printer.receipts[before]!.blocks)).toEqual(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42));
  });

  it('takes a card payment and pushes terminal status over the WebSocket', async () => {
    const statuses: string[] = [];
    const off = client.on('terminal:status', (s) => statuses.push(s.message));
    await eventsOpen;
    const r = await client.send('terminal:authorize', { paymentId: 'pay_bridge', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: true, value: { approved: true, amount: 1010 } });
    await expect.poll(() => statuses).toEqual(['Insert card', 'Please enter PIN']);
    off();
    expect(await client.send('terminal:authorize', { paymentId: 'pay_decl', amount: 1051, currency: 'EUR' })).toMatchObject({
      ok: true,
      value: { outcome: 'declined' },
    });
  });

  it('pushes serial scanner reads over the WebSocket', async () => {
    const pty = await createPtyPair();
    try {
      const cfg = await client.send('hardware:get-config', {});
      if (!cfg.ok) throw new Error(cfg.error.message);
      expect((await client.send('hardware:set-config', { ...cfg.value, scanner: { uri: `serial:${pty.a}` } })).ok).toBe(true);
      expect(await client.send('scanner:status', {})).toEqual({ ok: true, value: { configured: true, connected: true } });
      const codes: string[] = [];
      const off = client.on('scanner:scan', (s) => codes.push(s.code));
      await eventsOpen;
      const gun = new SerialPort({ path: pty.b, baudRate: 9600 });
      await new Promise((r) => gun.once('open', r));
      gun.write('4006381333931\r\n');
      await expect.poll(() => codes).toEqual(['4006381333931']);
      off();
      await new Promise<void>((r) => gun.close(() => r()));
      expect((await client.send('hardware:set-config', { ...cfg.value, scanner: { uri: '' } })).ok).toBe(true);
    } finally {
      await pty.close();
    }
  });

  it('rejects a missing or wrong token with 401', async () => {
    const none = await post('printer:status', {}, null);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await post('printer:status', {}, 'x'.repeat(48))).status).toBe(401);
    expect((await post('printer:status', {}, `${stack.bridgeToken}x`)).status).toBe(401);
    expect(await createBridgeClient(stack.bridgeUrl, 'wrong').send('printer:status', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('rejects bad args, unknown channels and bad JSON without touching a device', async () => {
    const before = stack.terminal.received.length;
    const bad = await post('terminal:authorize', { paymentId: 'p', amount: -5, currency: 'EUR' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect((await post('terminal:authorize', { paymentId: 'p', amount: 10.5, currency: 'EUR' })).status).toBe(400);
    expect((await post('terminal:authorize', { paymentId: 'p', amount: 100, currency: 'EUR', extra: 1 })).status).toBe(400);
    expect((await post('printer:print-receipt', { order: { ...SAMPLE_RECEIPT_ORDER, lines: 'nope' } })).status).toBe(400);
    expect(stack.terminal.received.length).toBe(before);
    const unknown = await post('printer:explode', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const junk = await post('printer:status', '{not json');
    expect(junk.status).toBe(400);
    expect(await junk.json()).toMatchObject({ ok: false });
  });

  it('refuses the event WebSocket without the token', async () => {
    const ws = new WebSocket(`${stack.bridgeUrl.replace('http', 'ws')}/events?token=wrong`);
    const status = await new Promise<number>((resolve) => {
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => {});
    });
    expect(status).toBe(401);
    ws.terminate();
  });

  it('answers CORS preflight for loopback origins only', async () => {
    const ok = await fetch(`${stack.bridgeUrl}/rpc/printer:status`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const evil = await fetch(`${stack.bridgeUrl}/rpc/printer:status`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves settings, status and device tests', async () => {
    const cfg = await client.send('hardware:get-config', {});
    expect(cfg).toMatchObject({ ok: true, value: { printer: { uri: stack.printerUri }, terminal: { uri: stack.terminalUri } } });
    expect(await client.send('printer:status', {})).toMatchObject({ ok: true, value: { online: true, paperOut: false } });
    stack.printer.state.paperOut = true;
    expect(await client.send('printer:print-receipt', { order: SAMPLE_RECEIPT_ORDER })).toMatchObject({ ok: false, error: { code: 'printer_not_ready' } });
    stack.printer.state.paperOut = false;
    expect(await client.send('hardware:test-device', { device: 'terminal' })).toMatchObject({
      ok: true,
      value: { success: true, code: 'terminal_registered' },
    });
    expect(await client.send('hardware:test-device', { device: 'display' })).toMatchObject({ ok: true, value: { success: false, code: 'not_configured' } });
    expect(await client.send('hardware:list-ports', {})).toMatchObject({ ok: true });
    if (!cfg.ok) return;
    const next = { ...cfg.value, display: { ...cfg.value.display, idleMessage: 'Hallo' } };
    expect(await client.send('hardware:set-config', next)).toEqual({ ok: true, value: next });
    expect(await client.send('hardware:get-config', {})).toEqual({ ok: true, value: next });
  });
});
