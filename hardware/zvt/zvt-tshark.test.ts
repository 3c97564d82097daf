// Our ZVT-over-TCP bytes, captured live on loopback, must decode as ZVT in Wireshark's dissector.
import { afterEach, expect, it } from 'vitest';
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import net from 'node:net';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { ZvtTerminalSimulator } from '../simulators/zvt-terminal-simulator';
import { CardTerminal } from './card-terminal';
import { PendingJournal } from './pending-journal';

const run = promisify(execFile);
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

it('tshark dissects our TCP ZVT traffic (authorization 10.10 EUR and the terminal replies)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'pos-tshark-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const sim = new ZvtTerminalSimulator({ stepDelayMs: 1 });
  cleanups.push(() => sim.close());
  const port = await sim.listenTcp(0);
  const pcap = join(dir, 'zvt.pcap');

  // "Capturing on" is printed before dumpcap really captures: probe a second port until tshark shows the probe.
  const probe = net.createServer((s) => s.destroy());
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise((r) => probe.close(() => r(undefined))));
  const probePort = (probe.address() as net.AddressInfo).port;
  const tshark = spawn('tshark', ['-l', '-P', '-i', 'lo', '-f', `tcp port ${port} or tcp port ${probePort}`, '-w', pcap], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => tshark.once('exit', () => r()));
  cleanups.push(async () => {
    if (tshark.exitCode === null) tshark.kill('SIGKILL');
    await exited;
  });
  let seen = '';
  tshark.stdout.on('data', (c: Buffer) => (seen += c.toString()));
  let errText = '';
  tshark.stderr.on('data', (c: Buffer) => (errText += c.toString()));
  for (let i = 0; i < 100 && !seen.includes(String(probePort)); i++) {
    if (tshark.exitCode !== null) throw new Error(`tshark exited: ${errText}`);
    await new Promise<void>((r) =>
      net
        .connect(probePort, '127.0.0.1')
        .on('close', () => r())
        .on('error', () => r()),
    );
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(seen).toContain(String(probePort));

  const terminal = new CardTerminal({ ...DEFAULT_HARDWARE_CONFIG.terminal, uri: `tcp://127.0.0.1:${port}` }, new PendingJournal(join(dir, 'pending.json')));
  const r = await terminal.authorize({ paymentId: 'pay_t', amount: 1010, currency: 'EUR' });
  expect(r).toMatchObject({ ok: true, value: { approved: true } });
  await new Promise((res) => setTimeout(res, 300));
  tshark.kill('SIGINT');
  await exited;

  const { stdout } = await run(
    'tshark',
    [
      '-r',
      pcap,
      '-d',
      `tcp.port==${port},zvt`,
      '-Y',
      'zvt',
      '-T',
      'fields',
      '-e',
      'zvt.control_field',
      '-e',
      'zvt.amount',
      '-e',
      'zvt.result_code',
      '-e',
      'zvt.ccrc',
    ],
    { maxBuffer: 4 << 20 },
  );
  const rows = stdout
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const controls = rows.map((r) => r[0]);
  // 06 01 authorization carrying 1010 cents, the terminal's 80 00, status information 04 0F and completion 06 0F.
  expect(rows.find((r) => r[0] === '0x0601')?.[1]).toBe('1010');
  // Acknowledgements 80 00 00 are dissected as CCRC/APRC, both directions.
  expect(rows.filter((r) => r[3] === '0x80').length).toBeGreaterThanOrEqual(7);
  expect(controls).toContain('0x04ff');
  expect(controls).toContain('0x040f');
  expect(controls).toContain('0x060f');
  const verbose = (await run('tshark', ['-r', pcap, '-d', `tcp.port==${port},zvt`, '-Y', 'zvt', '-V'], { maxBuffer: 8 << 20 })).stdout;
  expect(verbose).toContain('ZVT Kassenschnittstelle');
  expect(verbose).not.toMatch(/Malformed Packet/);
});
