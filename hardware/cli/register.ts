// CLI commands for hardware (SPEC §4): `sim printer|terminal|display|scale` run the simulators, `hw print-test`
// and `hw pay` drive a real (or simulated) device. Mounted by the main CLI via registerHardwareCommands().
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DEFAULT_HARDWARE_CONFIG } from '../../core/hardware-contract';
import { layoutReceipt, SAMPLE_RECEIPT_ORDER } from '../../core/receipt-layout';
import { PrinterDriver } from '../printer/printer-driver';
import { PoleDisplaySimulator } from '../simulators/pole-display-simulator';
import { PrinterSimulator } from '../simulators/printer-simulator';
import { ScaleSimulator } from '../simulators/scale-simulator';
import { ZvtTerminalSimulator } from '../simulators/zvt-terminal-simulator';
import { CardTerminal } from '../zvt/card-terminal';
import { PendingJournal } from '../zvt/pending-journal';

interface Out {
  json: boolean;
  line(text: string): void;
  object(value: unknown): void;
  fail(message: string): void;
}

function output(cmd: Command): Out {
  const json = Boolean(cmd.optsWithGlobals().json);
  return {
    json,
    line: (text) => void process.stdout.write(`${text}\n`),
    object: (value) => void process.stdout.write(`${JSON.stringify(value)}\n`),
    fail(message) {
      process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
      process.exitCode = 1;
    },
  };
}

/** "10.10" → 1010; strict: at most two decimals, no signs or exponents. */
export function parseAmount(text: string): number | null {
  const m = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid port ${text}`);
  return n;
}

/** Keeps a simulator running until Ctrl-C / SIGTERM, then closes it. */
function runUntilSignal(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `sim scale --stdin`: a technician (or a test) changes what lies on the scale while it runs. */
function controlScaleFromStdin(scale: ScaleSimulator, log: (line: string) => void): () => void {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (raw) => {
    const [word = '', arg] = raw.trim().split(/\s+/);
    const n = Number(arg ?? word);
    if (/^-?\d+$/.test(word)) scale.grams = n;
    else if (word === 'motion' && Number.isInteger(n) && n >= 0) scale.motionAnswers = n;
    else if (word === 'garble' && Number.isInteger(n) && n >= 0) scale.garbledAnswers = n;
    else if (word === 'silent' || word === 'answer') scale.silent = word === 'silent';
    else if (word !== '') {
      log(`unknown command "${raw.trim()}" (GRAMS, motion N, garble N, silent, answer)`);
      return;
    }
    if (word !== '') log(`scale: ${scale.grams} g${scale.silent ? ', silent' : ''}`);
  });
  return () => {
    lines.close();
    process.stdin.destroy();
  };
}

function exactlyOne(opts: { tcp?: string; serial?: string }, out: Out): boolean {
  if ((opts.tcp === undefined) === (opts.serial === undefined)) {
    out.fail('give exactly one of --tcp PORT or --serial PATH');
    return false;
  }
  return true;
}

export function registerHardwareCommands(program: Command): void {
  const sim = program.command('sim').description('run a hardware simulator (ESC/POS printer, ZVT card terminal, pole display)');

  sim
    .command('printer')
    .description('ESC/POS printer simulator: prints decoded receipts, "--- cut ---" and "--- drawer N ---" lines')
    .option('--tcp <port>', 'listen on this TCP port (0 = any free port)')
    .option('--serial <path>', 'open this serial port (e.g. one end of a socat pty pair)')
    .option('--out <dir>', 'write receipt-NNNN.txt and .html copies here')
    .option('--png', 'with --out: also a receipt-NNNN.png (uses the installed Chromium)')
    .option('--width <columns>', 'paper width in characters', '42')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { tcp?: string; serial?: string; out?: string; png?: boolean; width: string }, cmd: Command) => {
      const out = output(cmd);
      if (!exactlyOne(opts, out)) return;
      const printer = new PrinterSimulator({
        width: Number(opts.width) || 42,
        outDir: opts.out,
        png: opts.png === true,
        output: out.json ? undefined : out.line,
        onReceipt: out.json ? (r) => out.object({ receipt: r.index, cut: r.cut, text: r.text, problems: r.problems }) : undefined,
      });
      try {
        let where: string;
        if (opts.tcp !== undefined) where = `tcp://127.0.0.1:${await printer.listenTcp(parsePort(opts.tcp))}`;
        else {
          await printer.openSerial(opts.serial as string);
          where = `serial:${opts.serial}`;
        }
        if (out.json) out.object({ simulator: 'printer', listening: where });
        else process.stderr.write(`printer simulator listening on ${where}\n`);
        await runUntilSignal(() => printer.close());
      } catch (e) {
        await printer.close();
        out.fail(`sim printer: ${e instanceof Error ? e.message : String(e)}`);
      }
    });

  sim
    .command('terminal')
    .description('ZVT card terminal simulator (cents 51 decline, 52 timeout, 53 customer abort, 54 card unreadable)')
    .option('--tcp <port>', 'listen on this TCP port (ZVT uses 20007; 0 = any free port)')
    .option('--serial <path>', 'open this serial port')
    .option('--delay <ms>', 'pause between terminal messages, like a cardholder', '300')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { tcp?: string; serial?: string; delay: string }, cmd: Command) => {
      const out = output(cmd);
      if (!exactlyOne(opts, out)) return;
      const terminal = new ZvtTerminalSimulator({
        stepDelayMs: Math.max(0, Number(opts.delay) || 0),
        output: (l) => (out.json ? out.object({ event: l }) : out.line(l)),
      });
      try {
        let where: string;
        if (opts.tcp !== undefined) where = `tcp://127.0.0.1:${await terminal.listenTcp(parsePort(opts.tcp))}`;
        else {
          await terminal.openSerial(opts.serial as string);
          where = `serial:${opts.serial}`;
        }
        if (out.json) out.object({ simulator: 'terminal', listening: where });
        else process.stderr.write(`card terminal simulator listening on ${where}\n`);
        await runUntilSignal(() => terminal.close());
      } catch (e) {
        await terminal.close();
        out.fail(`sim terminal: ${e instanceof Error ? e.message : String(e)}`);
      }
    });

  sim
    .command('scale')
    .description('serial scale simulator: Toledo 8217 style (W → weight, ? status while it settles) or Dialog 06 (unit price, EOT ENQ)')
    .requiredOption('--serial <path>', 'open this serial port')
    .option('--protocol <name>', 'toledo or dialog06', 'toledo')
    .option('--grams <g>', 'weight on the scale in grams (negative = under zero, above 15000 = over capacity)', '1234')
    .option('--settle <n>', 'answer the first N requests with "in motion"', '0')
    .option('--stdin', 'read commands from stdin, one per line: GRAMS (put that weight on), motion N, garble N, silent, answer')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { serial: string; protocol: string; grams: string; settle: string; stdin?: boolean }, cmd: Command) => {
      const out = output(cmd);
      const grams = Number(opts.grams);
      if (!Number.isInteger(grams)) return out.fail(`sim scale: --grams must be a whole number of grams, got ${opts.grams}`);
      if (opts.protocol !== 'toledo' && opts.protocol !== 'dialog06') return out.fail(`sim scale: --protocol must be toledo or dialog06, got ${opts.protocol}`);
      const log = (l: string) => (out.json ? out.object({ event: l }) : out.line(l));
      const scale = new ScaleSimulator({ grams, protocol: opts.protocol, output: log });
      scale.motionAnswers = Math.max(0, Number(opts.settle) || 0);
      try {
        await scale.openSerial(opts.serial);
        if (out.json) out.object({ simulator: 'scale', listening: `serial:${opts.serial}`, protocol: opts.protocol, grams });
        else process.stderr.write(`scale simulator (${opts.protocol}) on serial:${opts.serial} (${grams} g)\n`);
        const stopControl = opts.stdin ? controlScaleFromStdin(scale, log) : () => {};
        await runUntilSignal(() => {
          stopControl();
          return scale.close();
        });
      } catch (e) {
        await scale.close();
        out.fail(`sim scale: ${e instanceof Error ? e.message : String(e)}`);
      }
    });

  sim
    .command('display')
    .description('pole display simulator (Epson 2×20): prints both lines on every change')
    .requiredOption('--serial <path>', 'open this serial port')
    .option('--json', 'one JSON object per line')
    .action(async (opts: { serial: string }, cmd: Command) => {
      const out = output(cmd);
      const display = new PoleDisplaySimulator((lines) => {
        if (out.json) out.object({ line1: lines[0], line2: lines[1] });
        else out.line(`[${lines[0].padEnd(20)}]\n[${lines[1].padEnd(20)}]`);
      });
      try {
        await display.openSerial(opts.serial);
        if (out.json) out.object({ simulator: 'display', listening: `serial:${opts.serial}` });
        else process.stderr.write(`pole display simulator on serial:${opts.serial}\n`);
        await runUntilSignal(() => display.close());
      } catch (e) {
        await display.close();
        out.fail(`sim display: ${e instanceof Error ? e.message : String(e)}`);
      }
    });

  const hw = program.command('hw').description('test a real receipt printer or card terminal from the shell');

  hw.command('print-test')
    .description('print the sample receipt (URI tcp://HOST:PORT, serial:PATH?baud=N or file:PATH)')
    .requiredOption('--printer <uri>', 'printer URI')
    .option('--drawer', 'kick the cash drawer after printing')
    .option('--width <columns>', '42 (80 mm paper) or 32 (58 mm)', '42')
    .option('--json', 'machine-readable output')
    .action(async (opts: { printer: string; drawer?: boolean; width: string }, cmd: Command) => {
      const out = output(cmd);
      const width = opts.width === '32' ? 32 : 42;
      const driver = new PrinterDriver({ ...DEFAULT_HARDWARE_CONFIG.printer, uri: opts.printer, width, drawer: true });
      const r = await driver.print(layoutReceipt(SAMPLE_RECEIPT_ORDER, width), { openDrawer: opts.drawer === true });
      if (!r.ok) return out.fail(`print failed (${r.error.code}): ${r.error.message}`);
      if (out.json) out.object({ printed: true, bytes: r.value.bytes, drawer_opened: r.value.drawerOpened });
      else out.line(`printed the sample receipt (${r.value.bytes} bytes)${r.value.drawerOpened ? ', drawer kicked' : ''}`);
    });

  hw.command('pay')
    .description('one ZVT authorization (URI tcp://HOST:PORT or serial:PATH?baud=N); prints the result as JSON')
    .requiredOption('--terminal <uri>', 'card terminal URI')
    .requiredOption('--amount <amount>', 'amount, e.g. 10.10')
    .option('--currency <code>', 'ISO currency code', 'EUR')
    .option('--timeout <seconds>', 'cardholder timeout', '120')
    .option('--json', 'machine-readable output (the default for this command)')
    .action(async (opts: { terminal: string; amount: string; currency: string; timeout: string }, cmd: Command) => {
      const out = output(cmd);
      const amount = parseAmount(opts.amount);
      if (amount === null || amount <= 0) return out.fail(`invalid amount "${opts.amount}" (use e.g. 10.10)`);
      const currency = opts.currency.toUpperCase();
      // A shell test has no till to resolve a crash later; its journal lives only for this run.
      const dir = await mkdtemp(join(tmpdir(), 'pos-hw-pay-'));
      try {
        const terminal = new CardTerminal(
          { ...DEFAULT_HARDWARE_CONFIG.terminal, uri: opts.terminal, currency, timeoutMs: Math.max(1, Number(opts.timeout) || 120) * 1000 },
          new PendingJournal(join(dir, 'pending.json')),
          { onStatus: (_p, m) => process.stderr.write(`terminal: ${m}\n`) },
        );
        let r;
        try {
          r = await terminal.authorize({ paymentId: `cli_${Date.now()}`, amount, currency });
        } catch (e) {
          return out.fail(`payment failed: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (!r.ok) return out.fail(`payment failed (${r.error.code}): ${r.error.message}`);
        const v = r.value;
        out.object({
          approved: v.approved,
          outcome: v.outcome,
          amount: v.amount,
          currency: v.currency,
          result_code: v.resultCode,
          message: v.message,
          receipt_number: v.receiptNumber,
          trace_number: v.traceNumber,
          terminal_id: v.terminalId,
          auth_code: v.authCode,
          card_name: v.cardName,
          masked_pan: v.maskedPan,
          receipt_lines: v.receiptLines,
          merchant_receipt_lines: v.merchantLines,
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
}
