// ZVT card terminal simulator (PT side) on TCP or a serial port. Amount rules by the cents of the amount:
// ..51 declined, ..52 no card presented (the ECR times out and aborts), ..53 customer abort, ..54 card not readable;
// anything else is approved with slip lines. Documented in docs/hardware.md.
import net from 'node:net';
import { toDecimalString } from '../../core/money';
import type { SerialPort } from 'serialport';
import { openSerialPort, serialPortLink, socketLink } from '../device-link';
import {
  ACK_APDU,
  CMD,
  encodeApdu,
  encodeLlvar,
  encodeText,
  encodeTlv,
  encodeTlvContainer,
  fromBcd,
  is,
  parseApdu,
  parseBmps,
  toBcd,
  type Apdu,
} from '../zvt/zvt-apdu';
import { serialApduChannel, tcpApduChannel, type ApduChannel, type SerialChannelOptions } from '../zvt/zvt-channel';

export interface SimulatedTransaction {
  kind: 'authorization' | 'refund' | 'reversal';
  amount: number;
  receiptNumber: number;
  traceNumber: number;
  resultCode: number;
  reversed: boolean;
}

export interface ZvtSimulatorOptions {
  terminalId?: string;
  /** Pause between terminal messages, like a cardholder at the PIN pad. */
  stepDelayMs?: number;
  output?: (line: string) => void;
  serial?: SerialChannelOptions;
  /** Test hook: drop the connection mid-authorization, before or after the card was charged. */
  dropMidPayment?: 'before-charge' | 'after-charge';
}

class AbortedByEcr extends Error {}
class Gone extends Error {}

/** German slip style, like real terminals here: 1010 → "10,10". */
const formatAmount = (minor: number) => toDecimalString(minor, 'EUR').replace('.', ',');

export class ZvtTerminalSimulator {
  readonly transactions: SimulatedTransaction[] = [];
  /** Every APDU the simulator received, as hex (tests inspect the ECR's bytes). */
  readonly received: string[] = [];
  private receiptCounter = 0;
  private traceCounter = 0;
  private batchStart = 0;
  private readonly servers: net.Server[] = [];
  private readonly channels = new Set<ApduChannel>();
  private readonly ports: SerialPort[] = [];

  constructor(private readonly options: ZvtSimulatorOptions = {}) {}

  private out(line: string): void {
    this.options.output?.(line);
  }

  async listenTcp(port = 0, host = '127.0.0.1'): Promise<number> {
    const server = net.createServer((socket) => {
      const ch = tcpApduChannel(socketLink(socket, 'ecr'));
      void this.serve(ch);
    });
    this.servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.address() as net.AddressInfo).port;
  }

  async openSerial(path: string, baud = 9600): Promise<void> {
    const port = await openSerialPort(path, baud);
    if (!port.ok) throw new Error(port.error.message);
    this.ports.push(port.value);
    void this.serve(serialApduChannel(serialPortLink(port.value, `serial:${path}`), this.options.serial));
  }

  async close(): Promise<void> {
    await Promise.all([...this.channels].map((c) => c.close()));
    await Promise.all(this.servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }

  private async serve(ch: ApduChannel): Promise<void> {
    this.channels.add(ch);
    try {
      for (;;) {
        const r = await this.receive(ch, 3_600_000);
        if (!r.ok) return;
        if (r.value === null) continue;
        try {
          await this.handle(ch, parseApdu(r.value));
        } catch (e) {
          if (e instanceof Gone) return;
          if (!(e instanceof AbortedByEcr)) throw e;
        }
      }
    } finally {
      this.channels.delete(ch);
    }
  }

  private async receive(ch: ApduChannel, timeoutMs: number) {
    const r = await ch.receive(timeoutMs);
    if (r.ok && r.value) this.received.push(Buffer.from(r.value).toString('hex'));
    return r;
  }

  private async pause(): Promise<void> {
    await new Promise((r) => setTimeout(r, this.options.stepDelayMs ?? 10));
  }

  /** Sends a terminal message and waits for the ECR's 80 00; a 06 B0 instead aborts the transaction. */
  private async tell(ch: ApduChannel, apdu: Uint8Array): Promise<void> {
    const s = await ch.send(apdu);
    if (!s.ok) throw new Gone();
    for (;;) {
      const r = await this.receive(ch, 10_000);
      if (!r.ok || r.value === null) throw new Gone();
      const a = parseApdu(r.value);
      if (is(a, CMD.ack)) return;
      if (is(a, CMD.ecrAbort)) return this.abortedByEcr(ch);
    }
  }

  private async abortedByEcr(ch: ApduChannel): Promise<never> {
    this.out('ECR abort (06 B0)');
    await ch.send(ACK_APDU);
    await this.tell(ch, encodeApdu(CMD.abort, [0x6c]));
    throw new AbortedByEcr();
  }

  /** Waits for the cardholder who never comes: only a 06 B0 from the ECR (or a hang-up) ends it. */
  private async waitForEcrAbort(ch: ApduChannel): Promise<never> {
    for (;;) {
      const r = await this.receive(ch, 3_600_000);
      if (!r.ok) throw new Gone();
      if (r.value && is(parseApdu(r.value), CMD.ecrAbort)) return this.abortedByEcr(ch);
    }
  }

  private statusInfo(tx: SimulatedTransaction, extra: number[] = []): Uint8Array {
    const now = new Date();
    const tid = this.options.terminalId ?? '52500001';
    return encodeApdu(CMD.statusInformation, [
      0x27,
      tx.resultCode,
      0x04,
      ...toBcd(tx.amount, 6),
      0x0b,
      ...toBcd(tx.traceNumber, 3),
      0x0c,
      ...toBcd(`${now.getHours()}`.padStart(2, '0') + `${now.getMinutes()}`.padStart(2, '0') + `${now.getSeconds()}`.padStart(2, '0'), 3),
      0x0d,
      ...toBcd(`${now.getMonth() + 1}`.padStart(2, '0') + `${now.getDate()}`.padStart(2, '0'), 2),
      0x0e,
      ...toBcd('2812', 2),
      0x17,
      ...toBcd(1, 2),
      0x19,
      0x40,
      0x22,
      ...encodeLlvar([0x67, 0x26, 0xee, 0xee, 0xee, 0xee, 0xe1, 0x23, 0x4f], 2),
      0x29,
      ...toBcd(tid, 4),
      0x3b,
      ...encodeText('A1B2C3  '),
      0x49,
      ...toBcd(978, 2),
      0x87,
      ...toBcd(tx.receiptNumber, 2),
      0x8a,
      0x05,
      0x8b,
      ...encodeLlvar(encodeText('girocard'), 2),
      ...extra,
    ]);
  }

  private slip(tx: SimulatedTransaction, receiptType: 1 | 2): Uint8Array {
    const title = tx.kind === 'authorization' ? 'Kartenzahlung' : tx.kind === 'refund' ? 'Gutschrift' : 'Storno';
    const lines = [
      receiptType === 2 ? 'Kundenbeleg' : 'Händlerbeleg',
      title,
      'girocard',
      `Terminal-ID ${this.options.terminalId ?? '52500001'}`,
      `Beleg-Nr ${String(tx.receiptNumber).padStart(4, '0')}  Trace ${String(tx.traceNumber).padStart(6, '0')}`,
      `Betrag EUR ${formatAmount(tx.amount)}`,
      tx.resultCode === 0 ? 'Zahlung erfolgt' : 'Abgelehnt',
    ];
    const body = encodeTlv(
      0x25,
      lines.flatMap((l) => encodeTlv(0x07, encodeText(l))),
    );
    return encodeApdu(CMD.printTextBlock, encodeTlvContainer([...encodeTlv(0x1f07, [receiptType]), ...body]));
  }

  private newTx(kind: SimulatedTransaction['kind'], amount: number, resultCode: number): SimulatedTransaction {
    const tx = { kind, amount, resultCode, receiptNumber: ++this.receiptCounter, traceNumber: ++this.traceCounter, reversed: false };
    this.transactions.push(tx);
    return tx;
  }

  private async handle(ch: ApduChannel, apdu: Apdu): Promise<void> {
    if (is(apdu, CMD.registration) || is(apdu, CMD.statusEnquiry)) {
      await ch.send(ACK_APDU);
      await this.tell(ch, encodeApdu(CMD.completion, [0x19, 0x00, 0x29, ...toBcd(this.options.terminalId ?? '52500001', 4)]));
      return;
    }
    if (is(apdu, CMD.authorization) || is(apdu, CMD.refund)) {
      const refund = is(apdu, CMD.refund);
      const bmps = parseBmps(apdu.data, refund ? 3 : 0);
      const amount = fromBcd(bmps.get(0x04) ?? new Uint8Array(6));
      this.out(`${refund ? 'refund' : 'authorization'} ${formatAmount(amount)}`);
      await ch.send(ACK_APDU);
      return this.payment(ch, refund ? 'refund' : 'authorization', amount);
    }
    if (is(apdu, CMD.reversal)) {
      const receipt = fromBcd(parseBmps(apdu.data, 3).get(0x87) ?? new Uint8Array(2));
      await ch.send(ACK_APDU);
      const original = this.transactions.find((t) => t.receiptNumber === receipt && t.kind === 'authorization' && t.resultCode === 0 && !t.reversed);
      if (!original) {
        this.out(`reversal of receipt ${receipt}: not found`);
        await this.tell(ch, encodeApdu(CMD.statusInformation, [0x27, 0xff, 0x3c, ...encodeLlvar(encodeText('receipt not found'), 3)]));
        await this.tell(ch, encodeApdu(CMD.abort, [0xff]));
        return;
      }
      original.reversed = true;
      const tx = this.newTx('reversal', original.amount, 0);
      this.out(`reversal of receipt ${receipt}: ${formatAmount(tx.amount)} reversed`);
      await this.tell(ch, this.slip(tx, 2));
      await this.tell(ch, this.statusInfo(tx));
      await this.tell(ch, encodeApdu(CMD.completion));
      return;
    }
    if (is(apdu, CMD.repeatReceipt)) {
      await ch.send(ACK_APDU);
      const last = this.transactions.at(-1);
      if (!last) {
        await this.tell(ch, encodeApdu(CMD.abort, [0xb1]));
        return;
      }
      await this.tell(ch, this.statusInfo(last));
      await this.tell(ch, encodeApdu(CMD.completion));
      return;
    }
    if (is(apdu, CMD.endOfDay)) {
      await ch.send(ACK_APDU);
      const batch = this.transactions.slice(this.batchStart).filter((t) => t.resultCode === 0);
      this.batchStart = this.transactions.length;
      const sign = (t: SimulatedTransaction) => (t.kind === 'authorization' && !t.reversed ? 1 : t.kind === 'refund' ? -1 : 0);
      const total = batch.reduce((s, t) => s + sign(t) * t.amount, 0);
      for (const line of ['Kassenschnitt', `Umsätze ${batch.length}`, `Summe EUR ${formatAmount(Math.max(0, total))}`]) {
        await this.tell(ch, encodeApdu(CMD.printLine, [0x00, ...encodeText(line)]));
      }
      await this.tell(ch, encodeApdu(CMD.statusInformation, [0x27, 0x00, 0x04, ...toBcd(Math.max(0, total), 6)]));
      await this.tell(ch, encodeApdu(CMD.completion));
      this.out(`end of day: ${batch.length} transactions, total ${formatAmount(total)}`);
      return;
    }
    if (is(apdu, CMD.ecrAbort)) {
      await ch.send(ACK_APDU); // nothing running
      return;
    }
    // 84 83 00: command not possible.
    await ch.send(Uint8Array.of(0x84, 0x83, 0x00));
  }

  private async payment(ch: ApduChannel, kind: 'authorization' | 'refund', amount: number): Promise<void> {
    const cents = amount % 100;
    await this.pause();
    await this.tell(ch, encodeApdu(CMD.intermediateStatus, [0x0a])); // insert card
    if (this.options.dropMidPayment) {
      if (this.options.dropMidPayment === 'after-charge') this.newTx(kind, amount, 0);
      this.out(`connection dropped mid-payment (${this.options.dropMidPayment})`);
      await ch.close();
      throw new Gone();
    }
    if (cents === 52) {
      this.out('no card presented; waiting for the ECR to abort');
      return this.waitForEcrAbort(ch);
    }
    await this.pause();
    if (cents === 53) {
      this.out('customer pressed abort');
      await this.tell(ch, encodeApdu(CMD.abort, [0x6c]));
      return;
    }
    await this.tell(ch, encodeApdu(CMD.intermediateStatus, [0x29])); // enter PIN
    await this.pause();
    if (cents === 51 || cents === 54) {
      const code = cents === 51 ? 0x05 : 0x64;
      const tx = this.newTx(kind, amount, code);
      this.out(`${kind} ${formatAmount(amount)} declined (0x${code.toString(16)})`);
      await this.tell(ch, this.statusInfo(tx));
      await this.tell(ch, encodeApdu(CMD.abort, [code]));
      return;
    }
    const tx = this.newTx(kind, amount, 0);
    await this.tell(ch, this.slip(tx, 1));
    await this.tell(ch, this.slip(tx, 2));
    await this.tell(ch, this.statusInfo(tx));
    await this.tell(ch, encodeApdu(CMD.completion));
    this.out(`${kind} ${formatAmount(amount)} approved, receipt ${tx.receiptNumber}`);
  }
}
