// Fuzz at the HTTP door (issue #11 fault suite, fast-check): every API v1 write in the OpenAPI
// document gets random JSON bodies, bodies generated from its request schema (so they pass the
// schema and reach the handler), those with one field made hostile, and valid bodies with one field
// replaced by something hostile; the
// sync push gets a till sale with one field replaced the same way, followed by a valid sale. Never a
// 5xx, always the error shape on a 4xx, and a poison mutation never holds back the sale behind it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../core/sync/protocol';
import { DEMO_BERLIN_ID, demoId } from '../../sync-server/demo/demo-seed';
import { TEST_ENGINES } from '../../sync-server/storage/test-database';
import { mutation, pairTestDevice, saleSnapshot } from '../../sync-server/sync/test-sync-fixtures';
import { startApiKit, type ApiTestKit } from '../api-test-kit';
import { seedTestBusiness } from '../../sync-server/testing/test-business';

/** Values PostgreSQL, JSON or the code behind a field are most likely to choke on. */
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\udfff x',
    '0000-01-01T00:00:00Z',
    '9999-99-99T99:99:99Z',
    'x'.repeat(20_000),
    '%00',
    '../../etc/passwd',
    '<script>',
    '{"$ne":null}',
  ),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5, Number.MAX_SAFE_INTEGER),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

function replaced<T>(value: T, path: (string | number)[], by: unknown): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = by;
  return copy as T;
}

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** A fast-check arbitrary of values that match `schema` (patterns aside): they pass the door and reach the handler. */
function fromSchema(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return fromSchema(components[schema.$ref.split('/').pop()!] ?? {}, components, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => fromSchema(s, components, depth)));
  if (schema.allOf) return fromSchema(Object.assign({}, ...schema.allOf) as JsonSchema, components, depth);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string'];
  if (type.length > 1) return fc.oneof(...type.map((t) => fromSchema({ ...schema, type: t }, components, depth)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1e6, -(2 ** 31)), max: Math.min(schema.maximum ?? 1e6, 2 ** 31) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(fromSchema(schema.items ?? {}, components, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'object': {
      if (depth > 4 || !schema.properties) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties);
      return fc.record(Object.fromEntries(entries.map(([k, s]) => [k, fromSchema(s, components, depth + 1)])), {
        requiredKeys: entries.map(([k]) => k).filter((k) => required.has(k)),
      });
    }
    default:
      if (schema.format === 'date-time')
        return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (schema.format === 'uri' || schema.format === 'url') return fc.constantFrom('https://hooks.example.com/in', 'https://example.org/x?y=1');
      if (schema.format === 'email') return fc.constantFrom('a@example.com', 'x.y@example.org');
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
  }
}

const espresso = demoId('prd', 'berlin:Espresso');
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/v1/orders': { location_id: DEMO_BERLIN_ID, items: [{ product_id: espresso, quantity: 1, note: 'oat' }], customer_note: 'n', external_ref: 'r' },
  'POST /api/v1/products': { location_id: DEMO_BERLIN_ID, name: 'Tea', price: 250, tax_rate_id: demoId('tax', 'berlin:standard'), barcodes: ['4000000000001'] },
  'POST /api/v1/webhooks': { name: 'fuzz', url: 'https://hooks.example.com/in', subscribed_events: ['order.paid'], payload: 'full' },
};

describe.each(TEST_ENGINES)('HTTP fuzz on %s', (engine) => {
  let kit: ApiTestKit;
  let key: string;
  const runs = engine === 'pglite' ? 60 : 30;

  beforeAll(async () => {
    kit = await startApiKit(engine);
    key = await kit.key();
  });
  afterAll(async () => kit?.close());

  const expectNo5xx = (res: { statusCode: number; body: string }, what: string) => {
    expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
    if (res.statusCode >= 400)
      expect(JSON.parse(res.body)).toMatchObject({ error: { type: expect.any(String), code: expect.any(String), message: expect.any(String) } });
  };

  it('every API v1 write from the OpenAPI document answers random and mutated bodies without a 5xx', async () => {
    type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
    const doc = (await kit.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    const components = doc.components?.schemas ?? {};
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m]) => ['post', 'patch', 'put', 'delete'].includes(m) && path.startsWith('/api/v1/'))
        .map(([m, op]) => ({ method: m.toUpperCase() as 'POST' | 'PATCH', path, schema: op.requestBody?.content?.['application/json']?.schema })),
    );
    expect(writes.length).toBeGreaterThan(8);
    expect(writes.filter((w) => w.schema).length).toBeGreaterThan(8);
    for (const { method, path, schema } of writes) {
      const url = path.replace(/\{[^}]+\}/g, (param) => (param.includes('id') ? 'ord_00000000000000000000000000' : 'x'));
      const valid = VALID_BODIES[`${method} ${path}`];
      const generated = schema
        ? [
            fromSchema(schema, components),
            fromSchema(schema, components).chain((body) => {
              const paths = pathsOf(body);
              return paths.length === 0 ? fc.constant(body) : fc.tuple(fc.constantFrom(...paths), hostile).map(([p, v]) => replaced(body, p, v));
            }),
          ]
        : [];
      const bodies = valid
        ? fc.oneof(
            fc.jsonValue({ maxDepth: 4 }),
            ...generated,
            fc.tuple(fc.constantFrom(...pathsOf(valid)), hostile).map(([p, v]) => replaced(valid, p, v)),
          )
        : fc.oneof(fc.jsonValue({ maxDepth: 4 }), ...generated);
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const res = await kit.call(key, { method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
          expectNo5xx(res, `${method} ${url} ${JSON.stringify(body).slice(0, 200)}`);
        }),
        { numRuns: valid ? runs : Math.ceil(runs / 4) },
      );
    }
    // The generated bodies must really pass the door (else the handlers are never fuzzed): most
    // writes must answer something other than 400 (schema) to some of them.
    const passedTheDoor: string[] = [];
    for (const { method, path, schema } of writes) {
      if (!schema) continue;
      const url = path.replace(/\{[^}]+\}/g, (param) => (param.includes('id') ? 'ord_00000000000000000000000000' : 'x'));
      for (const body of fc.sample(fromSchema(schema, components), { numRuns: 10, seed: 7 })) {
        const res = await kit.call(key, { method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        expectNo5xx(res, `${method} ${url} ${JSON.stringify(body).slice(0, 200)}`);
        if (res.statusCode !== 400) {
          passedTheDoor.push(`${method} ${path}`);
          break;
        }
      }
    }
    expect(passedTheDoor.length, passedTheDoor.join(', ')).toBeGreaterThan(writes.filter((w) => w.schema).length / 2);
  });

  it('a till sale with any one field made hostile is applied or rejected alone; the valid sale behind it applies', async () => {
    const f = await seedTestBusiness(kit.handle.db);
    const device = await pairTestDevice(kit.app, f);
    let seq = 1;
    await fc.assert(
      fc.asyncProperty(fc.nat(), hostile, async (pick, value) => {
        const poisonSale = saleSnapshot(f);
        const paths = pathsOf(poisonSale);
        const poison = mutation(seq, 'order.completed', { order: replaced(poisonSale, paths[pick % paths.length]!, value) });
        const good = saleSnapshot(f);
        const res = await kit.app.inject({
          method: 'POST',
          url: '/sync/v1/push',
          headers: { authorization: `Bearer ${device.device_token}` },
          payload: { mutations: [poison, mutation(seq + 1, 'order.completed', { order: good })] },
        });
        expectNo5xx(res, `push with ${JSON.stringify(paths[pick % paths.length])} = ${JSON.stringify(value).slice(0, 100)}`);
        if (res.statusCode === 200) {
          const body = res.json() as PushResponse;
          expect(body.results.map((r) => r.status)).toEqual([expect.stringMatching(/^(applied|rejected)$/), 'applied']);
          seq += 2;
        }
      }),
      { numRuns: runs },
    );
    expect(seq).toBeGreaterThan(runs);
  });
});
