import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openTestDatabase, type TestDatabase } from '../storage/test-database';
import { BUILD_COMMAND } from './assets';

describe('back office page assets', () => {
  let handle: TestDatabase;
  let dir: string;
  const previous = process.env.POS_BACKOFFICE_DIST;

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    dir = mkdtempSync(join(tmpdir(), 'bo-assets-'));
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.POS_BACKOFFICE_DIST;
    else process.env.POS_BACKOFFICE_DIST = previous;
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function appWithDist(dist: string): Promise<FastifyInstance> {
    process.env.POS_BACKOFFICE_DIST = dist;
    return buildApp({ db: handle.db, config: loadConfig({}), workers: false });
  }

  it('says how to build when the page is not built', async () => {
    const app = await appWithDist(join(dir, 'missing'));
    try {
      const res = await app.inject({ method: 'GET', url: '/backoffice' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain(BUILD_COMMAND);
    } finally {
      await app.close();
    }
  });

  it('serves the built page, its assets, and index.html for page paths, with a strict CSP', async () => {
    const dist = join(dir, 'built');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bo</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    const app = await appWithDist(dist);
    try {
      for (const url of ['/backoffice', '/backoffice/', '/backoffice/orders', '/backoffice/settings/integrations/webhooks/whk_1']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<div id="root">');
        expect(res.headers['content-security-policy']).toContain("script-src 'self'");
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(res.headers['x-frame-options']).toBe('DENY');
      }
      const js = await app.inject({ method: 'GET', url: '/backoffice/assets/index-abc.js' });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toContain('javascript');
      expect(js.headers['cache-control']).toContain('immutable');
      // nothing outside the build directory is reachable
      for (const url of ['/backoffice/../secret.txt', '/backoffice/%2e%2e/secret.txt', '/backoffice/assets/%2e%2e/%2e%2e/secret.txt']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.body, url).not.toContain('outside');
      }
      // unknown API paths are JSON errors, not the page
      const api = await app.inject({ method: 'GET', url: '/backoffice/api/nope' });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('route_not_found');
    } finally {
      await app.close();
    }
  });

  it("keeps the back office's private JSON routes out of the integrators' OpenAPI document", async () => {
    const app = await appWithDist(join(dir, 'missing'));
    try {
      const res = await app.inject({ method: 'GET', url: '/docs/json' });
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json().paths).some((path) => path.startsWith('/api/v1/'))).toBe(true);
      expect(res.body).not.toContain('/backoffice');
    } finally {
      await app.close();
    }
  });
});
