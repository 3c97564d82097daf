// The serial scale driver against the scale simulator over a socat pty pair (a virtual null-modem cable).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG, type HardwareApi } from '../../core/hardware-contract';
import { createHardwareService, dispatchHardware } from '../hardware-service';
import { ScaleSimulator } from '../simulators/scale-simulator';
import { createPtyPair } from '../testing/socat-pty';
import { readScaleWeight } from './serial-scale';
import { encodeStatus, encodeWeight, parseScaleMessage, ScaleMessageReader } from './toledo-8217';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function scaleOnPty(grams: number) {
  const pty = await createPtyPair();
  cleanups.push(() => pty.close());
  const sim = new ScaleSimulator({ grams });
  await sim.openSerial(pty.b);
  cleanups.push(() => sim.close());
  return { sim, uri: `serial:${pty.a}?baud=9600`, pty };
}

const fast = { answerTimeoutMs: 1000, settleTimeoutMs: 3000, pollMs: 20 };

describe('Toledo 8217 style messages', () => {
  it('encodes and parses weights and status answers, and reassembles split messages', () => {
    expect(Buffer.from(encodeWeight(1234)).toString('latin1')).toBe('\x0201234\r');
    expect(parseScaleMessage(Buffer.from('01234'))).toEqual({ kind: 'weight', grams: 1234 });
    expect(parseScaleMessage(Buffer.from('01.234'))).toEqual({ kind: 'weight', grams: 1234 });
    expect(parseScaleMessage(encodeStatus({ motion: true }).subarray(1, 3))).toEqual({ kind: 'status', motion: true, overCapacity: false, underZero: false, outOfRange: false });
    expect(parseScaleMessage(encodeStatus({ overCapacity: true, underZero: true }).subarray(1, 3))).toMatchObject({ overCapacity: true, underZero: true, motion: false });
    expect(parseScaleMessage(Buffer.from('12a45'))).toBeNull();
    const got: string[] = [];
    const reader = new ScaleMessageReader((b) => got.push(Buffer.from(b).toString('latin1')));
    for (const byte of Buffer.from('noise\x0200\x02005\r\x0201.500\r')) reader.push(Uint8Array.of(byte));
    expect(got).toEqual(['005', '01.500']);
  });
});

describe('serial scale over a pty', () => {
  it('reads a stable weight and subtracts the tare', async () => {
    const { uri, sim } = await scaleOnPty(523);
    expect(await readScaleWeight(uri, 0, fast)).toEqual({ ok: true, value: { grossGrams: 523, tareGrams: 0, netGrams: 523 } });
    expect(await readScaleWeight(uri, 23, fast)).toEqual({ ok: true, value: { grossGrams: 523, tareGrams: 23, netGrams: 500 } });
    expect(sim.requests).toBe(2);
  });

  it('asks again while the weight is in motion, and gives up with a clear error if it never settles', async () => {
    const { uri, sim } = await scaleOnPty(1500);
    sim.motionAnswers = 3;
    expect(await readScaleWeight(uri, 0, fast)).toMatchObject({ ok: true, value: { netGrams: 1500 } });
    expect(sim.requests).toBe(4);
    sim.motionAnswers = 1_000;
    expect(await readScaleWeight(uri, 0, { ...fast, settleTimeoutMs: 200 })).toMatchObject({ ok: false, error: { code: 'scale_unstable' } });
  });

  it('over capacity, under zero, empty and tare-only are error values', async () => {
    const { uri, sim } = await scaleOnPty(20_000);
    expect(await readScaleWeight(uri, 0, fast)).toMatchObject({ ok: false, error: { code: 'scale_out_of_range', message: 'the scale is over capacity' } });
    sim.grams = -5;
    expect(await readScaleWeight(uri, 0, fast)).toMatchObject({ ok: false, error: { code: 'scale_out_of_range' } });
    sim.grams = 0;
    expect(await readScaleWeight(uri, 0, fast)).toMatchObject({ ok: false, error: { code: 'scale_empty', message: 'nothing on the scale' } });
    sim.grams = 10;
    expect(await readScaleWeight(uri, 10, fast)).toMatchObject({ ok: false, error: { code: 'scale_empty' } });
  });

  it('a scale that does not answer or is unplugged ends with an error, no hang', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    expect(await readScaleWeight(`serial:${pty.a}`, 0, { ...fast, answerTimeoutMs: 200 })).toMatchObject({ ok: false, error: { code: 'device_timeout' } });
    expect(await readScaleWeight('', 0)).toMatchObject({ ok: false, error: { code: 'not_configured' } });
    expect(await readScaleWeight('serial:/dev/does-not-exist-scale', 0)).toMatchObject({ ok: false, error: { code: 'device_unreachable' } });
  });

  it('scale:read-weight through the hardware service uses the configured scale', async () => {
    const { uri } = await scaleOnPty(750);
    const dir = await mkdtemp(join(tmpdir(), 'pos-scale-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const svc = await createHardwareService({
      configFile: join(dir, 'hw.json'),
      journalFile: join(dir, 'j.json'),
      initialConfig: { ...DEFAULT_HARDWARE_CONFIG, scale: { uri } },
      scale: fast,
    });
    cleanups.push(() => svc.close());
    const api = svc.api as HardwareApi;
    expect(await dispatchHardware(api, 'scale:read-weight', { tareGrams: 50 })).toEqual({ ok: true, value: { grossGrams: 750, tareGrams: 50, netGrams: 700 } });
    expect(await dispatchHardware(api, 'scale:read-weight', { tareGrams: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });
});
