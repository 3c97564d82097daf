// ESC/POS printer simulator: takes bytes on a TCP port or a serial port (a socat pty), decodes them
// strictly, answers status queries from its simulated state, and keeps each receipt (text, HTML).
import net from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { DecodedBlock, DecodeProblem, StatusRequest } from './escpos-blocks';
import { EscPosDecoder } from './escpos-decoder';
import { renderReceiptPng } from './receipt-png';
import { blockToTextLines, renderHtml, renderText } from './receipt-render';

export interface SimulatedPrinterState {
  paperOut: boolean;
  paperNearEnd: boolean;
  coverOpen: boolean;
  drawerOpen: boolean;
  /** Offline printers do not answer status queries. */
  offline: boolean;
}

export interface SimulatedReceipt {
  index: number;
  blocks: DecodedBlock[];
  problems: DecodeProblem[];
  cut: boolean;
  text: string;
  html: string;
}

export interface PrinterSimulatorOptions {
  width?: number;
  /** Write receipt-NNNN.txt / .html here. */
  outDir?: string;
  /** Also write receipt-NNNN.png (needs a Chromium on the machine). */
  png?: boolean;
  /** Called for every output line: receipt text, `--- cut ---`, `--- drawer 0 ---`, `!!! problem`. */
  output?: (line: string) => void;
  /** Test hook: drop the connection after this many bytes (a printer unplugged mid-job). */
  disconnectAfterBytes?: number;
  /** Called with each finished receipt. */
  onReceipt?: (receipt: SimulatedReceipt) => void;
  /** Test hook: called with the running byte count after every chunk. */
  onBytes?: (total: number) => void;
}

export class PrinterSimulator {
  readonly state: SimulatedPrinterState = { paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: false, offline: false };
  readonly receipts: SimulatedReceipt[] = [];
  readonly drawerKicks: Extract<DecodedBlock, { type: 'drawer' }>[] = [];
  readonly problems: DecodeProblem[] = [];
  bytesReceived = 0;
  private pending: DecodedBlock[] = [];
  private pendingProblems: DecodeProblem[] = [];
  private readonly waiters: { count: number; resolve: () => void }[] = [];
  private readonly servers: net.Server[] = [];
  private readonly sockets = new Set<net.Socket>();
  private readonly ports: SerialPort[] = [];
  private writes: Promise<unknown>[] = [];

  constructor(private readonly options: PrinterSimulatorOptions = {}) {}

  private out(line: string): void {
    this.options.output?.(line);
  }

  private statusByte(req: StatusRequest): number | null {
    const s = this.state;
    if (s.offline) return null;
    if (req.kind === 'GS r') return req.n === 2 || req.n === 50 ? (s.drawerOpen ? 1 : 0) : (s.paperNearEnd ? 0x03 : 0) | (s.paperOut ? 0x0c : 0);
    switch (req.n) {
      case 1:
        return 0x12 | (s.drawerOpen ? 0x04 : 0) | (s.paperOut || s.coverOpen ? 0x08 : 0);
      case 2:
        return 0x12 | (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0);
      case 3:
        return 0x12;
      default:
        return 0x12 | (s.paperNearEnd ? 0x0c : 0) | (s.paperOut ? 0x60 : 0);
    }
  }

  private onBlock(block: DecodedBlock): void {
    for (const line of blockToTextLines(block, this.options.width ?? 42)) this.out(line);
    if (block.type === 'drawer') {
      this.drawerKicks.push(block);
      this.state.drawerOpen = true;
      return;
    }
    this.pending.push(block);
    if (block.type === 'cut') this.finishReceipt(true);
  }

  private onProblem(p: DecodeProblem): void {
    this.problems.push(p);
    this.pendingProblems.push(p);
    this.out(`!!! ${p.message} at byte ${p.offset} [${p.bytes}]`);
  }

  private finishReceipt(cut: boolean): void {
    if (this.pending.length === 0) return;
    const width = this.options.width ?? 42;
    const index = this.receipts.length + 1;
    const receipt: SimulatedReceipt = {
      index,
      blocks: this.pending,
      problems: this.pendingProblems,
      cut,
      text: renderText(this.pending, width),
      html: renderHtml(this.pending, width, `Receipt ${index}`),
    };
    this.pending = [];
    this.pendingProblems = [];
    this.receipts.push(receipt);
    this.options.onReceipt?.(receipt);
    if (this.options.outDir) {
      const dir = this.options.outDir;
      const name = `receipt-${String(index).padStart(4, '0')}`;
      const lines = receipt.text.split('\n').length;
      this.writes.push(
        mkdir(dir, { recursive: true })
          .then(() => Promise.all([writeFile(join(dir, `${name}.txt`), `${receipt.text}\n`), writeFile(join(dir, `${name}.html`), receipt.html)]))
          .then(async () => {
            if (!this.options.png) return;
            const png = await renderReceiptPng(join(dir, `${name}.html`), join(dir, `${name}.png`), lines, width);
            if (!png.ok) this.out(`!!! no PNG for ${name}: ${png.reason}`);
          })
          .catch((e: unknown) => this.out(`!!! could not write ${name}: ${String(e)}`)),
      );
    }
    for (const w of [...this.waiters]) {
      if (this.receipts.length >= w.count) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  private decoderFor(answer: (byte: number) => void): EscPosDecoder {
    return new EscPosDecoder({
      block: (b) => this.onBlock(b),
      problem: (p) => this.onProblem(p),
      status: (req) => {
        const byte = this.statusByte(req);
        if (byte !== null) answer(byte);
      },
    });
  }

  /** Resolves once every receipt file so far (text, HTML, PNG) is written. */
  async flushFiles(): Promise<void> {
    await Promise.all(this.writes);
  }

  /** Resolves once `count` receipts have been completed (cut or connection end). */
  waitForReceipts(count: number): Promise<void> {
    if (this.receipts.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async listenTcp(port = 0, host = '127.0.0.1'): Promise<number> {
    const server = net.createServer((socket) => {
      this.sockets.add(socket);
      const decoder = this.decoderFor((b) => socket.write(Uint8Array.of(b)));
      socket.on('data', (chunk: Buffer) => {
        this.bytesReceived += chunk.length;
        const limit = this.options.disconnectAfterBytes;
        if (limit !== undefined && this.bytesReceived >= limit) {
          decoder.push(chunk.subarray(0, Math.max(0, chunk.length - (this.bytesReceived - limit))));
          socket.destroy();
          return;
        }
        decoder.push(chunk);
      });
      socket.on('error', () => {});
      socket.on('close', () => {
        this.sockets.delete(socket);
        decoder.flushLine();
        this.finishReceipt(false);
      });
    });
    this.servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  async openSerial(path: string, baudRate = 9600): Promise<void> {
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
    this.ports.push(port);
    const decoder = this.decoderFor((b) => port.write(Uint8Array.of(b)));
    port.on('data', (chunk: Buffer) => {
      this.bytesReceived += chunk.length;
      decoder.push(chunk);
      this.options.onBytes?.(this.bytesReceived);
    });
    port.on('error', (e) => this.out(`!!! serial error: ${e.message}`));
  }

  /** Decodes a finished print file (a `file:` printer's output). */
  decodeBytes(bytes: Uint8Array): void {
    const decoder = this.decoderFor(() => {});
    decoder.push(bytes);
    decoder.flushLine();
    this.finishReceipt(false);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all(this.servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
    await Promise.all(this.ports.map((p) => new Promise<void>((r) => (p.isOpen ? p.close(() => r()) : r()))));
    await Promise.all(this.writes);
  }
}
