// Pole display simulator (Epson 2×20) on a serial port: keeps the glass as two lines and reports every change.
import type { SerialPort } from 'serialport';
import { openSerialPort } from '../device-link';
import { decodeByte } from './escpos-code-pages';

const COLS = 20;

export class PoleDisplaySimulator {
  private glass: string[][] = [Array(COLS).fill(' '), Array(COLS).fill(' ')];
  private row = 0;
  private col = 0;
  private codePage = 0;
  private pending: number[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastShown = '';
  private port: SerialPort | null = null;
  readonly history: [string, string][] = [];

  constructor(private readonly onChange: (lines: [string, string]) => void = () => {}) {}

  lines(): [string, string] {
    return [this.glass[0]!.join('').trimEnd(), this.glass[1]!.join('').trimEnd()];
  }

  async openSerial(path: string, baud = 9600): Promise<void> {
    const port = await openSerialPort(path, baud);
    if (!port.ok) throw new Error(port.error.message);
    this.port = port.value;
    port.value.on('data', (c: Buffer) => this.push(c));
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    const p = this.port;
    if (p?.isOpen) await new Promise<void>((r) => p.close(() => r()));
  }

  private clear(): void {
    this.glass = [Array(COLS).fill(' '), Array(COLS).fill(' ')];
    this.row = 0;
    this.col = 0;
  }

  push(chunk: Uint8Array): void {
    this.pending.push(...chunk);
    let i = 0;
    const p = this.pending;
    while (i < p.length) {
      const b = p[i] as number;
      if (b === 0x1b) {
        if (i + 1 >= p.length) break;
        if (p[i + 1] === 0x40) {
          this.clear();
          this.codePage = 0;
          i += 2;
        } else if (p[i + 1] === 0x74) {
          if (i + 2 >= p.length) break;
          this.codePage = p[i + 2] as number;
          i += 3;
        } else i += 2;
      } else if (b === 0x1f) {
        if (i + 1 >= p.length) break;
        if (p[i + 1] === 0x24) {
          if (i + 3 >= p.length) break;
          this.col = Math.min(COLS, Math.max(1, p[i + 2] as number)) - 1;
          this.row = Math.min(2, Math.max(1, p[i + 3] as number)) - 1;
          i += 4;
        } else i += 3; // US x n settings (brightness, cursor, …)
      } else if (b === 0x0c) {
        this.clear();
        i++;
      } else if (b === 0x0b) {
        this.row = 0;
        this.col = 0;
        i++;
      } else if (b === 0x0d) {
        this.col = 0;
        i++;
      } else if (b === 0x0a) {
        this.row = Math.min(1, this.row + 1);
        i++;
      } else if (b >= 0x20) {
        if (this.col < COLS) this.glass[this.row]![this.col] = decodeByte(this.codePage, b);
        this.col++;
        i++;
      } else i++;
    }
    this.pending = p.slice(i);
    // A frame of commands arrives in a burst; report once it has settled.
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const lines = this.lines();
      const key = lines.join('\n');
      if (key === this.lastShown) return;
      this.lastShown = key;
      this.history.push(lines);
      this.onChange(lines);
    }, 20);
  }
}
