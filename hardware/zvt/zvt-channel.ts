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

  const reader = new FrameReader((e) => {
    if (e.type === 'ack' || e.type === 'nak') {
      const w = ackWaiter;
      ackWaiter = null;
      w?.(e.type);
    } else if (e.type === 'frame') {
      if (nakLeft > 0) {
        nakLeft--;
        options.log?.('NAK (test hook)');
        void link.write(Uint8Array.of(NAK));
        return;
      }
      void link.write(Uint8Array.of(ACK));
      inbox.put(e.apdu);
    } else {
      options.log?.(`bad frame: ${e.reason} → NAK`);
      void link.write(Uint8Array.of(NAK));
    }
  });
  link.onData((chunk) => reader.push(chunk));
  void link.closed.then((reason) => {
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
      const w = await link.write(frameApdu(apdu, { corruptCrc: corrupt }));
      if (!w.ok) {
        clearTimeout(timer);
        ackWaiter = null;
        return w;
      }
      const a = await answer;
      clearTimeout(timer);
      ackWaiter = null;
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
