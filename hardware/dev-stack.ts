// `npm start`'s hardware: a printer simulator and a ZVT terminal simulator on loopback TCP, a hardware
// service configured for them, and the hardware bridge in front — all in-process, no hardware needed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HARDWARE_CONFIG, type HardwareConfig } from '../core/hardware-contract';
import { startBridge } from './bridge/bridge-server';
import { createHardwareService } from './hardware-service';
import { PrinterSimulator } from './simulators/printer-simulator';
import { ZvtTerminalSimulator } from './simulators/zvt-terminal-simulator';

export interface DevStackOptions {
  /** Where the printer simulator writes receipt-NNNN.txt/.html. */
  printerOutDir?: string;
  /** Also write receipt-NNNN.png (a headless Chromium screenshot, ~1–2 s of CPU per receipt). */
  printerPng?: boolean;
  log?: (line: string) => void;
  /** Bridge port (default: a free one). */
  bridgePort?: number;
  /** Fixed bridge token (default: random). */
  bridgeToken?: string;
  /** Pause between card terminal messages (default 300 ms, like a cardholder; tests shrink it). */
  terminalStepDelayMs?: number;
}

export interface DevStack {
  bridgeUrl: string;
  bridgeToken: string;
  printerUri: string;
  terminalUri: string;
  printer: PrinterSimulator;
  terminal: ZvtTerminalSimulator;
  close(): Promise<void>;
}

export async function startDevStack(opts: DevStackOptions = {}): Promise<DevStack> {
  const log = opts.log ?? (() => {});
  const dir = await mkdtemp(join(tmpdir(), 'pos-devstack-'));
  const printer = new PrinterSimulator({ outDir: opts.printerOutDir, png: opts.printerPng === true, output: (l) => log(`[printer] ${l}`) });
  const terminal = new ZvtTerminalSimulator({ stepDelayMs: opts.terminalStepDelayMs ?? 300, output: (l) => log(`[terminal] ${l}`) });
  const printerUri = `tcp://127.0.0.1:${await printer.listenTcp(0)}`;
  const terminalUri = `tcp://127.0.0.1:${await terminal.listenTcp(0)}`;
  const config: HardwareConfig = {
    ...DEFAULT_HARDWARE_CONFIG,
    printer: { ...DEFAULT_HARDWARE_CONFIG.printer, uri: printerUri },
    terminal: { ...DEFAULT_HARDWARE_CONFIG.terminal, uri: terminalUri, timeoutMs: 60_000 },
  };
  const service = await createHardwareService({
    configFile: join(dir, 'hardware.json'),
    journalFile: join(dir, 'pending-payments.json'),
    initialConfig: config,
    log,
    printerPollMs: 5000,
  });
  const bridge = await startBridge({ service, token: opts.bridgeToken, port: opts.bridgePort, log });
  log(`hardware bridge on ${bridge.url} (printer simulator ${printerUri}, card terminal simulator ${terminalUri})`);
  return {
    bridgeUrl: bridge.url,
    bridgeToken: bridge.token,
    printerUri,
    terminalUri,
    printer,
    terminal,
    async close() {
      await bridge.close();
      await service.close();
      await terminal.close();
      await printer.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
