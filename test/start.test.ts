// `npm start` on a fresh data dir: the service with demo data, the simulators and the till come up,
// the printed URLs answer, progress and one summary box are shown, and Ctrl+C (SIGINT) stops everything
// it started: every child process is gone and the data dir is released.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Every process below `pid` (children, grandchildren, …), from ps. */
function descendantsOf(pid: number): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [child, ppid] of rows) {
      if (ppid !== parent) continue;
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A port free right now (npm start is given a fixed one, as a user runs it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('npm start', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts the service, hardware simulators and till, shows progress and a summary box, and Ctrl+C stops everything', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pos-start-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/start.js', '--data-dir', dir, '--port', String(port), '--till-port', '0'], {
      env: { ...process.env, PORT: '', TILL_PORT: '', POS_PUBLIC_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let descendants: number[] = [];
    try {
      await expect.poll(() => out, { timeout: 120_000, interval: 250 }).toMatch(/Press Ctrl\+C to stop/);
      const till = /Till:\s+(http:\/\/\S+)/.exec(out)?.[1];
      const firstOpen = /first open: (http:\/\/\S+)/.exec(out)?.[1];
      const backoffice = /Back office:\s+(http:\/\/\S+)/.exec(out)?.[1];
      const docs = /API docs:\s+(http:\/\/\S+)/.exec(out)?.[1];
      expect(out).toMatch(/Till PINs:\s+.*\d{4}/);
      expect(out).toMatch(/Back office:\s+\S+@\S+ \/ \S+/);
      expect(out).toMatch(/hardware bridge on http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toMatch(/Electron is (not installed|installed)/);
      expect(firstOpen).toMatch(/\?pair=[A-Z0-9-]+&server=.+&bridge=.+&token=\w+/);
      const tillPage = await fetch(till!);
      expect(tillPage.status).toBe(200);
      expect(await tillPage.text()).toContain('<div id="root">');
      expect((await fetch(docs!)).status).toBe(200);
      // Progress per step, then exactly one framed summary.
      for (const label of ['back office assets', 'cloud service', 'hardware simulators', 'till (Vite)'])
        expect(out).toMatch(new RegExp(`✓ ${label.replace(/[()]/g, '\\$&')} \\(\\d+\\.\\d s\\)`));
      expect(out.match(/┌─+┐/g)).toHaveLength(1);
      expect(out).toMatch(/│ Press Ctrl\+C to stop\. +│\n└─+┘/);
      expect(out).toContain('(development: loopback webhooks allowed)');
      expect(out).toContain(`Back office:   http://127.0.0.1:${port}/backoffice`);
      // No log line among the start-up lines (the demo links thin payloads to the printed address, so
      // the service has no POS_PUBLIC_URL warning to give).
      expect(out).not.toMatch(/"level":/);
      expect(existsSync(join(dir, 'service.json'))).toBe(true);
      const backofficePage = await fetch(backoffice!);
      expect(backofficePage.status).toBe(200);
      expect(await backofficePage.text()).toMatch(/<html/i);
      descendants = descendantsOf(child.pid!);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('Stopping…');
    // Everything it started is gone (Vite's esbuild, Electron when present) and the data dir is free.
    await expect.poll(() => descendants.filter(alive), { timeout: 10_000 }).toEqual([]);
    expect(existsSync(join(dir, 'service.json'))).toBe(false);
  }, 180_000);
});
