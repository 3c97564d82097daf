// Serial scale driver (Toledo 8217 style): asks for the weight until the scale reports it stable, then
// subtracts the tare. Motion, over capacity and under zero are error values the till can show.
import type { ScaleWeight } from '../../core/hardware-contract';
import { err, ok, type Result } from '../../core/result';
import { openLink, parseDeviceUri, type ByteLink } from '../device-link';
import { parseScaleMessage, REQUEST_WEIGHT, ScaleMessageReader, type ScaleReading } from './toledo-8217';

export interface ScaleOptions {
  /** How long one answer may take. */
  answerTimeoutMs?: number;
  /** How long to keep asking while the scale reports motion. */
  settleTimeoutMs?: number;
  /** Pause between requests while the weight settles. */
  pollMs?: number;
}

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

/** Reads a stable weight from the scale at `uri` and subtracts `tareGrams`. */
export async function readScaleWeight(uri: string, tareGrams: number, options: ScaleOptions = {}): Promise<Result<ScaleWeight>> {
  if (!uri) return err('not_configured', 'no scale configured');
  const parsed = parseDeviceUri(uri, { baud: 9600 });
  if (!parsed.ok) return parsed;
  if (parsed.value.kind === 'file') return err('invalid_args', 'a scale needs serial: or tcp://');
  const link = await openLink(parsed.value);
  if (!link.ok) return link;
  try {
    const settleUntil = Date.now() + (options.settleTimeoutMs ?? 5000);
    for (;;) {
      const r = await ask(link.value, options.answerTimeoutMs ?? 1000);
      if (!r.ok) return r;
      const reading = r.value;
      if (reading === null) return err('device_timeout', 'the scale did not answer');
      if (reading.kind === 'weight') {
        const net = reading.grams - tareGrams;
        if (net <= 0) return err('scale_empty', reading.grams === 0 ? 'nothing on the scale' : `weight ${reading.grams} g is not more than the tare ${tareGrams} g`);
        return ok({ grossGrams: reading.grams, tareGrams, netGrams: net });
      }
      if (reading.overCapacity) return err('scale_out_of_range', 'the scale is over capacity');
      if (reading.underZero) return err('scale_out_of_range', 'the scale is under zero: empty it and zero it');
      if (reading.outOfRange) return err('scale_out_of_range', 'the scale reports its weight out of range');
      // Motion: ask again until the weight settles.
      if (Date.now() >= settleUntil) return err('scale_unstable', 'the weight did not settle: keep the item still');
      await new Promise((res) => setTimeout(res, options.pollMs ?? 200));
    }
  } finally {
    await link.value.close();
  }
}
