// The one start-up of the till e2e tests: the cloud service on a temp PGlite data dir with the demo
// café, the hardware dev stack (printer + ZVT simulators behind the bridge), the till served by Vite,
// and Debian's Chromium at a shop's screen size. `useTillStack` registers the Vitest hooks (start in
// beforeAll, a failure screenshot after a failed test, teardown in afterAll); the returned handle
// pairs the till, signs a cashier in and waits for the catalog or for the outbox to drain. Every wait is
// on a condition, and none uses expect.poll, so they work in hooks as well as in tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startDevStack, type DevStack } from '../../../hardware/dev-stack';
import { createPairingCode } from '../../../sync-server/auth/pairing-codes';
import { loadConfig } from '../../../sync-server/config';
import { DEMO_BERLIN_ID, DEMO_BUSINESS_ID } from '../../../sync-server/demo/demo-seed';
import { startServer, type RunningServer } from '../../../sync-server/server';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { typeSlowly, waitForBarcode } from './till-input';
import { startTillServer, type TillServer } from './till-server';

/** Server + demo seed, simulators, Vite and Chromium: minutes on a loaded two-core machine. */
export const TILL_STACK_START_TIMEOUT_MS = 300_000;
/** The size most tills run at; the layout test visits the others. */
export const DEFAULT_VIEWPORT = { width: 1024, height: 768 } as const;

export interface TillStackOptions {
  /** Names the temp data dir and failure screenshots (pos-e2e-NAME-…). */
  name: string;
  viewport?: { width: number; height: number };
  /** Receives every line the hardware dev stack logs (printer lines start with "[printer] "). */
  hardwareLog?: (line: string) => void;
  /** Runs against the started cloud service before the till is served (extra products, pictures). */
  seed?: (server: RunningServer) => Promise<void>;
  /** Also record the page's console errors and warnings (React reports its mistakes there). */
  recordConsole?: boolean;
}

export interface TillStack {
  readonly dataDir: string;
  /** The running cloud service (a new one after restartServer). */
  readonly server: RunningServer;
  readonly hardware: DevStack;
  readonly till: TillServer;
  readonly browser: LaunchedBrowser;
  readonly page: Page;
  /** Page errors (and with recordConsole, console errors and warnings) as readable lines. */
  readonly problems: string[];
  /** Pairs the till with the demo café's Berlin location from its start URL; resolves on the sign-in screen. */
  pair(): Promise<void>;
  /** Types a staff PIN like a person; with `float`, also opens the shift with it. Resolves on the next screen. */
  signIn(pin: string, options?: { float?: string }): Promise<void>;
  /** Syncs now and waits for an empty outbox; callers still poll the server for what they expect. */
  waitSynced(): Promise<void>;
  /** Waits until the till is online and its offline catalog holds products with these barcodes (usable in hooks). */
  waitForCatalog(...barcodes: string[]): Promise<void>;
  /** Stops the cloud service (the till goes offline); the data dir stays. */
  stopServer(): Promise<void>;
  /** Starts the cloud service again on the same data dir and port. */
  restartServer(): Promise<void>;
}

interface Started {
  dataDir: string;
  server: RunningServer | null;
  port: number;
  hardware: DevStack;
  till: TillServer;
  browser: LaunchedBrowser;
}

function startCloud(dataDir: string, port: number): Promise<RunningServer> {
  return startServer(loadConfig({}, { dataDir, host: '127.0.0.1', port }), { demo: true });
}

/**
 * Registers the hooks that start and stop the stack around the enclosing describe block; read the
 * handle's fields inside tests or later hooks (they throw before the stack has started).
 */
export function useTillStack(options: TillStackOptions): TillStack {
  let started: Started | null = null;
  let dataDir = '';
  const parts: Partial<Omit<Started, 'dataDir' | 'port'>> = {};
  const problems: string[] = [];
  const need = (): Started => {
    if (!started) throw new Error('the till stack has not started (use it inside tests or a later beforeAll)');
    return started;
  };
  const page = () => need().browser.page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), `pos-e2e-${options.name}-`));
    parts.server = await startCloud(dataDir, 0);
    if (options.seed) await options.seed(parts.server);
    parts.hardware = await startDevStack({ terminalStepDelayMs: 10, log: options.hardwareLog ?? (() => {}) });
    parts.till = await startTillServer(parts.server.url);
    parts.browser = await launchBrowser({ viewport: options.viewport ?? DEFAULT_VIEWPORT });
    const { browser, hardware, server, till } = parts;
    browser.page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    if (options.recordConsole) {
      browser.page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
      });
    }
    started = { dataDir, server, port: server.port, hardware, till, browser };
  }, TILL_STACK_START_TIMEOUT_MS);

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !started) return;
    // Leave a picture of what the till showed; the path is printed for whoever reads the log.
    const dir = mkdtempSync(join(tmpdir(), `pos-e2e-${options.name}-failure-`));
    await started.browser.page.screenshot({ path: join(dir, 'failure.png') }).catch(() => undefined);
    console.error(`till e2e failure screenshot: ${join(dir, 'failure.png')}`);
  });

  afterAll(async () => {
    // Whatever started is stopped, even when start-up failed half-way.
    await parts.browser?.close();
    await parts.till?.close();
    await parts.hardware?.close();
    await (started ? started.server?.close() : parts.server?.close());
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, TILL_STACK_START_TIMEOUT_MS);

  return {
    get dataDir() {
      return need().dataDir;
    },
    get server() {
      const server = need().server;
      if (!server) throw new Error('the cloud service is stopped (restartServer starts it again)');
      return server;
    },
    get hardware() {
      return need().hardware;
    },
    get till() {
      return need().till;
    },
    get browser() {
      return need().browser;
    },
    get page() {
      return page();
    },
    problems,
    async pair() {
      const { server, hardware, till } = need();
      if (!server) throw new Error('pairing needs the cloud service running');
      const { code } = await createPairingCode(server.db, { businessId: DEMO_BUSINESS_ID, locationId: DEMO_BERLIN_ID });
      const params = new URLSearchParams({ pair: code, server: server.url, bridge: hardware.bridgeUrl, token: hardware.bridgeToken });
      await page().goto(`${till.url}/?${params}`);
      await page().getByTestId('sign-in').waitFor({ timeout: 30_000 });
    },
    async signIn(pin, signInOptions = {}) {
      await typeSlowly(page(), pin);
      await page().keyboard.press('Enter');
      if (signInOptions.float === undefined) return;
      await page().getByTestId('shift-open').waitFor();
      await typeSlowly(page(), signInOptions.float);
      await page().keyboard.press('Enter');
      await page().getByTestId('sell-screen').waitFor();
    },
    async waitSynced() {
      await page().getByTestId('sync-indicator').click();
      await page().locator('[data-testid="sync-indicator"][data-unsynced="0"]').waitFor({ timeout: 30_000 });
    },
    async waitForCatalog(...barcodes) {
      await page().locator('[data-testid="sync-indicator"][data-online="true"]').waitFor({ timeout: 30_000 });
      for (const code of barcodes) await waitForBarcode(page(), code);
    },
    async stopServer() {
      const current = need();
      await current.server?.close();
      current.server = null;
    },
    async restartServer() {
      const current = need();
      if (current.server) throw new Error('the cloud service is already running');
      current.server = await startCloud(current.dataDir, current.port);
    },
  };
}
