import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { layoutReceipt, SAMPLE_RECEIPT_ORDER } from '../../core/receipt-layout';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { PrinterSimulator } from '../simulators/printer-simulator';
import { decodeEscPos } from '../simulators/escpos-decoder';
import { toReceiptBlocks } from '../simulators/receipt-render';
import { createPtyPair, type PtyPair } from '../testing/socat-pty';
import { parsePrinterStatus, PrinterDriver } from './printer-driver';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function tcpSim(options: ConstructorParameters<typeof PrinterSimulator>[0] = {}) {
  const sim = new PrinterSimulator(options);
  const port = await sim.listenTcp(0);
  cleanups.push(() => sim.close());
  return { sim, uri: `tcp://127.0.0.1:${port}` };
}

async function ptySim(): Promise<{ sim: PrinterSimulator; pty: PtyPair; uri: string }> {
  const pty = await createPtyPair();
  cleanups.push(() => pty.close());
  const sim = new PrinterSimulator();
  await sim.openSerial(pty.b);
  cleanups.push(() => sim.close());
  return { sim, pty, uri: `serial:${pty.a}?baud=19200` };
}

const driver = (uri: string, extra: Partial<typeof DEFAULT_HARDWARE_CONFIG.printer> = {}) =>
  new PrinterDriver({ ...DEFAULT_HARDWARE_CONFIG.printer, uri, ...extra }, { statusTimeoutMs: 1500, connectTimeoutMs: 3000 });

describe('printer driver', () => {
  it('prints the full receipt over TCP; the simulator decodes it to the expected model', async () => {
    const { sim, uri } = await tcpSim();
    const blocks = layoutReceipt(SAMPLE_RECEIPT_ORDER, 42);
    const r = await driver(uri).print(blocks, { openDrawer: true });
    expect(r).toMatchObject({ ok: true, value: { drawerOpened: true } });
    await sim.waitForReceipts(1);
    expect(sim.problems).toEqual([]);
    expect(toReceiptBlocks(sim.receipts[0]!.blocks)).toEqual(blocks);
    expect(sim.drawerKicks).toEqual([{ type: 'drawer', pin: 0, onMs: 50, offMs: 500 }]);
    expect(sim.receipts[0]!.text).toContain('TOTAL                               €13.63');
  });

  it('prints the 32-column receipt over a socat pty pair (serial)', async () => {
    const { sim, uri } = await ptySim();
    const blocks = layoutReceipt(SAMPLE_RECEIPT_ORDER, 32);
    const r = await driver(uri, { width: 32 }).print(blocks);
    expect(r).toMatchObject({ ok: true, value: { drawerOpened: false } });
    await sim.waitForReceipts(1);
    expect(sim.problems).toEqual([]);
    expect(toReceiptBlocks(sim.receipts[0]!.blocks)).toEqual(blocks);
    expect(sim.drawerKicks).toEqual([]);
  });

  it('a reused driver sends each receipt once (execute() quirk handled)', async () => {
    const { sim, uri } = await tcpSim();
    const d = driver(uri);
    const one = layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, orderNumber: 'A-1' }, 42);
    const two = layoutReceipt({ ...SAMPLE_RECEIPT_ORDER, orderNumber: 'A-2' }, 42);
    expect((await d.print(one)).ok).toBe(true);
    expect((await d.print(two)).ok).toBe(true);
    await sim.waitForReceipts(2);
    expect(sim.receipts.map((r) => toReceiptBlocks(r.blocks))).toEqual([one, two]);
  });

  it('writes to a device file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pos-print-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, 'lp0');
    const blocks = layoutReceipt(SAMPLE_RECEIPT_ORDER, 42);
    expect((await driver(`file:${file}`).print(blocks)).ok).toBe(true);
    expect(toReceiptBlocks(decodeEscPos(await readFile(file)).blocks)).toEqual(blocks);
  });

  it('the drawer-only job is ESC @, the code page, then exactly ESC p 0 25 250 (no status query)', async () => {
    const raw: Buffer[] = [];
    const server = net.createServer((s) => s.on('data', (c: Buffer) => raw.push(c)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(() => r())));
    const port = (server.address() as net.AddressInfo).port;
    expect(await driver(`tcp://127.0.0.1:${port}`).openDrawer()).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => Buffer.concat(raw).toString('hex')).toBe('1b401b74131b700019fa');
    expect((await driver(`tcp://127.0.0.1:${port}`, { drawerPin: 1 }).openDrawer()).ok).toBe(true);
    await expect.poll(() => Buffer.concat(raw).toString('hex')).toBe('1b401b74131b700019fa1b401b74131b700119fa');
    expect(await driver(`tcp://127.0.0.1:${port}`, { drawer: false }).openDrawer()).toMatchObject({ ok: false, error: { code: 'not_configured' } });
  });

  it('reports paper out, cover open and offline, and refuses to print without paper', async () => {
    const { sim, uri } = await tcpSim();
    expect(await driver(uri).status()).toEqual({
      ok: true,
      value: { online: true, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: false },
    });
    sim.state.paperOut = true;
    expect(await driver(uri).status()).toMatchObject({ ok: true, value: { paperOut: true } });
    const r = await driver(uri).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42));
    expect(r).toMatchObject({ ok: false, error: { code: 'printer_not_ready', message: 'printer is out of paper' } });
    expect(sim.receipts).toHaveLength(0);
    sim.state.paperOut = false;
    sim.state.coverOpen = true;
    expect(await driver(uri).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42))).toMatchObject({ ok: false, error: { message: 'printer cover is open' } });
    sim.state.coverOpen = false;
    sim.state.offline = true;
    expect(await driver(uri).status()).toMatchObject({ ok: true, value: { online: false } });
    expect(await driver(uri).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42))).toMatchObject({ ok: false, error: { code: 'device_timeout' } });
    expect(parsePrinterStatus(0x12, 0x12, 0x1e)).toMatchObject({ paperNearEnd: true, paperOut: false });
  });

  it('a printer unplugged mid-job (TCP peer drops) gives a clean error', async () => {
    const { uri } = await tcpSim({ disconnectAfterBytes: 400 });
    const r = await driver(uri).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42));
    expect(r).toMatchObject({ ok: false, error: { code: 'device_disconnected' } });
  });

  it('a serial printer unplugged mid-job (socat killed) gives a clean error, not a hang', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    let pulled = false;
    const sim = new PrinterSimulator({
      onBytes: (n) => {
        if (n > 200 && !pulled) {
          pulled = true;
          void pty.unplug();
        }
      },
    });
    await sim.openSerial(pty.b);
    cleanups.push(() => sim.close());
    const r = await driver(`serial:${pty.a}`).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42));
    expect(pulled).toBe(true);
    expect(r).toMatchObject({ ok: false, error: { code: 'device_disconnected' } });
    // Nothing to open any more: a clean error too.
    expect(await driver(`serial:${pty.a}`).status()).toMatchObject({ ok: false, error: { code: 'device_unreachable' } });
  });

  it('an unreachable or misconfigured printer is an error value', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    expect(await driver(`tcp://127.0.0.1:${closedPort}`).status()).toMatchObject({ ok: false, error: { code: 'device_unreachable' } });
    expect(await driver('').status()).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(await driver('lpt1').status()).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await driver('serial:/nonexistent/tty').status()).toMatchObject({ ok: false, error: { code: 'device_unreachable' } });
  });

  it('the simulator writes text, HTML and PNG copies to its out dir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pos-simout-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const lines: string[] = [];
    const { sim, uri } = await tcpSim({ outDir: dir, png: true, output: (l) => lines.push(l) });
    expect((await driver(uri).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42), { openDrawer: true })).ok).toBe(true);
    await sim.waitForReceipts(1);
    await sim.flushFiles();
    expect((await readdir(dir)).sort()).toEqual(['receipt-0001.html', 'receipt-0001.png', 'receipt-0001.txt']);
    const png = await readFile(join(dir, 'receipt-0001.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: a receipt-shaped image, taller than wide.
    expect(png.readUInt32BE(20)).toBeGreaterThan(png.readUInt32BE(16));
    expect(await readFile(join(dir, 'receipt-0001.html'), 'utf8')).toContain('Café Müller');
    expect(lines).toContain('--- cut ---');
    expect(lines).toContain('--- drawer 0 ---');
    expect(lines.indexOf('--- cut ---')).toBeLessThan(lines.indexOf('--- drawer 0 ---'));
  });
});
