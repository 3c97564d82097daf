// The SPEC §4 hardware commands as a technician runs them: simulators in one process, `hw` commands in another.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { DEFAULT_HARDWARE_CONFIG } from '../core/hardware-contract';
import { layoutReceipt, SAMPLE_RECEIPT_ORDER } from '../core/receipt-layout';
import { showOnDisplay } from '../hardware/display/pole-display';
import { PrinterDriver } from '../hardware/printer/printer-driver';
import { readScaleWeight } from '../hardware/scale/serial-scale';
import { createPtyPair } from '../hardware/testing/socat-pty';

interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

const procs: Proc[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const p of procs.splice(0)) {
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
    await p.exit;
  }
  while (cleanups.length) await cleanups.pop()?.();
});

function pos(args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): Proc {
  const child = spawn(process.execPath, ['bin/anywhere-pos.js', ...args], { cwd: process.cwd(), stdio: [stdin, 'pipe', 'pipe'] });
  let out = '';
  let errText = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (errText += c.toString()));
  const p: Proc = { child, stdout: () => out, stderr: () => errText, exit: new Promise((r) => child.once('exit', (code) => r(code))) };
  procs.push(p);
  return p;
}

async function listening(p: Proc): Promise<string> {
  await expect.poll(() => p.stdout().includes('"listening"') || p.child.exitCode !== null, { timeout: 20_000 }).toBe(true);
  return (JSON.parse(p.stdout().split('\n')[0] as string) as { listening: string }).listening;
}

// Each `pos` spawn compiles TypeScript on start (seconds on a busy machine), hence the generous timeout.
describe('hardware CLI', { timeout: 120_000 }, () => {
  it('sim printer + hw print-test --drawer: receipt text, cut and drawer lines on stdout', async () => {
    const sim = pos(['sim', 'printer', '--tcp', '0']);
    await expect.poll(() => sim.stderr(), { timeout: 20_000 }).toMatch(/listening on tcp:\/\/127\.0\.0\.1:\d+/);
    const uri = /listening on (tcp:\/\/\S+)/.exec(sim.stderr())?.[1] as string;
    const print = pos(['hw', 'print-test', '--printer', uri, '--drawer', '--json']);
    expect(await print.exit).toBe(0);
    expect(JSON.parse(print.stdout())).toMatchObject({ printed: true, drawer_opened: true });
    await expect.poll(() => sim.stdout()).toContain('--- drawer 0 ---');
    const lines = sim.stdout().split('\n');
    expect(lines).toContain('TOTAL                               €13.63');
    expect(lines.indexOf('--- cut ---')).toBeGreaterThan(lines.indexOf('TOTAL                               €13.63'));
    expect(lines).toContain('[barcode CODE128 A-1042]');
  });

  it('sim printer --json: one JSON object per receipt', async () => {
    const sim = pos(['sim', 'printer', '--tcp', '0', '--json']);
    const uri = await listening(sim);
    const r = await new PrinterDriver({ ...DEFAULT_HARDWARE_CONFIG.printer, uri }).print(layoutReceipt(SAMPLE_RECEIPT_ORDER, 42));
    expect(r.ok).toBe(true);
    await expect.poll(() => sim.stdout().split('\n').filter(Boolean).length).toBe(2);
    const receipt = JSON.parse(sim.stdout().split('\n')[1] as string) as { receipt: number; cut: boolean; text: string; problems: unknown[] };
    expect(receipt).toMatchObject({ receipt: 1, cut: true, problems: [] });
    expect(receipt.text).toContain('Café Müller');
  });

  it('sim terminal + hw pay: approved, declined, and a bad amount', async () => {
    const sim = pos(['sim', 'terminal', '--tcp', '0', '--delay', '1', '--json']);
    const uri = await listening(sim);
    const pay = pos(['hw', 'pay', '--terminal', uri, '--amount', '10.10']);
    expect(await pay.exit).toBe(0);
    const result = JSON.parse(pay.stdout()) as Record<string, unknown>;
    expect(result).toMatchObject({ approved: true, amount: 1010, currency: 'EUR', outcome: 'approved' });
    expect(result.receipt_lines).toContain('Betrag EUR 10,10');
    // These two run side by side to keep the test short.
    const declined = pos(['hw', 'pay', '--terminal', uri, '--amount', '10.51']);
    const bad = pos(['hw', 'pay', '--terminal', uri, '--amount', '10.105']);
    expect(await declined.exit).toBe(0);
    expect(JSON.parse(declined.stdout())).toMatchObject({ approved: false, outcome: 'declined' });
    expect(await bad.exit).toBe(1);
    expect(bad.stderr().trim().split('\n')).toEqual(['invalid amount "10.105" (use e.g. 10.10)']);
    expect(bad.stdout()).toBe('');
  });

  it('sim display prints both lines on every change (pty)', async () => {
    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    const sim = pos(['sim', 'display', '--serial', pty.b, '--json']);
    await listening(sim);
    expect((await showOnDisplay({ uri: `serial:${pty.a}`, idleMessage: '' }, { kind: 'total', amount: 1363, currency: 'EUR' })).ok).toBe(true);
    await expect.poll(() => sim.stdout()).toContain('{"line1":"TOTAL","line2":"              €13.63"}');
  });

  it('sim scale (Toledo and Dialog 06) over a pty: the driver reads the weight typed into the simulator', async () => {
    const toledoPty = await createPtyPair();
    cleanups.push(() => toledoPty.close());
    const toledo = pos(['sim', 'scale', '--serial', toledoPty.b, '--grams', '523', '--settle', '2', '--json']);
    expect(await listening(toledo)).toBe(`serial:${toledoPty.b}`);
    const fast = { answerTimeoutMs: 2000, pollMs: 20 };
    expect(await readScaleWeight(`serial:${toledoPty.a}`, 23, fast)).toEqual({ ok: true, value: { grossGrams: 523, tareGrams: 23, netGrams: 500 } });
    // Two "in motion" answers, then the weight: three requests, each logged.
    await expect.poll(() => toledo.stdout()).toContain('{"event":"weight request → 00523"}');
    expect(
      toledo
        .stdout()
        .split('\n')
        .filter((l) => l.includes('weight request')),
    ).toHaveLength(3);

    const pty = await createPtyPair();
    cleanups.push(() => pty.close());
    const dialog = pos(['sim', 'scale', '--serial', pty.b, '--protocol', 'dialog06', '--grams', '350', '--stdin', '--json'], 'pipe');
    await listening(dialog);
    expect(JSON.parse(dialog.stdout().split('\n')[0] as string)).toMatchObject({ simulator: 'scale', protocol: 'dialog06', grams: 350 });
    const uri = `serial:${pty.a}`;
    expect(await readScaleWeight(uri, 0, { ...fast, protocol: 'dialog06', pricePerKg: 1290 })).toEqual({
      ok: true,
      value: { grossGrams: 350, tareGrams: 0, netGrams: 350, scalePrice: 452 },
    });
    // Drive a new weight through stdin, as a technician would type it, and read it back.
    dialog.child.stdin?.write('1250\n');
    await expect.poll(() => dialog.stdout()).toContain('{"event":"scale: 1250 g"}');
    expect(await readScaleWeight(uri, 50, { ...fast, protocol: 'dialog06', pricePerKg: 1290 })).toMatchObject({
      ok: true,
      value: { grossGrams: 1250, netGrams: 1200, scalePrice: 1548 },
    });
    expect(dialog.stdout()).toContain('{"event":"record 03 → ACK"}');
    dialog.child.stdin?.write('silent\n');
    await expect.poll(() => dialog.stdout()).toContain('silent"}');
    expect(await readScaleWeight(uri, 0, { answerTimeoutMs: 300, protocol: 'dialog06' })).toMatchObject({ ok: false, error: { code: 'device_timeout' } });
    dialog.child.stdin?.write('flip\n');
    await expect.poll(() => dialog.stdout()).toContain('unknown command \\"flip\\"');
  });

  it('sim scale refuses an unknown protocol with one line', async () => {
    const p = pos(['sim', 'scale', '--serial', '/dev/null', '--protocol', 'acme']);
    expect(await p.exit).toBe(1);
    expect(p.stderr().trim()).toBe('sim scale: --protocol must be toledo or dialog06, got acme');
  });

  it('sim printer without --tcp or --serial fails with one line', async () => {
    const p = pos(['sim', 'printer']);
    expect(await p.exit).toBe(1);
    expect(p.stderr().trim()).toBe('give exactly one of --tcp PORT or --serial PATH');
  });
});
