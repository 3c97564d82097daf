import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openTestDatabase, type TestDatabase } from './storage/test-database';

describe('app conventions', () => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    app = await buildApp({ db: handle.db, config: loadConfig({}), workers: false });
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('answers an unknown route with the error shape, request id and version headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-request-id']).toMatch(/^req_/);
    expect(res.headers['x-pos-api-version']).toBeTruthy();
    expect(res.json()).toEqual({
      error: { type: 'not_found', code: 'route_not_found', message: expect.any(String), request_id: res.headers['x-request-id'] },
    });
  });

  it('echoes a valid incoming X-Request-Id and replaces an invalid one', async () => {
    const good = await app.inject({ method: 'GET', url: '/x', headers: { 'x-request-id': 'abc-123' } });
    expect(good.headers['x-request-id']).toBe('abc-123');
    const bad = await app.inject({ method: 'GET', url: '/x', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(bad.headers['x-request-id']).toMatch(/^req_/);
  });
});
