// Serial barcode scanner: reads CR/LF-terminated codes from a serial port (keyboard-wedge scanners are
// handled in the renderer by burst detection).
import type { AppError } from '../../core/result';
import { openLink, parseDeviceUri, type ByteLink } from '../device-link';

export class SerialScanner {
  private link: ByteLink | null = null;
  private partial = '';
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly uri: string,
    private readonly onScan: (code: string) => void,
    private readonly onError: (error: AppError) => void = () => {},
    /** After an unplug, try to reopen the port this often (0 = never). */
    private readonly reconnectMs = 5000,
  ) {}

  get connected(): boolean {
    return this.link?.isOpen() ?? false;
  }

  async start(): Promise<AppError | null> {
    this.stopped = false;
    const uri = parseDeviceUri(this.uri, { baud: 9600 });
    if (!uri.ok) return uri.error;
    const link = await openLink(uri.value);
    if (!link.ok) return link.error;
    this.link = link.value;
    link.value.onData((chunk) => {
      this.partial += chunk.toString('latin1');
      const parts = this.partial.split(/\r\n|\r|\n/);
      this.partial = parts.pop() ?? '';
      for (const code of parts) if (code.trim() !== '') this.onScan(code.trim());
      // A scanner never sends a code this long; drop garbage so memory stays bounded.
      if (this.partial.length > 4096) this.partial = '';
    });
    void link.value.closed.then((reason) => {
      if (!reason) return;
      this.onError(reason);
      this.scheduleReconnect();
    });
    return null;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectMs <= 0) return;
    this.retry = setTimeout(() => {
      void this.start().then((failure) => {
        if (failure) this.scheduleReconnect();
      });
    }, this.reconnectMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.link?.close();
    this.link = null;
  }
}
