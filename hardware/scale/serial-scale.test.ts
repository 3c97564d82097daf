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
import fc from 'fast-check';
import { DialogReader, encodeStatusRecord, encodeUnitPrice, encodeWeightRecord, parseRecord, type DialogMessage } from './dialog-06';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function scaleOnPty(grams: number, protocol: 'toledo' | 'dialog06' = 'toledo') {
  const pty = await createPtyPair();
  cleanups.push(() => pty.close());
  const sim = new ScaleSimulator({ grams, protocol });
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
    expect(parseScaleMessage(encodeStatus({ motion: true }).subarray(1, 3))).toEqual({
      kind: 'status',
      motion: true,
      overCapacity: false,
      underZero: false,
      outOfRange: false,
    });
    expect(parseScaleMessage(encodeStatus({ overCapacity: true, underZero: true }).subarray(1, 3))).toMatchObject({
      overCapacity: true,
      underZero: true,
      motion: false,
    });
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

describe('Dialog 06 records', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  it('encodes the unit price (record 01) and unit price + tare (record 03) byte for byte', () => {
    // EOT STX "01" ESC "001290" ESC ETX
    expect(hex(encodeUnitPrice(1290))).toBe('0402' + '3031' + '1b' + '303031323930' + '1b' + '03');
    // EOT STX "03" ESC "001290" ESC "0050" ESC ETX
    expect(hex(encodeUnitPrice(1290, 50))).toBe('0402' + '3033' + '1b' + '303031323930' + '1b' + '30303530' + '1b' + '03');
    expect(() => encodeUnitPrice(1_000_000)).toThrow(RangeError);
    expect(() => encodeUnitPrice(100, 10_000)).toThrow(RangeError);
  });

  it('record 02 and 09 round-trip through the reader, split at any byte', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 1, max: 30 }),
        (grams, unit, price, cut) => {
          const bytes = Buffer.concat([encodeWeightRecord(grams, unit, price), Uint8Array.of(0x06), encodeStatusRecord('20')]);
          const got: DialogMessage[] = [];
          const reader = new DialogReader((m) => got.push(m));
          for (let i = 0; i < bytes.length; i += cut) reader.push(bytes.subarray(i, i + cut));
          expect(got).toEqual([{ kind: 'weight', grams, unitPrice: unit, price }, { kind: 'ack' }, { kind: 'status', code: '20' }]);
        },
      ),
    );
  });

  it('garbled records and noise are reported as garbled, never as a weight', () => {
    expect(parseRecord(Buffer.from('02\x1b0\x1b0a523\x1b001290\x1b000675'))).toMatchObject({ kind: 'garbled' });
    expect(parseRecord(Buffer.from('02\x1b0\x1b00523\x1b001290'))).toMatchObject({ kind: 'garbled' });
    expect(parseRecord(Buffer.from('09\x1b2'))).toMatchObject({ kind: 'garbled' });
    expect(parseRecord(Buffer.from('77'))).toMatchObject({ kind: 'garbled' });
    const got: DialogMessage[] = [];
    const reader = new DialogReader((m) => got.push(m));
    reader.push(Uint8Array.of(0xfe, 0x7b, 0x06));
    reader.push(Uint8Array.of(0x02, ...new Array<number>(80).fill(0x31)));
    // The overlong record is cut off at 64 bytes; the rest of it is noise outside any record.
    expect(got.map((m) => m.kind)).toEqual(['garbled', 'ack', 'garbled', 'garbled']);
  });
});

describe('Dialog 06 scale over a pty', () => {
  const dialog = { ...fast, protocol: 'dialog06' as const };

  it("sends unit price and tare, polls through motion, and returns the net weight with the scale's price", async () => {
    const { uri, sim } = await scaleOnPty(1000, 'dialog06');
    sim.motionAnswers = 2;
    expect(await readScaleWeight(uri, 0, { ...dialog, pricePerKg: 1290 })).toEqual({
      ok: true,
      value: { grossGrams: 1000, tareGrams: 0, netGrams: 1000, scalePrice: 1290 },
    });
    expect(sim.requests).toBe(3);
    expect([sim.unitPrice, sim.tareGrams]).toEqual([1290, 0]);
    sim.grams = 523;
    expect(await readScaleWeight(uri, 23, { ...dialog, pricePerKg: 299 })).toEqual({
      ok: true,
      value: { grossGrams: 523, tareGrams: 23, netGrams: 500, scalePrice: 150 },
    });
    expect([sim.unitPrice, sim.tareGrams]).toEqual([299, 23]);
  });

  it('status records become clear errors: empty, under zero, over capacity, never settling', async () => {
    const { uri, sim } = await scaleOnPty(0, 'dialog06');
    expect(await readScaleWeight(uri, 0, dialog)).toMatchObject({ ok: false, error: { code: 'scale_empty' } });
    sim.grams = 40;
    expect(await readScaleWeight(uri, 40, dialog)).toMatchObject({ ok: false, error: { code: 'scale_empty' } });
    sim.grams = -3;
    expect(await readScaleWeight(uri, 0, dialog)).toMatchObject({
      ok: false,
      error: { code: 'scale_out_of_range', message: 'the scale is under zero: empty it and zero it' },
    });
    sim.grams = 16_000;
    expect(await readScaleWeight(uri, 0, dialog)).toMatchObject({ ok: false, error: { code: 'scale_out_of_range', message: 'the scale is over capacity' } });
    sim.grams = 500;
    sim.motionAnswers = 1_000;
    expect(await readScaleWeight(uri, 0, { ...dialog, settleTimeoutMs: 200 })).toMatchObject({ ok: false, error: { code: 'scale_unstable' } });
    expect(await readScaleWeight(uri, 20_000, dialog)).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('garbled answers: one burst is asked again, a scale that only sends noise is a protocol error', async () => {
    const { uri, sim } = await scaleOnPty(750, 'dialog06');
    sim.garbledAnswers = 2;
    expect(await readScaleWeight(uri, 0, { ...dialog, pricePerKg: 1000 })).toMatchObject({ ok: true, value: { netGrams: 750, scalePrice: 750 } });
    sim.garbledAnswers = 1_000;
    const r = await readScaleWeight(uri, 0, dialog);
    expect(r).toMatchObject({ ok: false, error: { code: 'protocol_error' } });
    expect(!r.ok && r.error.message).toMatch(/^the scale sent unreadable bytes [0-9a-f]+ \(wrong baud rate or protocol\?\)$/);
  });

  it('a scale that stops answering ends with device_timeout, in bounded time', async () => {
    const { uri, sim } = await scaleOnPty(750, 'dialog06');
    expect((await readScaleWeight(uri, 0, dialog)).ok).toBe(true);
    sim.silent = true;
    const started = Date.now();
    expect(await readScaleWeight(uri, 0, { ...dialog, answerTimeoutMs: 300 })).toMatchObject({
      ok: false,
      error: { code: 'device_timeout', message: 'the scale did not answer' },
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a Toledo driver on a Dialog 06 scale (wrong protocol setting) times out instead of reading nonsense', async () => {
    const { uri } = await scaleOnPty(750, 'dialog06');
    expect(await readScaleWeight(uri, 0, { ...fast, answerTimeoutMs: 300 })).toMatchObject({ ok: false, error: { code: 'device_timeout' } });
  });

  it('scale:read-weight uses the configured protocol and passes the unit price', async () => {
    const { uri, sim } = await scaleOnPty(400, 'dialog06');
    const dir = await mkdtemp(join(tmpdir(), 'pos-scale-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const svc = await createHardwareService({
      configFile: join(dir, 'hw.json'),
      journalFile: join(dir, 'j.json'),
      initialConfig: { ...DEFAULT_HARDWARE_CONFIG, scale: { uri, protocol: 'dialog06' } },
      scale: fast,
    });
    cleanups.push(() => svc.close());
    const api = svc.api as HardwareApi;
    expect(await dispatchHardware(api, 'scale:read-weight', { tareGrams: 0, pricePerKg: 1290 })).toEqual({
      ok: true,
      value: { grossGrams: 400, tareGrams: 0, netGrams: 400, scalePrice: 516 },
    });
    expect(sim.unitPrice).toBe(1290);
  });
});
