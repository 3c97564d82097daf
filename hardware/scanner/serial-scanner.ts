// Serial barcode scanner: reads CR/LF-terminated codes from a serial port (keyboard-wedge scanners are
// handled in the renderer by burst detection).
import type { AppError } from '../../core/result';
import { openLink, parseDeviceUri, type ByteLink } from '../device-link';

export class SerialScanner {
  private link: ByteLink | null = null;
  private partial = '';

  constructor(
    private readonly uri: string,
    private readonly onScan: (code: string) => void,
    private readonly onError: (error: AppError) => void = () => {},
  ) {}

  get connected(): boolean {
    return this.link?.isOpen() ?? false;
  }

  async start(): Promise<AppError | null> {
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
      if (reason) this.onError(reason);
    });
    return null;
  }

  async stop(): Promise<void> {
    await this.link?.close();
    this.link = null;
  }
}
