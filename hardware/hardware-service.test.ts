import { afterEach, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG, type PrinterStatus } from '../core/hardware-contract';
import { createHardwareService, dispatchHardware } from './hardware-service';
import { PrinterSimulator } from './simulators/printer-simulator';

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
  const api = { 'printer:status': async () => { throw new Error('boom'); } } as never;
  expect(await dispatchHardware(api, 'printer:status', {})).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  expect(await dispatchHardware(api, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});
