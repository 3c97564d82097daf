// ZVT ECR side (the till talking to a card terminal): one dialogue per command, acknowledging every
// terminal message, collecting intermediate status, print lines and status information; aborts on timeout.
import type { EndOfDayResult, TerminalResult } from '../../core/hardware-contract';
import { err, ok, type AppError, type Result } from '../../core/result';
import { openLink, parseDeviceUri } from '../device-link';
import {
  ACK_APDU,
  bcdDigits,
  CMD,
  CURRENCY_NUMERIC,
  decodeText,
  encodeApdu,
  fromBcd,
  INTERMEDIATE_STATUS,
  is,
  parseApdu,
  parseBmps,
  parsePrintTextBlock,
  RESULT_CODES,
  toBcd,
  type Bmps,
} from './zvt-apdu';
import { serialApduChannel, tcpApduChannel, type ApduChannel, type SerialChannelOptions } from './zvt-channel';

export interface ZvtEcrOptions {
  uri: string;
  password?: string;
  /** Longest a cardholder dialogue may run before the ECR sends 06 B0. */
  timeoutMs?: number;
  /** Wait for the terminal's 80 00 after a command. */
  ackTimeoutMs?: number;
  /** Wait for 06 1E after our 06 B0. */
  abortGraceMs?: number;
  connectTimeoutMs?: number;
  serial?: SerialChannelOptions;
  onStatus?: (message: string) => void;
  log?: (line: string) => void;
}

interface Dialogue {
  completed: boolean;
  resultCode: number;
  status: Bmps | null;
  customerLines: string[];
  merchantLines: string[];
  abortedBy: 'timeout' | 'till' | null;
}

/** Builders for the ECR → PT commands (pure; the test vectors check these bytes). */
export const zvtRequests = {
  registration: (password: string, currency: string) => encodeApdu(CMD.registration, [...toBcd(password, 3), 0xbe, ...toBcd(currencyNumeric(currency), 2)]),
  authorization: (amount: number, currency: string) => encodeApdu(CMD.authorization, [0x04, ...toBcd(amount, 6), 0x49, ...toBcd(currencyNumeric(currency), 2)]),
  reversal: (password: string, receiptNumber: number) => encodeApdu(CMD.reversal, [...toBcd(password, 3), 0x87, ...toBcd(receiptNumber, 2)]),
  refund: (password: string, amount: number, currency: string) =>
    encodeApdu(CMD.refund, [...toBcd(password, 3), 0x04, ...toBcd(amount, 6), 0x49, ...toBcd(currencyNumeric(currency), 2)]),
  endOfDay: (password: string) => encodeApdu(CMD.endOfDay, toBcd(password, 3)),
  repeatReceipt: (password: string) => encodeApdu(CMD.repeatReceipt, toBcd(password, 3)),
  ecrAbort: () => encodeApdu(CMD.ecrAbort, [0x00]),
};

function currencyNumeric(code: string): number {
  const n = CURRENCY_NUMERIC[code];
  if (n === undefined) throw new Error(`unsupported currency ${code}`);
  return n;
}

const CURRENCY_ALPHA = Object.fromEntries(Object.entries(CURRENCY_NUMERIC).map(([a, n]) => [n, a]));

export class ZvtEcr {
  private current: ApduChannel | null = null;
  /** A dialogue is connecting to the terminal: an abort now is sent as soon as the terminal acknowledges. */
  private opening = false;
  private tillAbort = false;

  constructor(private readonly options: ZvtEcrOptions) {}

  get busy(): boolean {
    return this.current !== null || this.opening;
  }

  private get password(): string {
    return this.options.password ?? '000000';
  }

  private async open(): Promise<Result<ApduChannel>> {
    const uri = parseDeviceUri(this.options.uri, { tcpPort: 20007, baud: 9600 });
    if (!uri.ok) return uri;
    if (uri.value.kind === 'file') return err('invalid_args', 'a card terminal needs tcp:// or serial:');
    const link = await openLink(uri.value, { connectTimeoutMs: this.options.connectTimeoutMs });
    if (!link.ok) return link;
    return ok(uri.value.kind === 'tcp' ? tcpApduChannel(link.value) : serialApduChannel(link.value, { log: this.options.log, ...this.options.serial }));
  }

  /**
   * Runs one command dialogue. `movesMoney`: once the request went out, any failure means the outcome is
   * unknown (the terminal may have charged the card), reported as `outcome_unknown`.
   */
  private async dialogue(request: Uint8Array, movesMoney: boolean): Promise<Result<Dialogue>> {
    if (this.busy) return err('terminal_busy', 'another terminal operation is running');
    this.opening = true;
    this.tillAbort = false;
    let opened: Result<ApduChannel>;
    try {
      opened = await this.open();
    } finally {
      this.opening = false;
    }
    if (!opened.ok) return opened;
    const ch = opened.value;
    this.current = ch;
    try {
      return await this.run(ch, request, movesMoney);
    } finally {
      this.current = null;
      await ch.close();
    }
  }

  private async run(ch: ApduChannel, request: Uint8Array, movesMoney: boolean): Promise<Result<Dialogue>> {
    const unknown = (why: AppError): Result<never> =>
      movesMoney ? err({ code: 'outcome_unknown', message: `payment outcome unknown: ${why.message}`, details: { cause: why.code } }) : err(why);

    const sent = await ch.send(request);
    if (!sent.ok) return unknown(sent.error);
    const first = await ch.receive(this.options.ackTimeoutMs ?? 5000);
    if (!first.ok) return unknown(first.error);
    if (first.value === null) return unknown({ code: 'device_timeout', message: 'terminal did not acknowledge the command' });
    const ack = parseApdu(first.value);
    if (ack.cls === 0x84) return err('terminal_rejected', `terminal refused the command (84 ${ack.ins.toString(16).padStart(2, '0')})`);
    if (!is(ack, CMD.ack)) return unknown({ code: 'protocol_error', message: `expected 80 00, got ${ack.cls.toString(16)} ${ack.ins.toString(16)}` });

    const d: Dialogue = { completed: false, resultCode: 0, status: null, customerLines: [], merchantLines: [], abortedBy: null };
    let deadline = Date.now() + (this.options.timeoutMs ?? 120_000);
    for (;;) {
      if (this.tillAbort && d.abortedBy === null) {
        d.abortedBy = 'till';
        await ch.send(zvtRequests.ecrAbort());
        deadline = Date.now() + (this.options.abortGraceMs ?? 5000);
      }
      const next = await ch.receive(Math.max(1, Math.min(deadline - Date.now(), 250)));
      if (!next.ok) return unknown(next.error);
      if (next.value === null) {
        if (Date.now() < deadline) continue;
        if (d.abortedBy === null) {
          this.options.log?.('terminal dialogue timed out: sending 06 B0');
          d.abortedBy = 'timeout';
          const s = await ch.send(zvtRequests.ecrAbort());
          if (!s.ok) return unknown(s.error);
          deadline = Date.now() + (this.options.abortGraceMs ?? 5000);
          continue;
        }
        return unknown({ code: 'device_timeout', message: 'terminal did not end the dialogue after 06 B0' });
      }
      let apdu;
      try {
        apdu = parseApdu(next.value);
      } catch (e) {
        return unknown({ code: 'protocol_error', message: String(e) });
      }
      if (is(apdu, CMD.ack)) continue; // the terminal's 80 00 for our 06 B0
      const ackSent = await ch.send(ACK_APDU);
      if (!ackSent.ok) return unknown(ackSent.error);
      try {
        if (is(apdu, CMD.intermediateStatus)) {
          const code = apdu.data[0] ?? 0;
          this.options.onStatus?.(INTERMEDIATE_STATUS[code] ?? `Status 0x${code.toString(16)}`);
        } else if (is(apdu, CMD.printLine)) {
          d.customerLines.push(decodeText(apdu.data.slice(1)));
        } else if (is(apdu, CMD.printTextBlock)) {
          const block = parsePrintTextBlock(apdu.data);
          (block.receiptType === 1 ? d.merchantLines : d.customerLines).push(...block.lines);
        } else if (is(apdu, CMD.statusInformation)) {
          d.status = parseBmps(apdu.data);
          d.resultCode = d.status.get(0x27)?.[0] ?? 0;
        } else if (is(apdu, CMD.completion)) {
          d.completed = true;
          return ok(d);
        } else if (is(apdu, CMD.abort)) {
          d.completed = false;
          d.resultCode = apdu.data[0] ?? 0x6c;
          return ok(d);
        } else this.options.log?.(`ignoring terminal message ${apdu.cls.toString(16)} ${apdu.ins.toString(16)}`);
      } catch (e) {
        return unknown({ code: 'protocol_error', message: `malformed terminal message: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
  }

  private toResult(d: Dialogue, fallbackAmount: number, currency: string): TerminalResult {
    const s = d.status ?? new Map<number, Uint8Array>();
    const approved = d.completed && d.resultCode === 0;
    const outcome = approved ? 'approved' : d.resultCode === 0x6c ? (d.abortedBy === 'timeout' ? 'timeout' : 'aborted') : 'declined';
    const bcd = (bmp: number) => (s.has(bmp) ? fromBcd(s.get(bmp) as Uint8Array) : null);
    const cur = s.has(0x49) ? (CURRENCY_ALPHA[bcd(0x49) as number] ?? currency) : currency;
    return {
      approved,
      outcome,
      amount: bcd(0x04) ?? fallbackAmount,
      currency: cur,
      resultCode: d.resultCode,
      message: outcome === 'timeout' ? 'timed out waiting for the card' : (RESULT_CODES[d.resultCode] ?? `result code 0x${d.resultCode.toString(16)}`),
      receiptNumber: bcd(0x87),
      traceNumber: bcd(0x0b),
      terminalId: s.has(0x29) ? bcdDigits(s.get(0x29) as Uint8Array) : null,
      authCode: s.has(0x3b) ? decodeText(s.get(0x3b) as Uint8Array) : null,
      cardName: s.has(0x8b) ? decodeText(s.get(0x8b) as Uint8Array) : null,
      maskedPan: s.has(0x22) ? bcdDigits(s.get(0x22) as Uint8Array) : null,
      receiptLines: d.customerLines,
      merchantLines: d.merchantLines,
    };
  }

  async registration(currency = 'EUR'): Promise<Result<{ success: boolean; message: string }>> {
    const d = await this.dialogue(zvtRequests.registration(this.password, currency), false);
    if (!d.ok) return d;
    return ok({ success: d.value.completed, message: RESULT_CODES[d.value.resultCode] ?? `result 0x${d.value.resultCode.toString(16)}` });
  }

  async authorize(amount: number, currency: string): Promise<Result<TerminalResult>> {
    const d = await this.dialogue(zvtRequests.authorization(amount, currency), true);
    return d.ok ? ok(this.toResult(d.value, amount, currency)) : d;
  }

  async reverse(receiptNumber: number, currency = 'EUR'): Promise<Result<TerminalResult>> {
    const d = await this.dialogue(zvtRequests.reversal(this.password, receiptNumber), true);
    return d.ok ? ok(this.toResult(d.value, 0, currency)) : d;
  }

  async refund(amount: number, currency: string): Promise<Result<TerminalResult>> {
    const d = await this.dialogue(zvtRequests.refund(this.password, amount, currency), true);
    return d.ok ? ok(this.toResult(d.value, amount, currency)) : d;
  }

  /** The terminal's last transaction (06 20 repeat receipt); `null` when it has none. */
  async lastTransaction(currency = 'EUR'): Promise<Result<TerminalResult | null>> {
    const d = await this.dialogue(zvtRequests.repeatReceipt(this.password), false);
    if (!d.ok) return d;
    if (!d.value.status) return ok(null);
    return ok(this.toResult({ ...d.value, completed: true }, 0, currency));
  }

  async endOfDay(): Promise<Result<EndOfDayResult>> {
    const d = await this.dialogue(zvtRequests.endOfDay(this.password), false);
    if (!d.ok) return d;
    const total = d.value.status?.get(0x04);
    return ok({
      success: d.value.completed && d.value.resultCode === 0,
      totalAmount: total ? fromBcd(total) : null,
      message: RESULT_CODES[d.value.resultCode] ?? `result 0x${d.value.resultCode.toString(16)}`,
      receiptLines: [...d.value.customerLines, ...d.value.merchantLines],
    });
  }

  /**
   * Till-side abort (06 B0) of the running dialogue, or of the one still connecting (sent once the
   * terminal has acknowledged the command); false when nothing is running.
   */
  abort(): { sent: boolean } {
    if (!this.busy) return { sent: false };
    this.tillAbort = true;
    return { sent: true };
  }
}
