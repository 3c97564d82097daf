// ZVT serial framing: DLE STX <APDU with DLE doubled> DLE ETX <CRC-16/KERMIT over APDU+ETX, low byte first>,
// acknowledged by a single ACK (06) or NAK (15) byte.
import { crc16kermit } from 'crc';

export const DLE = 0x10;
export const STX = 0x02;
export const ETX = 0x03;
export const ACK = 0x06;
export const NAK = 0x15;

export function zvtCrc(apdu: Uint8Array): number {
  return crc16kermit(Buffer.concat([Buffer.from(apdu), Buffer.of(ETX)]));
}

export function frameApdu(apdu: Uint8Array, options: { corruptCrc?: boolean } = {}): Uint8Array {
  const out: number[] = [DLE, STX];
  for (const b of apdu) {
    out.push(b);
    if (b === DLE) out.push(DLE);
  }
  let crc = zvtCrc(apdu);
  if (options.corruptCrc) crc ^= 0xffff;
  out.push(DLE, ETX, crc & 0xff, crc >> 8);
  return Uint8Array.from(out);
}

export type FrameEvent = { type: 'ack' } | { type: 'nak' } | { type: 'frame'; apdu: Uint8Array } | { type: 'bad-frame'; reason: string };

/** Streaming reader for the serial line: ACK/NAK bytes between frames, frames with CRC check. */
export class FrameReader {
  private state: 'idle' | 'dle' | 'body' | 'body-dle' | 'crc' = 'idle';
  private body: number[] = [];
  private crc: number[] = [];

  constructor(private readonly emit: (e: FrameEvent) => void) {}

  push(chunk: Uint8Array): void {
    for (const b of chunk) this.byte(b);
  }

  private byte(b: number): void {
    switch (this.state) {
      case 'idle':
        if (b === ACK) this.emit({ type: 'ack' });
        else if (b === NAK) this.emit({ type: 'nak' });
        else if (b === DLE) this.state = 'dle';
        // Anything else between frames is line noise; the sender's retransmit covers it.
        return;
      case 'dle':
        if (b === STX) {
          this.body = [];
          this.state = 'body';
        } else this.state = 'idle';
        return;
      case 'body':
        if (b === DLE) this.state = 'body-dle';
        else this.body.push(b);
        return;
      case 'body-dle':
        if (b === DLE) {
          this.body.push(DLE);
          this.state = 'body';
        } else if (b === ETX) {
          this.crc = [];
          this.state = 'crc';
        } else {
          this.state = 'idle';
          this.emit({ type: 'bad-frame', reason: `DLE followed by 0x${b.toString(16)}` });
        }
        return;
      case 'crc': {
        this.crc.push(b);
        if (this.crc.length < 2) return;
        this.state = 'idle';
        const apdu = Uint8Array.from(this.body);
        const got = (this.crc[0] as number) | ((this.crc[1] as number) << 8);
        if (got === zvtCrc(apdu)) this.emit({ type: 'frame', apdu });
        else this.emit({ type: 'bad-frame', reason: 'CRC mismatch' });
        return;
      }
    }
  }
}
