import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { ZvtTerminalSimulator, type ZvtSimulatorOptions } from '../simulators/zvt-terminal-simulator';
import { createPtyPair } from '../testing/socat-pty';
import { CardTerminal } from './card-terminal';
import { PendingJournal } from './pending-journal';
import { parseDeviceUri, openLink } from '../device-link';
import { ACK_APDU } from './zvt-apdu';
import { serialApduChannel, type SerialChannelOptions } from './zvt-channel';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function tempJournal(): Promise<PendingJournal> {
  const dir = await mkdtemp(join(tmpdir(), 'pos-journal-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return new PendingJournal(join(dir, 'pending.json'));
}

type Transport = 'tcp' | 'serial';

async function setup(transport: Transport, sim: ZvtSimulatorOptions = {}, ecrSerial: SerialChannelOptions = {}, journal?: PendingJournal) {
  const simulator = new ZvtTerminalSimulator({ stepDelayMs: 1, ...sim });
  cleanups.push(() => simulator.close());
  let uri: string;
  if (transport === 'tcp') uri = `tcp://127.0.0.1:${await simulator.listenTcp(0)}`;
  else {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    await simulator.openSerial(pty.b);
    uri = `serial:${pty.a}?baud=9600`;
  }
  const j = journal ?? (await tempJournal());
  const statuses: string[] = [];
  const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri, timeoutMs: 1500 }, j, {
    onStatus: (_p, m) => statuses.push(m),
    // Frame ACK timeout well above scheduling jitter on a busy machine: a late ACK would cause a retransmission.
    ecr: { ackTimeoutMs: 2000, abortGraceMs: 2000, serial: { ackTimeoutMs: 1000, ...ecrSerial } },
  });
  return { simulator, terminal, journal: j, statuses, uri };
}

describe.each(['tcp', 'serial'] as const)('card terminal over %s against the ZVT simulator', (transport) => {
  it('card sale approved with slip lines, then reversed', async () => {
    const { terminal, simulator, statuses, journal } = await setup(transport);
    const r = await terminal.authorize({ paymentId: 'pay_1', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        approved: true,
        outcome: 'approved',
        amount: 1010,
        currency: 'EUR',
        resultCode: 0,
        receiptNumber: 1,
        terminalId: '52500001',
        cardName: 'girocard',
      },
    });
    if (!r.ok) return;
    expect(r.value.receiptLines).toContain('Betrag EUR 10,10');
    expect(r.value.receiptLines[0]).toBe('Kundenbeleg');
    expect(r.value.merchantLines[0]).toBe('Händlerbeleg');
    expect(r.value.maskedPan).toMatch(/^6726\*+1234$/);
    expect(statuses).toEqual(['Insert card', 'Please enter PIN']);
    expect(simulator.received[0]).toBe('06010a04000000001010490978');
    expect(await journal.list()).toEqual([]);

    const rev = await terminal.reverse({ paymentId: 'pay_1', receiptNumber: r.value.receiptNumber as number });
    expect(rev).toMatchObject({ ok: true, value: { approved: true, amount: 1010 } });
    expect(simulator.transactions[0]?.reversed).toBe(true);
    const again = await terminal.reverse({ paymentId: 'pay_1', receiptNumber: r.value.receiptNumber as number });
    expect(again).toMatchObject({ ok: true, value: { approved: false, outcome: 'declined' } });
  });

  it('declines when the cents are 51', async () => {
    const { terminal } = await setup(transport);
    expect(await terminal.authorize({ paymentId: 'pay_2', amount: 1251, currency: 'EUR' })).toMatchObject({
      ok: true,
      value: { approved: false, outcome: 'declined', resultCode: 5 },
    });
  });

  it('times out when the cents are 52: the ECR sends 06 B0 and nothing is charged', async () => {
    const { terminal, simulator, journal } = await setup(transport);
    const r = await terminal.authorize({ paymentId: 'pay_3', amount: 1252, currency: 'EUR' });
    expect(r).toMatchObject({ ok: true, value: { approved: false, outcome: 'timeout', resultCode: 0x6c } });
    expect(simulator.received).toContain('06b00100');
    expect(simulator.transactions).toEqual([]);
    expect(await journal.list()).toEqual([]);
  });

  it('customer abort when the cents are 53', async () => {
    const { terminal } = await setup(transport);
    expect(await terminal.authorize({ paymentId: 'pay_4', amount: 1253, currency: 'EUR' })).toMatchObject({
      ok: true,
      value: { approved: false, outcome: 'aborted' },
    });
  });
});

describe('card terminal edge cases', () => {
  it('till-side abort (06 B0) ends a waiting authorization as aborted', async () => {
    const { terminal, simulator } = await setup('tcp');
    const pending = terminal.authorize({ paymentId: 'pay_5', amount: 5052, currency: 'EUR' });
    // The terminal has the authorization (06 01) and waits for a card: the abort goes to it.
    await expect.poll(() => simulator.received.some((hex) => hex.startsWith('0601'))).toBe(true);
    expect(terminal.abort()).toEqual({ sent: true });
    expect(await pending).toMatchObject({ ok: true, value: { outcome: 'aborted' } });
    expect(simulator.received).toContain('06b00100');
    expect(terminal.abort()).toEqual({ sent: false });
  });

  it('refund and end of day', async () => {
    const { terminal } = await setup('tcp');
    expect((await terminal.authorize({ paymentId: 'p1', amount: 2000, currency: 'EUR' })).ok).toBe(true);
    expect(await terminal.refund({ paymentId: 'p2', amount: 500, currency: 'EUR' })).toMatchObject({ ok: true, value: { approved: true, amount: 500 } });
    const eod = await terminal.endOfDay();
    expect(eod).toMatchObject({ ok: true, value: { success: true, totalAmount: 1500 } });
    expect(eod.ok && eod.value.receiptLines).toContain('Summe EUR 15,00');
    expect(await terminal.test()).toMatchObject({ ok: true, value: { success: true } });
  });

  it('retransmits after NAKs and after a corrupted CRC (serial)', async () => {
    // The simulator NAKs our first two frames; our ECR sends its first frame... and the simulator corrupts its first two.
    const logs: string[] = [];
    const { terminal } = await setup('serial', { serial: { nakFrames: 2, corruptFrames: 2 } }, { log: (l) => logs.push(l) });
    const r = await terminal.authorize({ paymentId: 'pay_6', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: true, value: { approved: true } });
    expect(logs.filter((l) => l.startsWith('NAK for frame'))).toHaveLength(2);
    expect(logs.filter((l) => l === 'bad frame: CRC mismatch → NAK')).toHaveLength(2);
  });

  it('gives up after 3 retransmissions with a clean error', async () => {
    const { terminal, journal } = await setup('serial', { serial: { nakFrames: 10 } });
    const r = await terminal.authorize({ paymentId: 'pay_7', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: false, error: { code: 'outcome_unknown', details: { cause: 'device_timeout' } } });
    expect((await journal.list()).map((p) => p.paymentId)).toEqual(['pay_7']);
  });

  it.each(['tcp', 'serial'] as const)('terminal gone mid-payment (%s): clean error, journal kept, restart resolves it as not charged', async (transport) => {
    const journal = await tempJournal();
    const first = await setup(transport, { dropMidPayment: 'before-charge' }, {}, journal);
    const r = await first.terminal.authorize({ paymentId: 'pay_8', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect((await journal.list()).map((p) => p.paymentId)).toEqual(['pay_8']);
    // "Restart": a fresh terminal object on the same journal, against a terminal that never charged.
    const second = await setup('tcp', {}, {}, journal);
    expect(await second.terminal.resolvePending()).toEqual({
      ok: true,
      value: { resolved: [{ paymentId: 'pay_8', amount: 1010, resolution: 'not_charged', message: 'the terminal has no charge for this payment' }] },
    });
    expect(await journal.list()).toEqual([]);
  });

  it('pulling the serial cable mid-payment (socat killed) ends with a clean error, no hang', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    const simulator = new ZvtTerminalSimulator({ stepDelayMs: 1 });
    cleanups.push(() => simulator.close());
    await simulator.openSerial(pty.b);
    const journal = await tempJournal();
    const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri: `serial:${pty.a}`, timeoutMs: 1500 }, journal, {
      ecr: { ackTimeoutMs: 1000, abortGraceMs: 1000, serial: { ackTimeoutMs: 1000 } },
    });
    // 52 cents: the terminal waits for a card, so the dialogue is mid-way when the cable goes.
    const pending = terminal.authorize({ paymentId: 'pay_cable', amount: 1252, currency: 'EUR' });
    await expect.poll(() => simulator.received.length).toBeGreaterThanOrEqual(2);
    await pty.unplug();
    const r = await pending;
    expect(r).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    expect((await journal.list()).map((p) => p.paymentId)).toEqual(['pay_cable']);
  });

  it('crash after the card was charged: restart reverses the charge, never a double charge', async () => {
    const journal = await tempJournal();
    const { terminal, simulator } = await setup('tcp', {}, {}, journal);
    expect((await terminal.authorize({ paymentId: 'earlier', amount: 1010, currency: 'EUR' })).ok).toBe(true);
    // Same simulator (same card batch), but this time the line drops after the charge.
    (simulator as unknown as { options: { dropMidPayment?: string } }).options.dropMidPayment = 'after-charge';
    const r = await terminal.authorize({ paymentId: 'pay_9', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    (simulator as unknown as { options: { dropMidPayment?: string } }).options.dropMidPayment = undefined;
    const resolved = await terminal.resolvePending();
    expect(resolved).toMatchObject({ ok: true, value: { resolved: [{ paymentId: 'pay_9', resolution: 'reversed' }] } });
    expect(simulator.transactions.map((t) => [t.kind, t.receiptNumber, t.reversed])).toEqual([
      ['authorization', 1, false],
      ['authorization', 2, true],
      ['reversal', 3, false],
    ]);
    expect(await journal.list()).toEqual([]);
    // Resolving again touches nothing on the terminal and repeats the remembered answer.
    const txCount = simulator.transactions.length;
    expect(await terminal.resolvePending()).toMatchObject({ ok: true, value: { resolved: [{ paymentId: 'pay_9', resolution: 'reversed' }] } });
    expect(simulator.transactions.length).toBe(txCount);
  });

  it('unreachable or unconfigured terminals are error values and leave no pending entry', async () => {
    const journal = await tempJournal();
    const t = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri: 'tcp://127.0.0.1:1' }, journal);
    expect(await t.authorize({ paymentId: 'x', amount: 100, currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'device_unreachable' } });
    expect(await journal.list()).toEqual([]);
    const none = new CardTerminal(DEFAULT_HARDWARE_CONFIG.terminal, journal);
    expect(await none.authorize({ paymentId: 'x', amount: 100, currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'not_configured' } });
  });
});

describe('serial duplicates: a late ACK makes the terminal resend a frame', () => {
  it('the resent frames are acknowledged but not delivered twice (no repeated status, no doubled slip lines)', async () => {
    const logs: string[] = [];
    // Terminal frames: 0 = 80 00, 1 = 04 FF insert card, 2 = 04 FF PIN, 3/4 = slips, 5 = 04 0F, 6 = 06 0F.
    // Our ACK of frames 1 and 4 comes after the simulator's 300 ms ACK timeout, so it resends them.
    const { uri, journal } = await setup('serial', { serial: { ackTimeoutMs: 300 } });
    const statuses: string[] = [];
    // The dialogue timeout leaves room for the late ACKs (the cardholder is not the slow one here).
    const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri, timeoutMs: 20_000 }, journal, {
      onStatus: (_p, m) => statuses.push(m),
      ecr: { ackTimeoutMs: 2000, abortGraceMs: 2000, serial: { ackTimeoutMs: 1000, lateAckFrames: [1, 4], lateAckMs: 700, log: (l) => logs.push(l) } },
    });
    const r = await terminal.authorize({ paymentId: 'pay_dup', amount: 1010, currency: 'EUR' });
    expect(r).toMatchObject({ ok: true, value: { approved: true } });
    if (!r.ok) return;
    expect(logs.filter((l) => l.startsWith('duplicate frame'))).toHaveLength(2);
    expect(statuses).toEqual(['Insert card', 'Please enter PIN']);
    expect(r.value.receiptLines.filter((l) => l === 'Kundenbeleg')).toHaveLength(1);
    expect(r.value.receiptLines.filter((l) => l === 'Betrag EUR 10,10')).toHaveLength(1);
  });

  it('an equal APDU sent again after the peer took our answer is new, and is delivered', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    const open = async (path: string) => {
      const uri = parseDeviceUri(`serial:${path}`);
      if (!uri.ok) throw new Error(uri.error.message);
      const link = await openLink(uri.value);
      if (!link.ok) throw new Error(link.error.message);
      const ch = serialApduChannel(link.value, { ackTimeoutMs: 1000 });
      cleanups.push(() => ch.close());
      return ch;
    };
    const terminalSide = await open(pty.b);
    const ecrSide = await open(pty.a);
    const blankLine = Uint8Array.of(0x06, 0xd1, 0x01, 0x00);
    for (let i = 0; i < 2; i++) {
      expect((await terminalSide.send(blankLine)).ok).toBe(true);
      const got = await ecrSide.receive(2000);
      expect(got.ok && got.value && Buffer.from(got.value).toString('hex')).toBe('06d10100');
      expect((await ecrSide.send(ACK_APDU)).ok).toBe(true);
      expect(await terminalSide.receive(2000)).toMatchObject({ ok: true, value: ACK_APDU });
    }
  });
});

describe.each(['tcp', 'serial'] as const)('till-side abort (06 B0) over %s', (transport) => {
  it('Cancel while the terminal waits for a card ends as aborted, nothing charged, journal clear', async () => {
    const { terminal, simulator, journal } = await setup(transport);
    expect(terminal.abort()).toEqual({ sent: false });
    const pending = terminal.authorize({ paymentId: 'pay_cancel', amount: 5052, currency: 'EUR' });
    // Wait until the terminal is in the dialogue (it has the authorization), then press Cancel.
    await expect.poll(() => simulator.received.length).toBeGreaterThanOrEqual(2);
    expect(terminal.abort()).toEqual({ sent: true });
    // A second press while the abort is under way sends nothing more.
    expect(terminal.abort()).toEqual({ sent: true });
    expect(await pending).toMatchObject({ ok: true, value: { approved: false, outcome: 'aborted', resultCode: 0x6c } });
    expect(simulator.received.filter((h) => h === '06b00100')).toHaveLength(1);
    expect(simulator.transactions).toEqual([]);
    expect(await journal.list()).toEqual([]);
    expect(terminal.abort()).toEqual({ sent: false });
    // The terminal is free again: the next payment goes through.
    expect(await terminal.authorize({ paymentId: 'pay_next', amount: 1010, currency: 'EUR' })).toMatchObject({ ok: true, value: { approved: true } });
  });

  it('Cancel pressed right after the request (before the terminal acknowledged it) still aborts', async () => {
    const { terminal, simulator } = await setup(transport);
    const pending = terminal.authorize({ paymentId: 'pay_early', amount: 5052, currency: 'EUR' });
    await expect.poll(() => terminal.abort().sent).toBe(true);
    expect(await pending).toMatchObject({ ok: true, value: { outcome: 'aborted' } });
    expect(simulator.transactions).toEqual([]);
  });

  it('Cancel pressed with the request (still journaling, or connecting) aborts; no later payment is affected', async () => {
    const { terminal, simulator, journal } = await setup(transport);
    // Abort in the same tick as the request: the payment is still being journaled.
    const pending = terminal.authorize({ paymentId: 'pay_instant', amount: 5052, currency: 'EUR' });
    expect(terminal.abort()).toEqual({ sent: true });
    expect(await pending).toMatchObject({ ok: true, value: { approved: false, outcome: 'aborted', resultCode: 0x6c } });
    expect(simulator.transactions).toEqual([]);
    expect(await journal.list()).toEqual([]);
    // A second request while the first is starting is refused, not queued behind it.
    const first = terminal.authorize({ paymentId: 'pay_one', amount: 1010, currency: 'EUR' });
    expect(await terminal.authorize({ paymentId: 'pay_two', amount: 1010, currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'terminal_busy' } });
    // The abort was spent on its payment: the next one is charged normally.
    expect(await first).toMatchObject({ ok: true, value: { approved: true } });
    expect(simulator.transactions).toHaveLength(1);
  });
});

describe('resolving pending payments one by one', () => {
  it('resolves only the payment asked about; the others stay pending; asking again repeats the answer', async () => {
    const journal = await tempJournal();
    const broken = await setup('tcp', { dropMidPayment: 'before-charge' }, {}, journal);
    for (const id of ['pay_a', 'pay_b']) {
      expect(await broken.terminal.authorize({ paymentId: id, amount: 1010, currency: 'EUR' })).toMatchObject({
        ok: false,
        error: { code: 'outcome_unknown' },
      });
    }
    const { terminal, simulator } = await setup('tcp', {}, {}, journal);
    expect(await terminal.resolvePayment('pay_a')).toEqual({
      ok: true,
      value: { resolved: { paymentId: 'pay_a', amount: 1010, resolution: 'not_charged', message: 'the terminal has no charge for this payment' } },
    });
    expect((await journal.list()).map((p) => p.paymentId)).toEqual(['pay_b']);
    const asked = simulator.received.length;
    expect(await terminal.resolvePayment('pay_a')).toMatchObject({ ok: true, value: { resolved: { paymentId: 'pay_a', resolution: 'not_charged' } } });
    expect(simulator.received.length).toBe(asked);
    expect(await terminal.resolvePayment('pay_nope')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await terminal.resolvePayment('pay_b')).toMatchObject({ ok: true, value: { resolved: { paymentId: 'pay_b', resolution: 'not_charged' } } });
    expect(await journal.list()).toEqual([]);
  });

  it('a charged payment resolved on its own is reversed and its reversal slip printed', async () => {
    const journal = await tempJournal();
    const slips: string[][] = [];
    const { simulator, uri } = await setup('tcp', {}, {}, journal);
    const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri, timeoutMs: 1500 }, journal, {
      ecr: { ackTimeoutMs: 2000, abortGraceMs: 2000 },
      printSlip: async (customer, merchant) => {
        slips.push(customer, merchant);
        return { ok: true, value: undefined };
      },
    });
    (simulator as unknown as { options: { dropMidPayment?: string } }).options.dropMidPayment = 'after-charge';
    expect(await terminal.authorize({ paymentId: 'pay_c', amount: 2020, currency: 'EUR' })).toMatchObject({ ok: false, error: { code: 'outcome_unknown' } });
    (simulator as unknown as { options: { dropMidPayment?: string } }).options.dropMidPayment = undefined;
    expect(await terminal.resolvePayment('pay_c')).toMatchObject({ ok: true, value: { resolved: { paymentId: 'pay_c', resolution: 'reversed' } } });
    expect(slips.flat()).toContain('Storno');
  });
});

describe.each(['tcp', 'serial'] as const)('refund (06 31) and reversal (06 30) slips over %s', (transport) => {
  it('are printed by the hardware layer when asked: customer and merchant copy', async () => {
    const { uri, simulator } = await setup(transport);
    const slips: { customer: string[]; merchant: string[] }[] = [];
    const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri, timeoutMs: 1500 }, await tempJournal(), {
      ecr: { ackTimeoutMs: 2000, abortGraceMs: 2000, serial: { ackTimeoutMs: 1000 } },
      printSlip: async (customer, merchant) => {
        slips.push({ customer, merchant });
        return slips.length === 1 ? { ok: true, value: undefined } : { ok: false, error: { code: 'printer_not_ready', message: 'printer is out of paper' } };
      },
    });
    const refund = await terminal.refund({ paymentId: 'ref_1', amount: 500, currency: 'EUR', printSlip: true });
    expect(refund).toMatchObject({ ok: true, value: { approved: true, slipPrinted: true } });
    expect(simulator.received[0]?.startsWith('0631')).toBe(true);
    expect(slips[0]?.customer).toContain('Gutschrift');
    expect(slips[0]?.merchant[0]).toBe('Händlerbeleg');

    const sale = await terminal.authorize({ paymentId: 'pay_r', amount: 700, currency: 'EUR' });
    expect(sale.ok).toBe(true);
    if (!sale.ok) return;
    expect(slips).toHaveLength(1); // sale slips go on the sale receipt, not printed here
    const reversal = await terminal.reverse({ paymentId: 'pay_r', receiptNumber: sale.value.receiptNumber as number, printSlip: true });
    // Paper out: the reversal stands, the result says the slip did not print.
    expect(reversal).toMatchObject({ ok: true, value: { approved: true, slipPrinted: false, slipError: 'printer is out of paper' } });
    expect(simulator.received.some((h) => h.startsWith('0630'))).toBe(true);
    expect(slips[1]?.customer).toContain('Storno');
    // Without printSlip the till prints the slip itself (printer:print-document): nothing printed here.
    const quiet = await terminal.refund({ paymentId: 'ref_2', amount: 300, currency: 'EUR' });
    expect(quiet.ok && quiet.value.slipPrinted).toBeUndefined();
    expect(slips).toHaveLength(2);
  });
});
