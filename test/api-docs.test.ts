// docs/api.md stays true: its demo ids exist, and its order example posts as printed and prices
// as shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApiKit, type ApiTestKit } from './api-test-kit';

const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'api.md'), 'utf8');

describe('docs/api.md', () => {
  let kit: ApiTestKit;
  beforeAll(async () => {
    kit = await startApiKit('pglite');
  });
  afterAll(async () => kit?.close());

  it('names demo ids that exist', async () => {
    const ids = [...new Set(doc.match(/\b(loc|prd|mod)_[0-9A-Z]{26}\b/g) ?? [])];
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      const table = { loc: 'locations', prd: 'products', mod: 'modifiers' }[id.slice(0, 3) as 'loc' | 'prd' | 'mod'];
      const { rowCount } = await kit.handle.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
      expect(rowCount, id).toBe(1);
    }
  });

  it('creates the documented order from the documented curl body, with the documented totals', async () => {
    const body = /-d '(\{[\s\S]*?\})'/.exec(doc.slice(doc.indexOf('## 3. Create an order')))![1]!;
    const key = await kit.key(['locations:read', 'orders:write']);
    const res = await kit.call(key, { method: 'POST', url: '/api/v1/orders', payload: body, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(201);
    const documented = /"totals":(\{[^}]*\})/.exec(doc)![1]!;
    expect(res.json().totals).toEqual(JSON.parse(documented));
  });
});
