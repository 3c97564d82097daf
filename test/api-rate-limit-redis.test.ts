// Per-key rate limits shared through Redis (SPEC §11): two server instances spend from one bucket;
// with Redis gone, each instance falls back to its own in-memory bucket instead of failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../sync-server/app';
import { loadConfig } from '../sync-server/config';
import { startApiKit, type ApiTestKit } from './api-test-kit';

describe('rate limits in Redis', () => {
  let dir: string;
  let redis: ChildProcess;
  let kit: ApiTestKit;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pos-redis-'));
    const socket = join(dir, 'redis.sock');
    // A private redis-server on a unix socket in a temp dir: no TCP port, nothing shared with other tests.
    redis = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(socket)).toBe(true);
    kit = await startApiKit('pglite');
    for (let i = 0; i < 2; i++) {
      apps.push(await buildApp({ db: kit.handle.db, config: loadConfig({ POS_API_RATE_LIMIT: '3/m', REDIS_URL: `unix://${socket}` }), workers: false }));
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await kit?.close();
    redis?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('shares one bucket per key between instances, and falls back to memory when Redis is gone', async () => {
    const key = await kit.key(['locations:read']);
    const other = await kit.key(['locations:read']);
    const get = (app: FastifyInstance, k = key) => app.inject({ method: 'GET', url: '/api/v1/locations', headers: { authorization: `Bearer ${k}` } });
    const [a, b] = apps as [FastifyInstance, FastifyInstance];
    const first = await get(a);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-ratelimit-limit']).toBe('2');
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    expect((await get(b)).statusCode).toBe(200);
    // Both tokens of the bucket are spent across the two instances: the third request is refused on either.
    const refused = await get(a);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await get(b)).statusCode).toBe(429);
    expect((await get(b, other)).statusCode).toBe(200);

    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));
    const fallback = await get(a, other);
    expect(fallback.statusCode).toBe(200);
    expect(fallback.headers['x-ratelimit-limit']).toBe('2');
  });
});
