// `npm start` on a fresh data dir: the service with demo data, the simulators and the till come up,
// the printed URLs answer, and Ctrl+C (SIGTERM) stops everything cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('npm start', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('starts the service, hardware simulators and till, prints where they are, and stops on SIGTERM', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pos-start-'));
    const child = spawn(process.execPath, ['bin/start.js', '--data-dir', dir, '--port', '0', '--till-port', '0'], {
      env: { ...process.env, PORT: '', TILL_PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
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
      const backofficePage = await fetch(backoffice!);
      expect(backofficePage.status).toBe(200);
      expect(await backofficePage.text()).toMatch(/<html/i);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 180_000);
});
