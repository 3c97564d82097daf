// The server CLI of SPEC §4, spawned as a user runs it (`node bin/anywhere-pos.js …`) on an
// embedded PGlite data dir, ending with the seed's getting-started flow against `serve` over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEMO_BERLIN_ID, DEMO_NEW_YORK_ID, demoId } from '../sync-server/demo/demo-seed';

const BIN = join(import.meta.dirname, '..', 'bin', 'anywhere-pos.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('anywhere-pos server CLI', () => {
  let dir: string;
  let dataDir: string;
  const children = new Set<ChildProcess>();

  function run(args: string[], input?: string): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '--data-dir', dataDir, ...args], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_URL: '' },
      });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      child.on('error', reject);
      child.on('close', (code) => {
        children.delete(child);
        resolve({ code, stdout, stderr });
      });
      child.stdin.end(input ?? '');
    });
  }

  const json = (r: Run): Record<string, unknown> => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0]!) as Record<string, unknown>;
  };
  const fails = (r: Run, pattern: RegExp): void => {
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pos-cli-'));
    dataDir = join(dir, 'data');
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('migrate applies every migration once, then reports up to date', async () => {
    const first = json(await run(['--json', 'migrate']));
    expect(first.applied).toEqual(expect.arrayContaining(['0001_foundation.sql', '0002_catalog.sql', '0002_orders.sql']));
    const second = await run(['migrate']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^up to date \(\d+ migrations\)\n$/);
  }, 120_000);

  it('keys create explains that a business is needed first', async () => {
    fails(await run(['keys', 'create', '--name', 'x', '--scopes', 'orders:read']), /^error: no business yet/);
  }, 60_000);

  it('demo seed seeds once and is idempotent, printing ids, staff PINs and logins', async () => {
    const first = await run(['demo', 'seed']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('demo data seeded');
    expect(first.stdout).toContain(DEMO_BERLIN_ID);
    expect(first.stdout).toMatch(/PIN \d{4}/);
    expect(first.stdout).toMatch(/login {4}manager@demo\.anywhere-pos\.test \/ \S+ \(manager\)/);
    const second = json(await run(['--json', 'demo', 'seed']));
    expect(second).toMatchObject({
      seeded: false,
      locations: [
        { id: DEMO_BERLIN_ID, products: 23 },
        { id: DEMO_NEW_YORK_ID, products: 17 },
      ],
    });
  }, 120_000);

  let keyId = '';
  let cliKey = '';
  it('keys create prints the full key once; list never shows it; revoke works; bad input exits 1', async () => {
    const created = json(
      await run(['--json', 'keys', 'create', '--name', 'seed flow', '--scopes', 'locations:read,orders:read,orders:write', '--locations', 'all']),
    );
    expect(created).toEqual({
      id: expect.stringMatching(/^key_/),
      key: expect.stringMatching(/^pos_live_[0-9A-Za-z]{32,}$/),
      prefix: expect.stringMatching(/^pos_live_[0-9A-Za-z]{4}$/),
    });
    expect((created.key as string).startsWith(created.prefix as string)).toBe(true);
    keyId = created.id as string;
    cliKey = created.key as string;

    const scoped = json(await run(['--json', 'keys', 'create', '--name', 'ny', '--scopes', 'orders:read', '--locations', DEMO_NEW_YORK_ID]));
    const list = await run(['--json', 'keys', 'list']);
    const listed = json(list) as { data: { id: string; prefix: string; locations: unknown }[] };
    expect(listed.data.map((k) => k.id)).toEqual([keyId, scoped.id]);
    expect(listed.data[1]!.locations).toEqual([DEMO_NEW_YORK_ID]);
    expect(list.stdout).not.toContain(created.key);
    expect(list.stdout).not.toContain(scoped.key);

    const revoked = await run(['keys', 'revoke', scoped.id as string]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/^revoked key_/);
    fails(await run(['keys', 'revoke', 'key_NOPE']), /^error: no API key key_NOPE/);
    fails(await run(['keys', 'create', '--name', 'x', '--scopes', 'orders:read,orders:delete']), /^error: unknown scope orders:delete/);
    fails(await run(['keys', 'create', '--name', 'x', '--scopes', 'orders:read', '--locations', 'loc_NOPE']), /^error: unknown location loc_NOPE/);
    fails(await run(['keys', 'create', '--scopes', 'orders:read']), /--name/);
  }, 180_000);

  it('devices pair-code prints a one-time code valid 15 minutes', async () => {
    const result = json(await run(['--json', 'devices', 'pair-code', '--location', DEMO_BERLIN_ID]));
    expect(result).toMatchObject({ code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/), location_id: DEMO_BERLIN_ID });
    const minutes = (Date.parse(result.expires_at as string) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(13);
    expect(minutes).toBeLessThanOrEqual(15);
    fails(await run(['devices', 'pair-code', '--location', 'loc_NOPE']), /^error: unknown location loc_NOPE/);
  }, 60_000);

  it('users create reads the password from stdin and rejects bad input', async () => {
    const user = json(await run(['--json', 'users', 'create', '--email', 'Kim@Example.com', '--role', 'manager'], 'a long enough password\n'));
    expect(user).toMatchObject({ id: expect.stringMatching(/^usr_/), email: 'kim@example.com', role: 'manager' });
    fails(await run(['users', 'create', '--email', 'kim@example.com', '--role', 'manager'], 'another long password\n'), /already exists/);
    fails(await run(['users', 'create', '--email', 'x@example.com', '--role', 'cashier'], 'a long enough password\n'), /--role must be owner or manager/);
    fails(await run(['users', 'create', '--email', 'y@example.com', '--role', 'owner'], 'short\n'), /at least 10 characters/);
  }, 120_000);

  it('serve refuses a bad port or a bad POS_API_RATE_LIMIT with one line and exit 1', async () => {
    fails(await run(['serve', '--port', 'eighty']), /^error: invalid port "eighty"/);
    const badRate = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [BIN, '--data-dir', dataDir, 'serve', '--port', '0'], {
        env: { ...process.env, DATABASE_URL: '', POS_API_RATE_LIMIT: 'fast' },
      });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += String(chunk)));
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      child.on('close', (code) => {
        children.delete(child);
        resolve({ code, stdout, stderr });
      });
    });
    fails(badRate, /^error: invalid rate "fast"/);
  }, 60_000);

  it('serve --port 0 listens, answers the seed getting-started flow over HTTP, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--data-dir', dataDir, 'serve', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '' },
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    const key = cliKey;

    // 2. Your first request
    const locations = await fetch(`${url}/api/v1/locations`, { headers: { Authorization: `Bearer ${key}` } });
    expect(locations.status).toBe(200);
    for (const header of ['x-request-id', 'x-pos-api-version', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expect(locations.headers.get(header)).toBeTruthy();
    }
    const locationId = ((await locations.json()) as { data: { id: string }[] }).data[0]!.id;

    // 3. Create an order (exactly the seed's body shape, with real demo ids)
    const order = await fetch(`${url}/api/v1/orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Idempotency-Key': randomUUID(), 'Content-Type': 'application/json' },
      body: `{
    "location_id": "${locationId}",
    "items": [
      { "product_id": "${locationId === DEMO_BERLIN_ID ? demoId('prd', 'berlin:Butter-Croissant') : demoId('prd', 'new-york:Blueberry Muffin')}", "quantity": 2 }
    ]
  }`,
    });
    expect(order.status).toBe(201);
    expect(await order.json()).toMatchObject({ object: 'order', source: 'api', location_id: locationId, status: 'open' });

    const docs = await fetch(`${url}/docs/json`);
    expect(docs.status).toBe(200);

    // The data dir is held: CLI commands refuse in one line naming the service, and never print a key.
    const held = new RegExp(
      `^error: the service at ${url.replace(/[.:/]/g, '\\$&')} \\(pid ${child.pid}\\) holds the data in .+; to run this command, stop it`,
    );
    const refused = await run(['keys', 'create', '--name', 'beside serve', '--scopes', 'locations:read']);
    fails(refused, held);
    expect(refused.stdout).not.toContain('pos_live_');
    for (const args of [['keys', 'list'], ['demo', 'seed'], ['migrate'], ['devices', 'pair-code', '--location', DEMO_BERLIN_ID]]) fails(await run(args), held);
    fails(await run(['serve', '--port', '0']), /holds the data in .+; to start another service on it, stop it/);
    expect(existsSync(join(dataDir, 'service.json'))).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The one human line is `listening on …` (SPEC §4); anything after it is the structured log, and no
    // error: without POS_PUBLIC_URL a warning says where thin payloads will link.
    const [first, ...rest] = stdout.trim().split('\n');
    expect(first).toBe(`listening on ${url}`);
    for (const line of rest)
      expect(JSON.parse(line) as { level: number; msg: string }).toMatchObject({ level: 40, msg: expect.stringMatching(/^POS_PUBLIC_URL is not set/) });
    // Stopped: the mark is gone and the CLI works on the data dir again.
    expect(existsSync(join(dataDir, 'service.json'))).toBe(false);
    expect(json(await run(['--json', 'keys', 'list'])).data).toEqual(expect.any(Array));
  }, 120_000);
});
