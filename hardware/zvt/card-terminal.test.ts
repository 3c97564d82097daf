import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { ZvtTerminalSimulator, type ZvtSimulatorOptions } from '../simulators/zvt-terminal-simulator';
import { createPtyPair } from '../testing/socat-pty';
import { CardTerminal } from './card-terminal';
import { PendingJournal } from './pending-journal';
import type { SerialChannelOptions } from './zvt-channel';

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
    expect(r).toMatchObject({ ok: true, value: { approved: true, outcome: 'approved', amount: 1010, currency: 'EUR', resultCode: 0, receiptNumber: 1, terminalId: '52500001', cardName: 'girocard' } });
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
    expect(await terminal.authorize({ paymentId: 'pay_2', amount: 1251, currency: 'EUR' })).toMatchObject({ ok: true, value: { approved: false, outcome: 'declined', resultCode: 5 } });
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
    expect(await terminal.authorize({ paymentId: 'pay_4', amount: 1253, currency: 'EUR' })).toMatchObject({ ok: true, value: { approved: false, outcome: 'aborted' } });
  });
});

describe('card terminal edge cases', () => {
  it('till-side abort (06 B0) ends a waiting authorization as aborted', async () => {
    const { terminal, simulator } = await setup('tcp');
    const pending = terminal.authorize({ paymentId: 'pay_5', amount: 5052, currency: 'EUR' });
    await new Promise((r) => setTimeout(r, 100));
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
    expect(await second.terminal.resolvePending()).toEqual({ ok: true, value: { resolved: [{ paymentId: 'pay_8', amount: 1010, resolution: 'not_charged', message: 'the terminal has no charge for this payment' }] } });
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
