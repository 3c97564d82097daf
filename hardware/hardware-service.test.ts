import { afterEach, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG, type HardwareApi, type PrinterStatus } from '../core/hardware-contract';
import { createHardwareService, dispatchHardware } from './hardware-service';
import { PrinterSimulator } from './simulators/printer-simulator';
import { ZvtTerminalSimulator } from './simulators/zvt-terminal-simulator';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

it('polls the printer and reports paper out / cover open / offline changes as events', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pos-hwsvc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const sim = new PrinterSimulator();
  const port = await sim.listenTcp(0);
  cleanups.push(() => sim.close());
  const svc = await createHardwareService({
    configFile: join(dir, 'hw.json'),
    journalFile: join(dir, 'j.json'),
    initialConfig: { ...DEFAULT_HARDWARE_CONFIG, printer: { ...DEFAULT_HARDWARE_CONFIG.printer, uri: `tcp://127.0.0.1:${port}` } },
    printerPollMs: 50,
  });
  cleanups.push(() => svc.close());
  const seen: PrinterStatus[] = [];
  svc.on('printer:status', (s) => seen.push(s));
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]).toMatchObject({ online: true, paperOut: false });
  sim.state.paperOut = true;
  await expect.poll(() => seen.at(-1)?.paperOut).toBe(true);
  sim.state.paperOut = false;
  sim.state.coverOpen = true;
  await expect.poll(() => seen.at(-1)?.coverOpen).toBe(true);
  await sim.close();
  await expect.poll(() => seen.at(-1)?.online, { timeout: 10_000 }).toBe(false);
  // Unchanged status is not repeated.
  const count = seen.length;
  await new Promise((r) => setTimeout(r, 200));
  expect(seen.length).toBe(count);
});

it('dispatch turns a throwing handler into an internal error value', async () => {
  const api = {
    'printer:status': async () => {
      throw new Error('boom');
    },
  } as never;
  expect(await dispatchHardware(api, 'printer:status', {})).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  expect(await dispatchHardware(api, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});

it('refund and reversal slips reach the printer; Cancel (terminal:abort) ends a waiting payment', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pos-hwsvc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const printer = new PrinterSimulator();
  const printerPort = await printer.listenTcp(0);
  cleanups.push(() => printer.close());
  const terminal = new ZvtTerminalSimulator({ stepDelayMs: 1 });
  const terminalPort = await terminal.listenTcp(0);
  cleanups.push(() => terminal.close());
  const svc = await createHardwareService({
    configFile: join(dir, 'hw.json'),
    journalFile: join(dir, 'j.json'),
    initialConfig: {
      ...DEFAULT_HARDWARE_CONFIG,
      printer: { ...DEFAULT_HARDWARE_CONFIG.printer, uri: `tcp://127.0.0.1:${printerPort}`, width: 32 },
      terminal: { ...DEFAULT_HARDWARE_CONFIG.terminal, uri: `tcp://127.0.0.1:${terminalPort}` },
    },
  });
  cleanups.push(() => svc.close());
  const api = svc.api as HardwareApi;

  expect(await dispatchHardware(api, 'terminal:refund', { paymentId: 'ref_1', amount: 500, currency: 'EUR', printSlip: true })).toMatchObject({
    ok: true,
    value: { approved: true, slipPrinted: true },
  });
  // Customer copy and merchant copy, each cut.
  await printer.waitForReceipts(2);
  expect(printer.receipts[0]?.text).toContain('Gutschrift');
  expect(printer.receipts[1]?.text).toContain('Händlerbeleg');

  const sale = await dispatchHardware(api, 'terminal:authorize', { paymentId: 'pay_1', amount: 1010, currency: 'EUR' });
  const receiptNumber = sale.ok ? (sale.value as { receiptNumber: number }).receiptNumber : -1;
  expect(await dispatchHardware(api, 'terminal:reverse', { paymentId: 'pay_1', receiptNumber, printSlip: true })).toMatchObject({
    ok: true,
    value: { approved: true, slipPrinted: true },
  });
  // The simulator sends one copy for a reversal.
  await printer.waitForReceipts(3);
  expect(printer.receipts[2]?.text).toContain('Storno');
  expect(printer.problems).toEqual([]);

  expect(await dispatchHardware(api, 'terminal:abort', {})).toEqual({ ok: true, value: { sent: false } });
  const waiting = dispatchHardware(api, 'terminal:authorize', { paymentId: 'pay_2', amount: 1252, currency: 'EUR' });
  // Cancel is taken whenever the payment is under way: while it is journaled (the terminal never sees it)
  // or in the terminal dialogue (06 B0).
  await expect
    .poll(async () => {
      const abort = await dispatchHardware(api, 'terminal:abort', {});
      return abort.ok && (abort.value as { sent: boolean }).sent;
    })
    .toBe(true);
  expect(await waiting).toMatchObject({ ok: true, value: { approved: false, outcome: 'aborted' } });
  expect(terminal.transactions.filter((t) => t.amount === 1252 && t.resultCode === 0)).toEqual([]); // nothing charged
});
