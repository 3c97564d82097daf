// The served OpenAPI document is valid OpenAPI 3.1 and its `webhooks` section describes every event
// type of the catalog: each entry's body is the envelope with that type's data, every catalog sample
// and a real event of the running service validate against it, and its headers are the ones sent.
import { createConfig, lintDocument, BaseResolver, Source } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CATALOG, EVENT_TYPES } from '../core/events/catalog';
import { deliveryHeaders } from '../sync-server/webhooks/webhook-signing';
import { eventSchemaName } from '../sync-server/api/openapi-webhooks';
import { servedOpenApiDocument } from '../scripts/api-client-schema';
import { startApiKit, type ApiTestKit } from './api-test-kit';
import { DEMO_BERLIN_ID, demoId } from '../sync-server/demo/demo-seed';

type Json = Record<string, unknown>;

async function structuralErrors(document: OpenAPI3): Promise<string[]> {
  const config = await createConfig({ extends: ['minimal'] });
  const problems = await lintDocument({
    document: { source: new Source('openapi.json', JSON.stringify(document)), parsed: document },
    config: config.styleguide,
    externalRefResolver: new BaseResolver(),
  });
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.message} at ${p.location[0]?.pointer ?? '?'}`);
}

/** An Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) that resolves #/components/schemas/… refs. */
function validatorFor(document: OpenAPI3) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ components: document.components }, 'openapi');
  return (name: string) => ajv.getSchema(`openapi#/components/schemas/${name}`)!;
}

describe('OpenAPI document', () => {
  let document: OpenAPI3;
  let kit: ApiTestKit;
  // Building the app and migrating + seeding PGlite takes a while on a loaded machine.
  beforeAll(async () => {
    document = await servedOpenApiDocument();
    kit = await startApiKit('pglite');
  }, 180_000);
  afterAll(async () => kit?.close());

  it('is structurally valid OpenAPI 3.1 (Redocly), and the check does catch a broken document', async () => {
    expect(document.openapi).toBe('3.1.0');
    expect(await structuralErrors(document)).toEqual([]);
    const broken = structuredClone(document) as unknown as { webhooks: Record<string, { post: { parameters: Json[]; responses: Json } }> };
    broken.webhooks['order.paid']!.post.parameters[0]!.in = 'body';
    broken.webhooks['order.paid']!.post.responses['2XX'] = {};
    const errors = await structuralErrors(broken as unknown as OpenAPI3);
    expect(errors.join('\n')).toMatch(/`in` can be one of the following only.*\/webhooks\/order\.paid\/post\/parameters\/0\/in/);
    expect(errors.join('\n')).toMatch(/`description` must be present.*\/webhooks\/order\.paid\/post\/responses\/2XX/);
  });

  it('has one webhook per catalog event type, nothing else, each body the envelope with that type and its data schema', () => {
    expect(Object.keys(document.webhooks ?? {}).sort()).toEqual([...EVENT_TYPES].sort());
    const schemas = document.components!.schemas as Record<string, { properties: Record<string, Json>; required: string[]; description: string }>;
    for (const type of EVENT_TYPES) {
      const post = (document.webhooks![type] as { post: { requestBody: { content: Record<string, { schema: Json }> } } }).post;
      const ref = post.requestBody.content['application/json']!.schema.$ref as string;
      expect(ref, type).toBe(`#/components/schemas/${eventSchemaName(type)}`);
      const schema = schemas[eventSchemaName(type)]!;
      expect(schema.description).toBe(EVENT_CATALOG[type].description);
      // @fastify/swagger writes TypeBox's `const` as a one-value `enum` (convertConstToEnum).
      expect(schema.properties.type, type).toEqual({ type: 'string', enum: [type] });
      expect(schema.required).toEqual(
        expect.arrayContaining(['id', 'type', 'created_at', 'occurred_at', 'cursor', 'api_version', 'location_id', 'device_id', 'data']),
      );
      const [full, thin] = schema.properties.data!.anyOf as Json[];
      const catalogData = EVENT_CATALOG[type].data as unknown as { properties: Json; required: string[] };
      expect(Object.keys(full!.properties as Json), type).toEqual(Object.keys(catalogData.properties));
      expect(full!.required, type).toEqual(catalogData.required);
      expect(thin).toMatchObject({ title: 'ThinData', required: ['id', 'url'] });
    }
  });

  it('validates every catalog sample against its own webhook schema and refuses it under another type', () => {
    const schemaOf = validatorFor(document);
    for (const type of EVENT_TYPES) {
      const { sample } = EVENT_CATALOG[type];
      const envelope = {
        id: 'evt_1',
        type,
        created_at: '2026-11-23T09:12:05.020Z',
        occurred_at: '2026-11-23T09:12:04.500Z',
        cursor: '1-1',
        api_version: '2026-11-01',
        livemode: true,
        location_id: sample.location_id,
        device_id: sample.device_id,
        data: sample.data,
      };
      const validate = schemaOf(eventSchemaName(type));
      expect(validate(envelope), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...envelope, data: EVENT_CATALOG[type].thin(sample.data.object) }), `${type} thin`).toBe(true);
      expect(validate({ ...envelope, type: type === 'order.paid' ? 'order.created' : 'order.paid' }), type).toBe(false);
    }
  });

  it('names exactly the headers a delivery carries (besides Content-Type)', () => {
    const sent = Object.keys(
      deliveryHeaders({
        eventId: 'evt_1',
        eventType: 'order.paid',
        deliveryId: 'dlv_1',
        secrets: ['whsec_c2VjcmV0'],
        timestamp: 1,
        body: '{}',
      }),
    )
      .filter((name) => name !== 'content-type')
      .sort();
    for (const type of EVENT_TYPES) {
      const parameters = (document.webhooks![type] as { post: { parameters: Array<{ name: string; in: string }> } }).post.parameters;
      expect(parameters.every((p) => p.in === 'header')).toBe(true);
      expect(parameters.map((p) => p.name.toLowerCase()).sort(), type).toEqual(sent);
    }
  });

  it('describes the events the running service really emits (order.created from POST /api/v1/orders, as the feed serves it)', async () => {
    const key = await kit.key();
    const order = await kit.call(key, {
      method: 'POST',
      url: '/api/v1/orders',
      payload: { location_id: DEMO_BERLIN_ID, items: [{ product_id: demoId('prd', 'berlin:Butter-Croissant'), quantity: 1 }] },
    });
    expect(order.statusCode).toBe(201);
    const feed = (await kit.call(key, { method: 'GET', url: '/api/v1/events?types=order.created' })).json<{ data: Json[] }>();
    const event = feed.data.find((e) => (e.data as { object: { id: string } }).object.id === order.json<{ id: string }>().id)!;
    const validate = validatorFor(document)('OrderCreatedEvent');
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
  });
});
