// Serial scale driver: asks the scale for a stable weight and subtracts the tare. Two protocols: Toledo 8217
// style (`W` → weight or status) and Dialog 06 (unit price and tare to the scale, then EOT ENQ polls). Motion,
// over capacity, under zero, garbled bytes and silence are error values the till can show; nothing hangs.
import type { ScaleProtocol, ScaleWeight } from '../../core/hardware-contract';
import { err, ok, type Result } from '../../core/result';
import { openLink, parseDeviceUri, type ByteLink } from '../device-link';
import {
  DialogReader,
  DIALOG_STATUS,
  describeStatus,
  encodeUnitPrice,
  MAX_TARE_GRAMS,
  MAX_UNIT_PRICE,
  REQUEST_WEIGHT as DIALOG_REQUEST_WEIGHT,
  type DialogMessage,
} from './dialog-06';
import { parseScaleMessage, REQUEST_WEIGHT, ScaleMessageReader, type ScaleReading } from './toledo-8217';

export interface ScaleOptions {
  /** How long one answer may take. */
  answerTimeoutMs?: number;
  /** How long to keep asking while the scale reports motion. */
  settleTimeoutMs?: number;
  /** Pause between requests while the weight settles. */
  pollMs?: number;
}

export interface ScaleRequest {
  protocol?: ScaleProtocol;
  /** Unit price shown and computed by a Dialog 06 scale, minor units per kg (Toledo ignores it). */
  pricePerKg?: number;
}

const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

function ask(link: ByteLink, timeoutMs: number): Promise<Result<ScaleReading | null>> {
  return new Promise((resolve) => {
    let off: () => void = () => {};
    const done = (r: Result<ScaleReading | null>) => {
      clearTimeout(timer);
      off();
      resolve(r);
    };
    const reader = new ScaleMessageReader((body) => {
      const reading = parseScaleMessage(body);
      done(reading ? ok(reading) : err('protocol_error', `scale sent an unknown answer ${Buffer.from(body).toString('hex')}`));
    });
    off = link.onData((chunk) => reader.push(chunk));
    const timer = setTimeout(() => done(ok(null)), timeoutMs);
    void link.closed.then((reason) => done(err(reason ?? { code: 'device_disconnected', message: `${link.description} closed` })));
    void link.write(Uint8Array.of(REQUEST_WEIGHT)).then((w) => {
      if (!w.ok) done(w);
    });
  });
}

function netWeight(grossGrams: number, tareGrams: number, extra: Partial<ScaleWeight> = {}): Result<ScaleWeight> {
  const net = grossGrams - tareGrams;
  if (net <= 0) return err('scale_empty', grossGrams === 0 ? 'nothing on the scale' : `weight ${grossGrams} g is not more than the tare ${tareGrams} g`);
  return ok({ grossGrams, tareGrams, netGrams: net, ...extra });
}

async function toledoWeight(link: ByteLink, tareGrams: number, options: ScaleOptions): Promise<Result<ScaleWeight>> {
  const settleUntil = Date.now() + (options.settleTimeoutMs ?? 5000);
  for (;;) {
    const r = await ask(link, options.answerTimeoutMs ?? 1000);
    if (!r.ok) return r;
    const reading = r.value;
    if (reading === null) return err('device_timeout', 'the scale did not answer');
    if (reading.kind === 'weight') return netWeight(reading.grams, tareGrams);
    if (reading.overCapacity) return err('scale_out_of_range', 'the scale is over capacity');
    if (reading.underZero) return err('scale_out_of_range', 'the scale is under zero: empty it and zero it');
    if (reading.outOfRange) return err('scale_out_of_range', 'the scale reports its weight out of range');
    // Motion: ask again until the weight settles.
    if (Date.now() >= settleUntil) return err('scale_unstable', 'the weight did not settle: keep the item still');
    await pause(options.pollMs ?? 200);
  }
}

/** Sends one Dialog 06 message and waits for the scale's next message (null: silence). */
function exchange(link: ByteLink, bytes: Uint8Array, timeoutMs: number): Promise<Result<DialogMessage | null>> {
  return new Promise((resolve) => {
    let off: () => void = () => {};
    const done = (r: Result<DialogMessage | null>) => {
      clearTimeout(timer);
      off();
      resolve(r);
    };
    const reader = new DialogReader((m) => done(ok(m)));
    off = link.onData((chunk) => reader.push(chunk));
    const timer = setTimeout(() => done(ok(null)), timeoutMs);
    void link.closed.then((reason) => done(err(reason ?? { code: 'device_disconnected', message: `${link.description} closed` })));
    void link.write(bytes).then((w) => {
      if (!w.ok) done(w);
    });
  });
}

/** Garbled answers and NAKs tolerated in a row before giving up (line noise is usually one burst). */
const MAX_BAD_ANSWERS = 3;

async function dialog06Weight(link: ByteLink, tareGrams: number, pricePerKg: number, options: ScaleOptions): Promise<Result<ScaleWeight>> {
  if (tareGrams > MAX_TARE_GRAMS) return err('invalid_args', `a Dialog 06 scale takes a tare of at most ${MAX_TARE_GRAMS} g, got ${tareGrams} g`);
  if (pricePerKg > MAX_UNIT_PRICE) return err('invalid_args', `a Dialog 06 scale takes a unit price of at most ${MAX_UNIT_PRICE}, got ${pricePerKg}`);
  const timeout = options.answerTimeoutMs ?? 1000;
  const unreadable = (m: DialogMessage) =>
    err(
      'protocol_error',
      m.kind === 'garbled'
        ? `the scale sent unreadable bytes ${Buffer.from(m.bytes).toString('hex')} (wrong baud rate or protocol?)`
        : 'the scale kept refusing our messages (NAK)',
    );
  let bad = 0;
  // 1. Unit price (and tare): the scale must acknowledge.
  for (;;) {
    const r = await exchange(link, encodeUnitPrice(pricePerKg, tareGrams), timeout);
    if (!r.ok) return r;
    if (r.value === null) return err('device_timeout', 'the scale did not answer');
    if (r.value.kind === 'ack') break;
    if (r.value.kind === 'status' && r.value.code !== DIALOG_STATUS.ok) return err('protocol_error', describeStatus(r.value.code));
    if (++bad >= MAX_BAD_ANSWERS) return unreadable(r.value);
  }
  // 2. Poll EOT ENQ until the scale reports a stable weight.
  bad = 0;
  const settleUntil = Date.now() + (options.settleTimeoutMs ?? 5000);
  for (;;) {
    const r = await exchange(link, DIALOG_REQUEST_WEIGHT, timeout);
    if (!r.ok) return r;
    const m = r.value;
    if (m === null) return err('device_timeout', 'the scale did not answer');
    if (m.kind === 'weight') return netWeight(m.grams + tareGrams, tareGrams, { scalePrice: m.price });
    if (m.kind === 'status') {
      bad = 0;
      if (m.code === DIALOG_STATUS.underMinimum) return err('scale_empty', describeStatus(m.code));
      if (m.code === DIALOG_STATUS.underZero || m.code === DIALOG_STATUS.overCapacity) return err('scale_out_of_range', describeStatus(m.code));
      const settling = m.code === DIALOG_STATUS.motion || m.code === DIALOG_STATUS.noNewWeighing || m.code === DIALOG_STATUS.ok;
      if (!settling) return err('protocol_error', describeStatus(m.code));
      if (Date.now() >= settleUntil)
        return err('scale_unstable', m.code === DIALOG_STATUS.noNewWeighing ? describeStatus(m.code) : 'the weight did not settle: keep the item still');
      await pause(options.pollMs ?? 200);
      continue;
    }
    if (++bad >= MAX_BAD_ANSWERS) return unreadable(m);
  }
}

/** Reads a stable weight from the scale at `uri` and subtracts `tareGrams`. */
export async function readScaleWeight(uri: string, tareGrams: number, options: ScaleOptions & ScaleRequest = {}): Promise<Result<ScaleWeight>> {
  if (!uri) return err('not_configured', 'no scale configured');
  const parsed = parseDeviceUri(uri, { baud: 9600 });
  if (!parsed.ok) return parsed;
  if (parsed.value.kind === 'file') return err('invalid_args', 'a scale needs serial: or tcp://');
  const link = await openLink(parsed.value);
  if (!link.ok) return link;
  try {
    return options.protocol === 'dialog06'
      ? await dialog06Weight(link.value, tareGrams, options.pricePerKg ?? 0, options)
      : await toledoWeight(link.value, tareGrams, options);
  } finally {
    await link.value.close();
  }
}
