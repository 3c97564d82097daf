// Serial scale simulator, Toledo 8217 style (answers every `W` with the weight, or a status while it settles,
// over capacity or under zero) or Dialog 06 (takes the unit price and tare, answers EOT ENQ with record 02 or a
// record 09 status). Tests and technicians can garble answers or make the scale fall silent.
import type { SerialPort } from 'serialport';
import type { ScaleProtocol } from '../../core/hardware-contract';
import { priceForWeight } from '../../core/weighed-price';
import { openSerialPort } from '../device-link';
import { ACK, DIALOG_STATUS, encodeStatusRecord, encodeWeightRecord, ENQ, EOT, ETX, NAK, STX } from '../scale/dialog-06';
import { encodeStatus, encodeWeight, REQUEST_WEIGHT } from '../scale/toledo-8217';

export interface ScaleSimulatorOptions {
  /** Weight on the scale in grams (negative = under zero). */
  grams?: number;
  capacityGrams?: number;
  protocol?: ScaleProtocol;
  output?: (line: string) => void;
}

/** Bytes a scale on the wrong baud rate or a noisy cable sends instead of an answer. */
const GARBLE = Uint8Array.of(0xfe, 0x3f, 0x7b, 0x02, 0x30, 0x32, 0x1b, 0x39, 0x39, 0x03);

export class ScaleSimulator {
  grams: number;
  /** The next this many weight requests see a moving weight. */
  motionAnswers = 0;
  /** The next this many answers are line noise instead. */
  garbledAnswers = 0;
  /** A scale that is switched off or on the wrong port: it never answers. */
  silent = false;
  requests = 0;
  /** Dialog 06: the unit price and tare the till sent last. */
  unitPrice: number | null = null;
  tareGrams = 0;
  readonly protocol: ScaleProtocol;
  private readonly ports: SerialPort[] = [];

  constructor(private readonly options: ScaleSimulatorOptions = {}) {
    this.grams = options.grams ?? 0;
    this.protocol = options.protocol ?? 'toledo';
  }

  private get capacity(): number {
    return this.options.capacityGrams ?? 15_000;
  }

  /** The Toledo answer to one weight request, as the scale would send it. */
  answer(): Uint8Array {
    this.requests++;
    if (this.motionAnswers > 0) {
      this.motionAnswers--;
      return encodeStatus({ motion: true });
    }
    if (this.grams < 0) return encodeStatus({ underZero: true });
    if (this.grams > this.capacity) return encodeStatus({ overCapacity: true });
    return encodeWeight(this.grams);
  }

  /** The Dialog 06 answer to EOT ENQ: record 02, or record 09 with why there is no weight. */
  dialogAnswer(): Uint8Array {
    this.requests++;
    if (this.unitPrice === null) return encodeStatusRecord(DIALOG_STATUS.wrongRecord);
    if (this.motionAnswers > 0) {
      this.motionAnswers--;
      return encodeStatusRecord(DIALOG_STATUS.motion);
    }
    if (this.grams < 0) return encodeStatusRecord(DIALOG_STATUS.underZero);
    if (this.grams > this.capacity) return encodeStatusRecord(DIALOG_STATUS.overCapacity);
    const net = this.grams - this.tareGrams;
    if (net <= 0) return encodeStatusRecord(DIALOG_STATUS.underMinimum);
    return encodeWeightRecord(net, this.unitPrice, priceForWeight(this.unitPrice, net));
  }

  /** Handles one Dialog 06 record from the till (body between EOT STX and ETX); returns the reply. */
  private dialogRecord(body: string): Uint8Array {
    const [record, ...fields] = body.split('\x1b');
    if (fields.at(-1) === '') fields.pop();
    if (record === '01' && fields.length === 1 && /^\d{6}$/.test(fields[0] as string)) {
      this.unitPrice = Number(fields[0]);
      this.tareGrams = 0;
      return Uint8Array.of(ACK);
    }
    if (record === '03' && fields.length === 2 && /^\d{6}$/.test(fields[0] as string) && /^\d{4}$/.test(fields[1] as string)) {
      this.unitPrice = Number(fields[0]);
      this.tareGrams = Number(fields[1]);
      return Uint8Array.of(ACK);
    }
    if (record === '08' && fields.length === 0) return encodeStatusRecord(DIALOG_STATUS.ok);
    return Uint8Array.of(NAK);
  }

  private reply(port: SerialPort, bytes: Uint8Array, what: string): void {
    if (this.silent) {
      this.options.output?.(`${what} → (silent)`);
      return;
    }
    if (this.garbledAnswers > 0) {
      this.garbledAnswers--;
      this.options.output?.(`${what} → (garbled)`);
      port.write(GARBLE);
      return;
    }
    this.options.output?.(`${what} → ${describe(bytes)}`);
    port.write(bytes);
  }

  async openSerial(path: string, baudRate = 9600): Promise<void> {
    const opened = await openSerialPort(path, baudRate);
    if (!opened.ok) throw new Error(opened.error.message);
    const port = opened.value;
    this.ports.push(port);
    if (this.protocol === 'toledo') {
      port.on('data', (chunk: Buffer) => {
        for (const b of chunk) if (b === REQUEST_WEIGHT) this.reply(port, this.answer(), 'weight request');
      });
      return;
    }
    // Dialog 06: EOT ENQ (weight request) or EOT STX … ETX (a record); anything else is ignored.
    let state: 'idle' | 'eot' | 'record' = 'idle';
    let record: number[] = [];
    port.on('data', (chunk: Buffer) => {
      for (const b of chunk) {
        if (state === 'record') {
          if (b === ETX) {
            state = 'idle';
            const body = Buffer.from(record).toString('latin1');
            this.reply(port, this.dialogRecord(body), `record ${body.slice(0, 2)}`);
          } else if (record.length < 64) record.push(b);
          else state = 'idle';
        } else if (b === EOT) state = 'eot';
        else if (state === 'eot' && b === ENQ) {
          state = 'idle';
          this.reply(port, this.dialogAnswer(), 'weight request');
        } else if (state === 'eot' && b === STX) {
          state = 'record';
          record = [];
        } else state = 'idle';
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.ports.map((p) => new Promise<void>((r) => (p.isOpen ? p.close(() => r()) : r()))));
  }
}

/** Printable form of an answer for the simulator's log ("02|0|00523|001290|000675", "ACK"). */
function describe(bytes: Uint8Array): string {
  if (bytes.length === 1) return bytes[0] === ACK ? 'ACK' : 'NAK';
  const body = bytes.subarray(1, -1);
  return Buffer.from(body).toString('latin1').replaceAll('\x1b', '|');
}
