// Pending card payments, written to disk (atomic rename + fsync) BEFORE the request goes to the terminal,
// so a till that crashes mid-payment knows on restart what to resolve.
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ResolvedPayment } from '../../core/hardware-contract';

export interface PendingPayment {
  paymentId: string;
  kind: 'authorization' | 'refund';
  amount: number;
  currency: string;
  createdAt: string;
  /** The terminal receipt number last seen before this request: a newer approved one is ours. */
  lastReceiptBefore: number | null;
}

export type ResolvedRecord = ResolvedPayment & { resolvedAt: string };

interface JournalFile {
  version: 1;
  lastReceiptNumber: number | null;
  pending: PendingPayment[];
  /** Recent resolutions, kept so a till that crashed again before recording one can ask again. */
  resolved: ResolvedRecord[];
}

const KEEP_RESOLVED = 50;

export class PendingJournal {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly file: string) {}

  private async read(): Promise<JournalFile> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<JournalFile>;
      return {
        version: 1,
        lastReceiptNumber: parsed.lastReceiptNumber ?? null,
        pending: Array.isArray(parsed.pending) ? parsed.pending : [],
        resolved: Array.isArray(parsed.resolved) ? parsed.resolved : [],
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, lastReceiptNumber: null, pending: [], resolved: [] };
      // A corrupt journal must not be silently emptied: pending payments could be lost.
      throw new Error(`pending payment journal ${this.file} is unreadable: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  private async write(data: JournalFile): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(JSON.stringify(data, null, 2));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, this.file);
  }

  /** Serializes read-modify-write cycles. */
  private update<T>(fn: (j: JournalFile) => T): Promise<T> {
    const next = this.chain.then(async () => {
      const j = await this.read();
      const out = fn(j);
      await this.write(j);
      return out;
    });
    this.chain = next.catch(() => {});
    return next;
  }

  async list(): Promise<PendingPayment[]> {
    await this.chain;
    return (await this.read()).pending;
  }

  async lastReceiptNumber(): Promise<number | null> {
    await this.chain;
    return (await this.read()).lastReceiptNumber;
  }

  add(entry: PendingPayment): Promise<void> {
    return this.update((j) => {
      j.pending = [...j.pending.filter((p) => p.paymentId !== entry.paymentId), entry];
    });
  }

  remove(paymentId: string, receiptNumber?: number | null): Promise<void> {
    return this.update((j) => {
      j.pending = j.pending.filter((p) => p.paymentId !== paymentId);
      if (receiptNumber !== undefined && receiptNumber !== null) j.lastReceiptNumber = receiptNumber;
    });
  }

  /** Removes a pending payment and remembers how it was resolved. */
  resolve(resolution: ResolvedPayment, receiptNumber?: number | null): Promise<void> {
    return this.update((j) => {
      j.pending = j.pending.filter((p) => p.paymentId !== resolution.paymentId);
      j.resolved = [...j.resolved.filter((r) => r.paymentId !== resolution.paymentId), { ...resolution, resolvedAt: new Date().toISOString() }].slice(
        -KEEP_RESOLVED,
      );
      if (receiptNumber !== undefined && receiptNumber !== null) j.lastReceiptNumber = receiptNumber;
    });
  }

  async recentlyResolved(): Promise<ResolvedRecord[]> {
    await this.chain;
    return (await this.read()).resolved;
  }

  noteReceipt(receiptNumber: number | null): Promise<void> {
    if (receiptNumber === null) return Promise.resolve();
    return this.update((j) => {
      j.lastReceiptNumber = receiptNumber;
    });
  }
}
