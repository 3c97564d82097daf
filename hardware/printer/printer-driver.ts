// ESC/POS receipt printer over TCP, serial or a device file: status (DLE EOT), printing through
// node-thermal-printer with a custom interface over our byte link, and the drawer kick.
import type { HardwareConfig, PrinterStatus, PrintResult } from '../../core/hardware-contract';
import type { ReceiptBlock } from '../../core/receipt-layout';
import { err, ok, type AppError, type Result } from '../../core/result';
import { openLink, parseDeviceUri, type ByteLink } from '../device-link';
import { buildJob, type ThermalInterface } from './receipt-encoder';

export type PrinterSettings = HardwareConfig['printer'];

/** Status bytes of DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor). */
export function parsePrinterStatus(printer: number, offline: number, paper: number): PrinterStatus {
  return {
    // It answered, so it is reachable; bit 3 (offline) is set by paper out / cover open, reported below.
    online: true,
    // Bit 2 of the printer status is the drawer connector pin 3 level; "high" means open on most drawers.
    drawerOpen: (printer & 0x04) !== 0,
    coverOpen: (offline & 0x04) !== 0,
    paperOut: (offline & 0x20) !== 0 || (paper & 0x60) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
  };
}

const OFFLINE: PrinterStatus = { online: false, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: null };

/** Writes `request` and waits for one answer byte; null when none comes in time. */
async function requestByte(link: ByteLink, request: number[], timeoutMs: number): Promise<Result<number | null>> {
  let off: () => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = new Promise<Result<number | null>>((resolve) => {
    off = link.onData((chunk) => {
      if (chunk.length > 0) resolve(ok(chunk[chunk.length - 1] as number));
    });
    timer = setTimeout(() => resolve(ok(null)), timeoutMs);
    void link.closed.then((reason) => resolve(err(reason ?? { code: 'device_disconnected', message: `${link.description} closed` })));
  });
  const written = await link.write(Uint8Array.from(request));
  if (!written.ok) {
    off();
    clearTimeout(timer);
    return written;
  }
  const result = await answer;
  off();
  clearTimeout(timer);
  return result;
}

/** Asks the printer for its real-time status; `online: false` when it does not answer. */
export async function queryPrinterStatus(link: ByteLink, timeoutMs = 1500): Promise<Result<PrinterStatus>> {
  if (!link.readable) return ok({ ...OFFLINE, online: true });
  const bytes: number[] = [];
  for (const n of [1, 2, 4]) {
    const r = await requestByte(link, [0x10, 0x04, n], timeoutMs);
    if (!r.ok) return r;
    if (r.value === null) return ok(OFFLINE);
    bytes.push(r.value);
  }
  return ok(parsePrinterStatus(bytes[0] as number, bytes[1] as number, bytes[2] as number));
}

/** node-thermal-printer's custom interface: its `execute()` lands on our link (it has no serial interface). */
export class LinkInterface implements ThermalInterface {
  sent = 0;
  constructor(private readonly link: ByteLink) {}
  getPrinterName(): string {
    return this.link.description;
  }
  async isPrinterConnected(): Promise<boolean> {
    return this.link.isOpen();
  }
  async execute(buffer: Buffer): Promise<string> {
    const r = await this.link.write(buffer);
    if (!r.ok) throw r.error;
    this.sent += buffer.length;
    return 'Print done';
  }
}

function notReady(status: PrinterStatus): AppError | null {
  if (!status.online) return { code: 'device_timeout', message: 'printer is offline (no answer to the status query)', details: { status } };
  if (status.coverOpen) return { code: 'printer_not_ready', message: 'printer cover is open', details: { status } };
  if (status.paperOut) return { code: 'printer_not_ready', message: 'printer is out of paper', details: { status } };
  return null;
}

export interface PrinterDriverOptions {
  statusTimeoutMs?: number;
  connectTimeoutMs?: number;
}

export class PrinterDriver {
  constructor(
    private readonly settings: PrinterSettings,
    private readonly options: PrinterDriverOptions = {},
  ) {}

  private async withLink<T>(job: (link: ByteLink) => Promise<Result<T>>): Promise<Result<T>> {
    const uri = parseDeviceUri(this.settings.uri, { tcpPort: 9100, baud: 9600 });
    if (!uri.ok) return uri;
    const link = await openLink(uri.value, { connectTimeoutMs: this.options.connectTimeoutMs });
    if (!link.ok) return link;
    try {
      return await job(link.value);
    } catch (cause) {
      return err({ code: 'internal', message: `printer job failed: ${cause instanceof Error ? cause.message : String(cause)}` });
    } finally {
      await link.value.close();
    }
  }

  status(): Promise<Result<PrinterStatus>> {
    return this.withLink((link) => queryPrinterStatus(link, this.options.statusTimeoutMs));
  }

  /**
   * Prints blocks (and kicks the drawer when asked). Checks status before (no paper → no print)
   * and after (confirms the printer is still there); any failure is an error value, and the caller
   * keeps the sale and can reprint.
   */
  print(blocks: ReceiptBlock[], options: { openDrawer?: boolean } = {}): Promise<Result<PrintResult>> {
    const kick = options.openDrawer === true && this.settings.drawer;
    return this.job(blocks, kick, true);
  }

  /**
   * A drawer-only job (ESC @, code page, kick). No status check: paper out or a printer that does not
   * answer status queries must not keep the cash drawer shut.
   */
  async openDrawer(): Promise<Result<{ opened: true }>> {
    if (!this.settings.drawer) return err('not_configured', 'no cash drawer is connected to the printer');
    const r = await this.job([], true, false);
    return r.ok ? ok({ opened: true as const }) : r;
  }

  /** Every job goes through here: status before, the bytes of `buildJob` (ESC @ first), status after. */
  private job(blocks: ReceiptBlock[], kick: boolean, checkStatus: boolean): Promise<Result<PrintResult>> {
    return this.withLink(async (link) => {
      if (checkStatus) {
        const before = await queryPrinterStatus(link, this.options.statusTimeoutMs);
        if (!before.ok) return before;
        const problem = notReady(before.value);
        if (problem) return err(problem);
      }

      const iface = new LinkInterface(link);
      const printer = buildJob(blocks, { width: this.settings.width, model: this.settings.model, iface, drawerPin: kick ? this.settings.drawerPin : null });
      try {
        await printer.execute();
      } catch (cause) {
        return err(cause as AppError);
      } finally {
        // Quirk: execute() keeps the buffer, so a reused instance would print this receipt again.
        printer.clear();
      }

      if (checkStatus) {
        const after = await queryPrinterStatus(link, this.options.statusTimeoutMs);
        if (!after.ok) return after;
        const late = notReady(after.value);
        if (late) return err({ ...late, message: `${late.message} (receipt may be incomplete: reprint)` });
      }
      return ok({ bytes: iface.sent, drawerOpened: kick });
    });
  }
}
