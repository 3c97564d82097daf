// The first bytes of every print job the till can send: ESC @ (reset), then the code page, nothing before.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { DEFAULT_HARDWARE_CONFIG, HARDWARE_CHANNELS, type HardwareApi } from '../../core/hardware-contract';
import { SAMPLE_DOCUMENTS } from '../../core/print-samples';
import { SAMPLE_RECEIPT_ORDER } from '../../core/receipt-layout';
import { createHardwareService, dispatchHardware } from '../hardware-service';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

const DLE_EOT = Buffer.from([0x10, 0x04]);

/** A printer that answers every status query "ready" and keeps what each connection sent, status queries removed. */
async function capturePrinter(): Promise<{ uri: string; jobs: Buffer[] }> {
  const jobs: Buffer[] = [];
  const server = net.createServer((socket) => {
    let received = Buffer.alloc(0);
    let scanned = 0;
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      // Each complete DLE EOT n gets one status byte (online, nothing wrong).
      for (let i = received.indexOf(DLE_EOT, scanned); i >= 0 && i + 2 < received.length; i = received.indexOf(DLE_EOT, scanned)) {
        socket.write(Uint8Array.of(0x12));
        scanned = i + 3;
      }
    });
    socket.on('close', () => {
      // Strip the DLE EOT queries at both ends; what is left is the job as the printer saw it.
      let start = 0;
      while (received[start] === 0x10 && received[start + 1] === 0x04) start += 3;
      let end = received.length;
      while (end >= 3 && received[end - 3] === 0x10 && received[end - 2] === 0x04) end -= 3;
      if (end > start) jobs.push(received.subarray(start, end));
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise((r) => server.close(r)));
  return { uri: `tcp://127.0.0.1:${(server.address() as net.AddressInfo).port}`, jobs };
}

/**
 * Every job type and how the till asks for it. A new printing channel (`printer:print…`) fails the
 * coverage check below until it is listed here.
 */
const JOBS: { name: string; channel: string; args: unknown }[] = [
  { name: 'receipt', channel: 'printer:print-receipt', args: { order: SAMPLE_RECEIPT_ORDER, openDrawer: true } },
  { name: 'reprint', channel: 'printer:print-receipt', args: { order: { ...SAMPLE_RECEIPT_ORDER, reprint: true } } },
  ...Object.entries(SAMPLE_DOCUMENTS).map(([name, document]) => ({ name: `document ${name}`, channel: 'printer:print-document', args: { document } })),
  { name: 'drawer only', channel: 'drawer:open', args: {} },
  { name: 'test page', channel: 'hardware:test-device', args: { device: 'printer' } },
];

describe('every print job starts with ESC @ then selects the code page', () => {
  it('every printing channel of the contract is covered by a job here', () => {
    const printing = HARDWARE_CHANNELS.filter((c) => c.startsWith('printer:print'));
    expect(printing.length).toBeGreaterThan(0);
    for (const channel of printing) expect(JOBS.map((j) => j.channel)).toContain(channel);
  });

  it.each(JOBS)('$name', async ({ channel, args }) => {
    const dir = await mkdtemp(join(tmpdir(), 'pos-jobs-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const printer = await capturePrinter();
    const svc = await createHardwareService({
      configFile: join(dir, 'hw.json'),
      journalFile: join(dir, 'j.json'),
      initialConfig: { ...DEFAULT_HARDWARE_CONFIG, printer: { ...DEFAULT_HARDWARE_CONFIG.printer, uri: printer.uri } },
    });
    cleanups.push(() => svc.close());
    const r = await dispatchHardware(svc.api as HardwareApi, channel, args);
    expect(r).toMatchObject({ ok: true });
    if (channel === 'hardware:test-device') expect(r).toMatchObject({ value: { success: true } });
    await expect.poll(() => printer.jobs.length).toBe(1);
    const job = printer.jobs[0] as Buffer;
    // ESC @, then ESC t 19 (PC858): nothing before the reset.
    expect(job.subarray(0, 5).toString('hex')).toBe('1b401b7413');
  });
});
