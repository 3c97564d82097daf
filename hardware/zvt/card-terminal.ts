// Card payments with crash safety: journal the payment before the terminal sees it, clear it once the
// outcome is known, and on restart resolve what is left (reverse a charge the till never recorded).
import type {
  HardwareConfig,
  ResolvedPayment,
  TerminalAuthorizeArgs,
  TerminalRefundArgs,
  TerminalResult,
  TerminalReverseArgs,
  EndOfDayResult,
} from '../../core/hardware-contract';
import { err, ok, type Result } from '../../core/result';
import type { PendingJournal, PendingPayment } from './pending-journal';
import { ZvtEcr, type ZvtEcrOptions } from './zvt-ecr';

export type TerminalSettings = HardwareConfig['terminal'];

export type SlipPrinter = (customerLines: string[], merchantLines: string[]) => Promise<Result<unknown>>;

export class CardTerminal {
  private readonly ecr: ZvtEcr;
  private readonly slipPrinter: SlipPrinter | null;
  private currentPayment: string | null = null;
  /** A payment between the till's request and the terminal dialogue (journaling): an abort is kept for it. */
  private starting: { aborted: boolean } | null = null;

  constructor(
    private readonly settings: TerminalSettings,
    private readonly journal: PendingJournal,
    options: {
      onStatus?: (paymentId: string | null, message: string) => void;
      ecr?: Partial<ZvtEcrOptions>;
      /** Prints the customer and merchant copies of refund and reversal slips. */
      printSlip?: SlipPrinter;
    } = {},
  ) {
    this.slipPrinter = options.printSlip ?? null;
    this.ecr = new ZvtEcr({
      uri: settings.uri,
      password: settings.password,
      timeoutMs: settings.timeoutMs,
      onStatus: (m) => options.onStatus?.(this.currentPayment, m),
      ...options.ecr,
    });
  }

  /**
   * Journals a payment, then runs it on the terminal. `starting` is set before the first await, so an
   * abort that arrives while the payment is being journaled is kept and ends it before the terminal sees it.
   */
  private async moneyMoving(
    payment: Omit<PendingPayment, 'createdAt' | 'lastReceiptBefore'>,
    run: () => Promise<Result<TerminalResult>>,
  ): Promise<Result<TerminalResult>> {
    if (!this.settings.uri) return err('not_configured', 'no card terminal configured');
    if (this.starting || this.ecr.busy) return err('terminal_busy', 'another terminal operation is running');
    const start = { aborted: false };
    this.starting = start;
    let entry: PendingPayment;
    try {
      entry = { ...payment, createdAt: new Date().toISOString(), lastReceiptBefore: await this.journal.lastReceiptNumber() };
      await this.journal.add(entry);
    } finally {
      this.starting = null;
    }
    if (start.aborted) {
      // Aborted before the terminal saw anything: nothing can have been charged.
      await this.journal.remove(entry.paymentId);
      return ok(abortedBeforeStart(entry));
    }
    this.currentPayment = entry.paymentId;
    const r = await run();
    this.currentPayment = null;
    if (r.ok) await this.journal.remove(entry.paymentId, r.value.receiptNumber);
    // Failures before the request left the till cannot have charged anything.
    else if (r.error.code !== 'outcome_unknown') await this.journal.remove(entry.paymentId);
    return r;
  }

  async authorize(args: TerminalAuthorizeArgs): Promise<Result<TerminalResult>> {
    return this.moneyMoving({ paymentId: args.paymentId, kind: 'authorization', amount: args.amount, currency: args.currency }, () =>
      this.ecr.authorize(args.amount, args.currency),
    );
  }

  async refund(args: TerminalRefundArgs): Promise<Result<TerminalResult>> {
    const r = await this.moneyMoving({ paymentId: args.paymentId, kind: 'refund', amount: args.amount, currency: args.currency }, () =>
      this.ecr.refund(args.amount, args.currency),
    );
    return r.ok && args.printSlip === true ? ok(await this.printSlip(r.value)) : r;
  }

  async reverse(args: TerminalReverseArgs): Promise<Result<TerminalResult>> {
    if (!this.settings.uri) return err('not_configured', 'no card terminal configured');
    const r = await this.ecr.reverse(args.receiptNumber, this.settings.currency);
    if (!r.ok) return r;
    await this.journal.noteReceipt(r.value.receiptNumber);
    return args.printSlip === true ? ok(await this.printSlip(r.value)) : r;
  }

  endOfDay(): Promise<Result<EndOfDayResult>> {
    if (!this.settings.uri) return Promise.resolve(err('not_configured', 'no card terminal configured'));
    return this.ecr.endOfDay();
  }

  /** Aborts the running terminal dialogue, or the payment still being journaled before it starts. */
  abort(): { sent: boolean } {
    if (this.ecr.abort().sent) return { sent: true };
    if (!this.starting) return { sent: false };
    this.starting.aborted = true;
    return { sent: true };
  }

  async test(): Promise<Result<{ success: boolean; message: string }>> {
    if (!this.settings.uri) return err('not_configured', 'no card terminal configured');
    return this.ecr.registration(this.settings.currency);
  }

  /**
   * Resolves journaled payments after a crash: asks the terminal for its last transaction; an approved one
   * newer than what we knew, for the same amount, is ours — an authorization gets reversed (the till never
   * recorded it as paid), a refund is reported as done. Anything else was not charged.
   * Returns this call's resolutions followed by earlier ones still remembered (the till applies them
   * idempotently by paymentId, so a till that crashed again before recording one learns it again).
   */
  async resolvePending(): Promise<Result<{ resolved: ResolvedPayment[] }>> {
    const earlier = await this.journal.recentlyResolved();
    const pending = await this.journal.list();
    const now: ResolvedPayment[] = [];
    for (const p of pending) now.push(await this.resolveEntry(p));
    const fresh = new Set(now.map((r) => r.paymentId));
    const remembered = earlier.filter((r) => !fresh.has(r.paymentId)).map(({ resolvedAt: _at, ...r }) => r);
    return ok({ resolved: [...now, ...remembered] });
  }

  /**
   * Resolves one journaled payment (the till asks about the payment on its screen, and leaves the others
   * alone). An already resolved one returns its remembered answer without asking the terminal again.
   */
  async resolvePayment(paymentId: string): Promise<Result<{ resolved: ResolvedPayment }>> {
    const entry = (await this.journal.list()).find((p) => p.paymentId === paymentId);
    if (entry) return ok({ resolved: await this.resolveEntry(entry) });
    const earlier = (await this.journal.recentlyResolved()).find((r) => r.paymentId === paymentId);
    if (earlier) {
      const { resolvedAt: _at, ...resolved } = earlier;
      return ok({ resolved });
    }
    return err('not_found', `no pending card payment ${paymentId} (never sent to the terminal, or resolved long ago)`);
  }

  private async resolveEntry(p: PendingPayment): Promise<ResolvedPayment> {
    const last = await this.ecr.lastTransaction(p.currency);
    if (!last.ok) return { paymentId: p.paymentId, amount: p.amount, resolution: 'unknown', message: last.error.message };
    const tx = last.value;
    const ours = tx !== null && tx.approved && tx.amount === p.amount && tx.receiptNumber !== null && tx.receiptNumber !== p.lastReceiptBefore;
    let r: ResolvedPayment;
    if (!ours) {
      r = { paymentId: p.paymentId, amount: p.amount, resolution: 'not_charged', message: 'the terminal has no charge for this payment' };
      await this.journal.resolve(r);
    } else if (p.kind === 'refund') {
      r = { paymentId: p.paymentId, amount: p.amount, resolution: 'approved_kept', message: `refund went through (receipt ${tx.receiptNumber})` };
      await this.journal.resolve(r, tx.receiptNumber);
    } else {
      const rev = await this.ecr.reverse(tx.receiptNumber as number, p.currency);
      if (rev.ok) await this.printSlip(rev.value);
      if (rev.ok && rev.value.approved) {
        r = { paymentId: p.paymentId, amount: p.amount, resolution: 'reversed', message: `charge ${tx.receiptNumber} reversed` };
        await this.journal.resolve(r, rev.value.receiptNumber);
      } else {
        r = {
          paymentId: p.paymentId,
          amount: p.amount,
          resolution: 'unknown',
          message: rev.ok ? `reversal declined: ${rev.value.message}` : rev.error.message,
        };
      }
    }
    return r;
  }

  /**
   * Prints the terminal's slip lines of a refund or reversal: when the till asks (`printSlip`), and always
   * for reversals made while resolving a pending payment (no till screen has a receipt for those).
   */
  private async printSlip(result: TerminalResult): Promise<TerminalResult> {
    if (!this.slipPrinter || (result.receiptLines.length === 0 && result.merchantLines.length === 0)) return result;
    const printed = await this.slipPrinter(result.receiptLines, result.merchantLines);
    return { ...result, slipPrinted: printed.ok, ...(printed.ok ? {} : { slipError: printed.error.message }) };
  }
}

/** The answer to a payment aborted before its request reached the terminal (as the terminal's own "aborted"). */
function abortedBeforeStart(entry: PendingPayment): TerminalResult {
  return {
    approved: false,
    outcome: 'aborted',
    amount: entry.amount,
    currency: entry.currency,
    resultCode: 0x6c,
    message: 'aborted',
    receiptNumber: null,
    traceNumber: null,
    terminalId: null,
    authCode: null,
    cardName: null,
    maskedPan: null,
    receiptLines: [],
    merchantLines: [],
  };
}
