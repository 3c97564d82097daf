// APDU transport over a byte link: bare APDUs on TCP (port 20007), DLE/STX frames with ACK/NAK and
// up to 3 retransmissions on serial. Used by both the ECR and the terminal simulator.
import { err, ok, type AppError, type Result } from '../../core/result';
import type { ByteLink } from '../device-link';
import { apduLength } from './zvt-apdu';
import { ACK, FrameReader, frameApdu, NAK } from './zvt-frame';

export interface ApduChannel {
  send(apdu: Uint8Array): Promise<Result<void>>;
  /** Next APDU from the peer; `null` when none arrives within `timeoutMs`. */
  receive(timeoutMs: number): Promise<Result<Uint8Array | null>>;
  readonly closed: Promise<AppError | null>;
  close(): Promise<void>;
}

export interface SerialChannelOptions {
  /** How long to wait for the ACK byte of a frame before retransmitting. */
  ackTimeoutMs?: number;
  /** Retransmissions after the first send (ZVT allows 3). */
  maxRetransmits?: number;
  /** Test hooks: NAK this many received frames; send this many frames with a broken CRC. */
  nakFrames?: number;
  corruptFrames?: number;
  /** Test hook: take the received frames with these indexes (0 = first, resends counted) `lateAckMs` late. */
  lateAckFrames?: number[];
  lateAckMs?: number;
  log?: (line: string) => void;
}

class Inbox {
  private readonly queue: Uint8Array[] = [];
  private waiter: ((r: Result<Uint8Array | null>) => void) | null = null;
  private failure: AppError | null = null;

  put(apdu: Uint8Array): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(ok(apdu));
    } else this.queue.push(apdu);
  }

  fail(reason: AppError): void {
    this.failure = reason;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(err(reason));
    }
  }

  take(timeoutMs: number): Promise<Result<Uint8Array | null>> {
    const next = this.queue.shift();
    if (next) return Promise.resolve(ok(next));
    if (this.failure) return Promise.resolve(err(this.failure));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve(ok(null));
      }, timeoutMs);
      this.waiter = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
    });
  }
}

const closedError = (link: ByteLink, reason: AppError | null): AppError => reason ?? { code: 'device_disconnected', message: `${link.description} closed` };

/** TCP: APDUs travel bare; a stream reassembler splits them by their length byte(s). */
export function tcpApduChannel(link: ByteLink): ApduChannel {
  const inbox = new Inbox();
  let buf = new Uint8Array(0);
  link.onData((chunk) => {
    const merged = new Uint8Array(buf.length + chunk.length);
    merged.set(buf);
    merged.set(chunk, buf.length);
    buf = merged;
    for (;;) {
      const len = apduLength(buf);
      if (len === null || buf.length < len) break;
      inbox.put(buf.slice(0, len));
      buf = buf.slice(len);
    }
  });
  void link.closed.then((reason) => inbox.fail(closedError(link, reason)));
  return {
    send: (apdu) => link.write(apdu),
    receive: (t) => inbox.take(t),
    closed: link.closed,
    close: () => link.close(),
  };
}

/** Serial: every APDU is a frame the peer must ACK; NAK or silence → retransmit (≤ 3), then an error. */
export function serialApduChannel(link: ByteLink, options: SerialChannelOptions = {}): ApduChannel {
  const inbox = new Inbox();
  const ackTimeoutMs = options.ackTimeoutMs ?? 2000;
  const maxRetransmits = options.maxRetransmits ?? 3;
  let nakLeft = options.nakFrames ?? 0;
  let corruptLeft = options.corruptFrames ?? 0;
  let ackWaiter: ((v: 'ack' | 'nak' | 'closed') => void) | null = null;
  let sending: Promise<unknown> = Promise.resolve();
  let framesReceived = 0;
  const lateTimers = new Set<ReturnType<typeof setTimeout>>();

  // Writes are numbered in the order they reach the link, so we know whether a frame of ours left
  // after our ACK of the peer's last frame.
  let writeSeq = 0;
  const write = (bytes: Uint8Array) => {
    writeSeq++;
    return link.write(bytes);
  };

  /**
   * Duplicate detection. A peer that does not get our ACK in time sends the same frame again; it must
   * be acknowledged but not delivered twice. A frame equal to the last delivered one is a resend unless
   * the peer has since acknowledged a frame we wrote after our ACK — only then can it have moved on and
   * legitimately sent the same APDU again (two equal blank print lines, say).
   */
  let last: { key: string; ackSeq: number | null } | null = null;
  /** Write number of our frame awaiting its ACK (null: none in flight). */
  let inFlightSentAt: number | null = null;

  const reader = new FrameReader((e) => {
    if (e.type === 'ack' || e.type === 'nak') {
      // Checked here, not after the sender wakes up: a frame in the same chunk as this ACK comes next.
      if (e.type === 'ack' && inFlightSentAt !== null && last && last.ackSeq !== null && inFlightSentAt > last.ackSeq) last = null;
      const w = ackWaiter;
      ackWaiter = null;
      w?.(e.type);
    } else if (e.type === 'frame') {
      if (nakLeft > 0) {
        nakLeft--;
        options.log?.('NAK (test hook)');
        void write(Uint8Array.of(NAK));
        return;
      }
      const index = framesReceived++;
      const key = Buffer.from(e.apdu).toString('hex');
      if (last !== null && last.key === key) {
        void write(Uint8Array.of(ACK));
        options.log?.(`duplicate frame ${key.slice(0, 12)} (the peer resent it: our ACK came late) → ACK, dropped`);
        return;
      }
      const entry: { key: string; ackSeq: number | null } = { key, ackSeq: null };
      last = entry;
      const accept = () => {
        void write(Uint8Array.of(ACK));
        entry.ackSeq = writeSeq;
        inbox.put(e.apdu);
      };
      // Test hook for a slow ECR: neither the ACK nor anything after it leaves before lateAckMs.
      if (options.lateAckFrames?.includes(index)) {
        const t = setTimeout(() => {
          lateTimers.delete(t);
          accept();
        }, options.lateAckMs ?? 1000);
        lateTimers.add(t);
      } else accept();
    } else {
      options.log?.(`bad frame: ${e.reason} → NAK`);
      void write(Uint8Array.of(NAK));
    }
  });
  link.onData((chunk) => reader.push(chunk));
  void link.closed.then((reason) => {
    for (const t of lateTimers) clearTimeout(t);
    inbox.fail(closedError(link, reason));
    ackWaiter?.('closed');
  });

  const sendFrame = async (apdu: Uint8Array): Promise<Result<void>> => {
    for (let attempt = 0; attempt <= maxRetransmits; attempt++) {
      const corrupt = corruptLeft > 0;
      if (corrupt) corruptLeft--;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const answer = new Promise<'ack' | 'nak' | 'closed' | 'timeout'>((resolve) => {
        ackWaiter = resolve;
        timer = setTimeout(() => resolve('timeout'), ackTimeoutMs);
      });
      const writing = write(frameApdu(apdu, { corruptCrc: corrupt }));
      inFlightSentAt = writeSeq;
      const w = await writing;
      if (!w.ok) {
        clearTimeout(timer);
        ackWaiter = null;
        inFlightSentAt = null;
        return w;
      }
      const a = await answer;
      clearTimeout(timer);
      ackWaiter = null;
      inFlightSentAt = null;
      if (a === 'ack') return ok(undefined);
      if (a === 'closed') return err(closedError(link, null));
      options.log?.(`${a === 'nak' ? 'NAK' : 'no ACK'} for frame, attempt ${attempt + 1}`);
    }
    return err({ code: 'device_timeout', message: `${link.description}: frame not acknowledged after ${maxRetransmits} retransmissions` });
  };

  return {
    send(apdu) {
      // One frame in flight at a time: the next waits for the previous ACK.
      const p = sending.then(() => sendFrame(apdu));
      sending = p;
      return p;
    },
    receive: (t) => inbox.take(t),
    closed: link.closed,
    close: () => link.close(),
  };
}
