// The one implementation of core's HardwareApi: printer, drawer, card terminal, display and scanner behind
// typed handlers. Electron IPC and the hardware bridge both serve it through `dispatchHardware`.
import {
  DEFAULT_HARDWARE_CONFIG,
  HardwareConfigSchema,
  isHardwareChannel,
  validateHardwareArgs,
  type HardwareApi,
  type HardwareConfig,
  type HardwareEventName,
  type HardwareEvents,
  type HardwareResults,
  type PrinterStatus,
} from '../core/hardware-contract';
import { layoutDocument } from '../core/print-documents';
import { layoutReceipt, wrapText, type ReceiptBlock, type ReceiptWidth } from '../core/receipt-layout';
import { err, ok, toAppError, type Result } from '../core/result';
import { checkBridgeConfig, listAddresses } from './bridge/lan-bridge';
import { listSerialPorts } from './device-link';
import { showOnDisplay } from './display/pole-display';
import { createJsonFileStore, type JsonFileStore } from './json-file-store';
import { PrinterDriver } from './printer/printer-driver';
import { readScaleWeight, type ScaleOptions } from './scale/serial-scale';
import { SerialScanner } from './scanner/serial-scanner';
import { CardTerminal } from './zvt/card-terminal';
import { PendingJournal } from './zvt/pending-journal';
import type { ZvtEcrOptions } from './zvt/zvt-ecr';

export interface HardwareServiceOptions {
  /** Device settings file (JSON). */
  configFile: string;
  /** Pending card payment journal (JSON). */
  journalFile: string;
  /** Settings used when the file does not exist yet. */
  initialConfig?: HardwareConfig;
  log?: (line: string) => void;
  /** Protocol timing overrides (tests). */
  ecr?: Partial<ZvtEcrOptions>;
  /** Adjusts the stored settings for this run only (e.g. device URIs of npm start's simulators); not saved. */
  configOverride?: (config: HardwareConfig) => HardwareConfig;
  /** Poll the printer's status this often and emit `printer:status` when it changes (0 = off). */
  printerPollMs?: number;
  /**
   * Applies settings that live outside the service (the LAN bridge) after `hardware:set-config` saved them;
   * an error is returned to the till (the settings stay saved).
   */
  onConfigChange?: (config: HardwareConfig) => Promise<Result<unknown>>;
  /** Scale timing overrides (tests). */
  scale?: ScaleOptions;
}

type Listener = (payload: unknown) => void;

export interface HardwareService {
  api: HardwareApi;
  on<E extends HardwareEventName>(event: E, listener: (payload: HardwareEvents[E]) => void): () => void;
  close(): Promise<void>;
}

const TEST_SLIP: ReceiptBlock[] = [
  { type: 'text', text: 'Anywhere POS', align: 'center', bold: true, double: true },
  { type: 'text', text: 'Printer test: € £ ä ö ü ß é ñ', align: 'center', bold: false, double: false },
  { type: 'cut' },
];

/** A refund or reversal slip from the terminal: customer copy, cut, merchant copy, cut (empty copies left out). */
export function terminalSlipBlocks(customer: string[], merchant: string[], width: ReceiptWidth): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [];
  for (const copy of [customer, merchant]) {
    if (copy.length === 0) continue;
    for (const line of copy) for (const l of wrapText(line, width)) blocks.push({ type: 'text', text: l, align: 'left', bold: false, double: false });
    blocks.push({ type: 'cut' });
  }
  return blocks;
}

export async function createHardwareService(options: HardwareServiceOptions): Promise<HardwareService> {
  const store: JsonFileStore<HardwareConfig> = createJsonFileStore(options.configFile, HardwareConfigSchema, options.initialConfig ?? DEFAULT_HARDWARE_CONFIG);
  const journal = new PendingJournal(options.journalFile);
  const listeners = new Map<string, Set<Listener>>();
  const emit = <E extends HardwareEventName>(event: E, payload: HardwareEvents[E]) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };

  const override = options.configOverride ?? ((c: HardwareConfig) => c);
  let config = override(await store.read());
  let terminal = newTerminal(config);
  // After a settings change mid-payment the running dialogue lives on the previous terminal object.
  let previousTerminal: CardTerminal | null = null;
  let scanner: SerialScanner | null = null;

  function newTerminal(c: HardwareConfig): CardTerminal {
    return new CardTerminal(c.terminal, journal, {
      onStatus: (paymentId, message) => emit('terminal:status', { paymentId, message }),
      ecr: options.ecr,
      printSlip: (customer, merchant) =>
        config.printer.uri
          ? onPrinter((p) => p.print(terminalSlipBlocks(customer, merchant, config.printer.width)))
          : Promise.resolve(err('not_configured', 'no printer configured for the terminal slip')),
    });
  }

  async function startScanner(): Promise<void> {
    await scanner?.stop();
    scanner = null;
    if (!config.scanner.uri) return;
    scanner = new SerialScanner(
      config.scanner.uri,
      (code) => emit('scanner:scan', { code, at: new Date().toISOString() }),
      (e) => options.log?.(`scanner: ${e.message}`),
    );
    const failure = await scanner.start();
    if (failure) options.log?.(`scanner: ${failure.message}`);
  }
  await startScanner();

  // One printer job at a time: a TCP printer takes one connection, and a serial port one opener.
  let printerQueue: Promise<unknown> = Promise.resolve();
  const onPrinter = <T>(job: (driver: PrinterDriver) => Promise<T>): Promise<T> => {
    const run = printerQueue.then(() => job(new PrinterDriver(config.printer)));
    printerQueue = run.catch(() => {});
    return run;
  };

  // Paper out / cover open reach the till even when nobody prints: poll, and emit on change only.
  let lastStatus = '';
  const poll = async () => {
    if (!config.printer.uri) return;
    const r = await onPrinter((p) => p.status());
    const status: PrinterStatus = r.ok ? r.value : { online: false, paperOut: false, paperNearEnd: false, coverOpen: false, drawerOpen: null };
    const key = JSON.stringify(status);
    if (key !== lastStatus) {
      lastStatus = key;
      emit('printer:status', status);
    }
  };
  const pollTimer = options.printerPollMs ? setInterval(() => void poll(), options.printerPollMs) : null;

  const reportPrinter = (r: Result<unknown>) => {
    if (!r.ok && r.error.details && typeof r.error.details.status === 'object') emit('printer:status', r.error.details.status as PrinterStatus);
    return r;
  };

  const api: HardwareApi = {
    async 'printer:print-receipt'({ order, openDrawer }) {
      const blocks = layoutReceipt(order, config.printer.width);
      return reportPrinter(await onPrinter((p) => p.print(blocks, { openDrawer: openDrawer === true }))) as Result<HardwareResults['printer:print-receipt']>;
    },
    async 'printer:print-document'({ document, openDrawer }) {
      const blocks = layoutDocument(document, config.printer.width);
      return reportPrinter(await onPrinter((p) => p.print(blocks, { openDrawer: openDrawer === true }))) as Result<HardwareResults['printer:print-document']>;
    },
    async 'printer:status'() {
      const r = await onPrinter((p) => p.status());
      if (r.ok) emit('printer:status', r.value);
      return r;
    },
    'drawer:open': () => onPrinter((p) => p.openDrawer()),
    'terminal:authorize': (args) => terminal.authorize(args),
    'terminal:abort': async () => ok(previousTerminal?.abort().sent ? { sent: true } : terminal.abort()),
    'terminal:reverse': (args) => terminal.reverse(args),
    'terminal:refund': (args) => terminal.refund(args),
    'terminal:end-of-day': () => terminal.endOfDay(),
    'terminal:resolve-pending': () => terminal.resolvePending(),
    'terminal:resolve-payment': ({ paymentId }) => terminal.resolvePayment(paymentId),
    'display:show': (args) => showOnDisplay(config.display, args),
    'scale:read-weight': ({ tareGrams, pricePerKg }) =>
      readScaleWeight(config.scale?.uri ?? '', tareGrams ?? 0, { ...options.scale, protocol: config.scale?.protocol ?? 'toledo', pricePerKg }),
    'scanner:status': async () => ok({ configured: config.scanner.uri !== '', connected: scanner?.connected ?? false }),
    'hardware:get-config': async () => ok(config),
    async 'hardware:set-config'(next) {
      const bridgeOk = checkBridgeConfig(next.bridge);
      if (!bridgeOk.ok) return bridgeOk;
      await store.write(next);
      config = next;
      // A running payment keeps its terminal object; the new settings apply to the next one.
      previousTerminal = terminal;
      terminal = newTerminal(config);
      await startScanner();
      const applied = await options.onConfigChange?.(config);
      if (applied && !applied.ok) return applied;
      return ok(config);
    },
    async 'hardware:test-device'({ device }) {
      const done = (r: Result<unknown>, code: string, message: string) =>
        ok({ device, success: r.ok, code: r.ok ? code : r.error.code, message: r.ok ? message : r.error.message });
      switch (device) {
        case 'printer':
          return done(await onPrinter((p) => p.print(TEST_SLIP)), 'printed', 'test slip printed');
        case 'drawer':
          return done(await onPrinter((p) => p.openDrawer()), 'drawer_opened', 'drawer kicked');
        case 'terminal': {
          const r = await terminal.test();
          if (!r.ok) return done(r, '', '');
          return ok({
            device,
            success: r.value.success,
            code: r.value.success ? 'terminal_registered' : 'terminal_refused',
            message: `terminal registration: ${r.value.message}`,
          });
        }
        case 'display':
          return done(await showOnDisplay(config.display, { kind: 'text', line1: 'Anywhere POS', line2: 'Display test' }), 'display_shown', 'test text shown');
        case 'scanner': {
          const open = scanner?.connected ?? false;
          return ok({
            device,
            success: open,
            code: open ? 'scanner_open' : 'scanner_not_connected',
            message: open ? 'scanner port open: scan a code' : 'scanner not connected',
          });
        }
      }
    },
    'hardware:list-ports': async () => ok({ ports: await listSerialPorts() }),
    'hardware:list-addresses': async () => ok({ addresses: listAddresses() }),
  };

  return {
    api,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    async close() {
      if (pollTimer) clearInterval(pollTimer);
      await printerQueue;
      await scanner?.stop();
    },
  };
}

/** The edge both doors use: known channel, valid args, handler errors turned into values. */
export async function dispatchHardware(api: HardwareApi, channel: unknown, args: unknown): Promise<Result<unknown>> {
  if (!isHardwareChannel(channel)) return err('unknown_channel', `unknown hardware channel ${String(channel).slice(0, 60)}`);
  const valid = validateHardwareArgs(channel, args);
  if (!valid.ok) return valid;
  try {
    const handler = api[channel] as (a: unknown) => Promise<Result<unknown>>;
    return await handler(valid.value);
  } catch (cause) {
    return err(toAppError(cause));
  }
}
