// Serial scale simulator (Toledo 8217 style): answers every `W` with the current weight, or with a status
// while the weight is settling (`motionAnswers`), over capacity or under zero.
import type { SerialPort } from 'serialport';
import { openSerialPort } from '../device-link';
import { encodeStatus, encodeWeight, REQUEST_WEIGHT } from '../scale/toledo-8217';

export interface ScaleSimulatorOptions {
  /** Weight on the scale in grams (negative = under zero). */
  grams?: number;
  capacityGrams?: number;
  output?: (line: string) => void;
}

export class ScaleSimulator {
  grams: number;
  /** The next this many requests see a moving weight. */
  motionAnswers = 0;
  requests = 0;
  private readonly ports: SerialPort[] = [];

  constructor(private readonly options: ScaleSimulatorOptions = {}) {
    this.grams = options.grams ?? 0;
  }

  /** The answer to one weight request, as the scale would send it. */
  answer(): Uint8Array {
    this.requests++;
    if (this.motionAnswers > 0) {
      this.motionAnswers--;
      return encodeStatus({ motion: true });
    }
    if (this.grams < 0) return encodeStatus({ underZero: true });
    if (this.grams > (this.options.capacityGrams ?? 15_000)) return encodeStatus({ overCapacity: true });
    return encodeWeight(this.grams);
  }

  async openSerial(path: string, baudRate = 9600): Promise<void> {
    const opened = await openSerialPort(path, baudRate);
    if (!opened.ok) throw new Error(opened.error.message);
    const port = opened.value;
    this.ports.push(port);
    port.on('data', (chunk: Buffer) => {
      for (const b of chunk) {
        if (b !== REQUEST_WEIGHT) continue;
        const reply = this.answer();
        this.options.output?.(`weight request → ${Buffer.from(reply.subarray(1, -1)).toString('latin1')}`);
        port.write(reply);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.ports.map((p) => new Promise<void>((r) => (p.isOpen ? p.close(() => r()) : r()))));
  }
}
