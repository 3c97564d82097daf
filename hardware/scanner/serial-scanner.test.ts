import { afterEach, expect, it } from 'vitest';
import { SerialPort } from 'serialport';
import { createPtyPair } from '../testing/socat-pty';
import { SerialScanner } from './serial-scanner';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

it('reads CR/LF-terminated codes from a serial scanner (pty), split across chunks, and reports unplugging', async () => {
  const pty = await createPtyPair();
  cleanups.push(() => pty.close());
  const codes: string[] = [];
  const errors: string[] = [];
  const scanner = new SerialScanner(
    `serial:${pty.a}?baud=9600`,
    (c) => codes.push(c),
    (e) => errors.push(e.code),
    0,
  );
  expect(await scanner.start()).toBeNull();
  cleanups.push(() => scanner.stop());
  const gun = new SerialPort({ path: pty.b, baudRate: 9600 });
  await new Promise((r) => gun.once('open', r));
  gun.write('40063813');
  await new Promise((r) => setTimeout(r, 30));
  gun.write('33931\r\nA-1042\n\r\n');
  await expect.poll(() => codes).toEqual(['4006381333931', 'A-1042']);
  await new Promise<void>((r) => gun.close(() => r()));
  expect(scanner.connected).toBe(true);
  await pty.unplug();
  await expect.poll(() => errors).toEqual(['device_disconnected']);
  expect(scanner.connected).toBe(false);
  expect(await new SerialScanner('serial:/nonexistent', () => {}).start()).toMatchObject({ code: 'device_unreachable' });
});
