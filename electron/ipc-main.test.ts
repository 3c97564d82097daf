import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HARDWARE_CHANNELS } from '../core/hardware-contract';
import { createHardwareService, type HardwareService } from '../hardware/hardware-service';
import { PrinterSimulator } from '../hardware/simulators/printer-simulator';
import { HARDWARE_EVENT_CHANNEL } from './ipc-channel-names';
import { forwardHardwareEvents, registerHardwareIpc, type IpcInvokeEvent, type IpcMainLike } from './ipc-main';
import { buildPosApi } from './pos-api';
import { isTrustedSender } from './security';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** An in-memory fakeMain/ipcRenderer pair, standing in for Electron's. */
function fakeIpc() {
  const handlers = new Map<string, (e: IpcInvokeEvent, a: unknown) => Promise<unknown>>();
  const fakeMain: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
  const invokeFrom =
    (url: string, isMainFrame = true) =>
    (channel: string, args: unknown) => {
      const h = handlers.get(channel);
      if (!h) throw new Error(`No handler registered for '${channel}'`);
      return h({ senderFrame: { url, isMainFrame } }, args);
    };
  return { fakeMain, handlers, invokeFrom };
}

async function service(): Promise<{ svc: HardwareService; sim: PrinterSimulator }> {
  const dir = await mkdtemp(join(tmpdir(), 'pos-ipc-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const sim = new PrinterSimulator();
  const port = await sim.listenTcp(0);
  cleanups.push(() => sim.close());
  const svc = await createHardwareService({ configFile: join(dir, 'hw.json'), journalFile: join(dir, 'j.json') });
  const cfg = await svc.api['hardware:get-config']({});
  if (!cfg.ok) throw new Error('no config');
  await svc.api['hardware:set-config']({ ...cfg.value, printer: { ...cfg.value.printer, uri: `tcp://127.0.0.1:${port}` } });
  cleanups.push(() => svc.close());
  return { svc, sim };
}

const location = { origins: ['http://127.0.0.1:5173'] };

describe('IPC main', () => {
  it('registers exactly one handler per HardwareApi channel, and removes them', async () => {
    const { svc } = await service();
    const { fakeMain, handlers } = fakeIpc();
    const off = registerHardwareIpc(fakeMain, svc, (f) => isTrustedSender(f, location));
    expect([...handlers.keys()].sort()).toEqual([...HARDWARE_CHANNELS].sort());
    off();
    expect(handlers.size).toBe(0);
  });

  it('serves window.pos for the till page and refuses other senders', async () => {
    const { svc, sim } = await service();
    const { fakeMain, invokeFrom } = fakeIpc();
    registerHardwareIpc(fakeMain, svc, (f) => isTrustedSender(f, location));
    const pos = buildPosApi(invokeFrom('http://127.0.0.1:5173/'), () => () => {});
    expect(await pos['printer:status']({})).toMatchObject({ ok: true, value: { online: true } });
    expect(await pos['drawer:open']({})).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => sim.drawerKicks.length).toBe(1);

    const evil = buildPosApi(invokeFrom('https://evil.example/'), () => () => {});
    expect(await evil['drawer:open']({})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const iframe = buildPosApi(invokeFrom('http://127.0.0.1:5173/', false), () => () => {});
    expect(await iframe['drawer:open']({})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(sim.drawerKicks.length).toBe(1);

    // Arguments are validated at the IPC edge too.
    expect(await invokeFrom('http://127.0.0.1:5173/')('terminal:authorize', { amount: 'lots' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(Object.isFrozen(pos)).toBe(true);
  });

  it('forwards hardware events to the renderer and delivers them to window.pos.on listeners', async () => {
    const { svc } = await service();
    const sent: { channel: string; message: unknown }[] = [];
    const listeners = new Set<(m: unknown) => void>();
    forwardHardwareEvents(svc, (channel, message) => {
      sent.push({ channel, message });
      listeners.forEach((l) => l(message));
    });
    const pos = buildPosApi(
      async () => null,
      (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    );
    const statuses: unknown[] = [];
    const off = pos.on('printer:status', (s) => statuses.push(s));
    expect((await svc.api['printer:status']({})).ok).toBe(true);
    expect(sent[0]?.channel).toBe(HARDWARE_EVENT_CHANNEL);
    expect(statuses).toEqual([{ online: true, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: false }]);
    off();
    await svc.api['printer:status']({});
    expect(statuses).toHaveLength(1);
  });
});
