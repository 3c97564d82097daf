import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../api-version';
import { EVENT_CATALOG, EVENT_TYPES } from './catalog';
import {
  DeliveryListQuerySchema,
  EventsPageSchema,
  EventsQuerySchema,
  EVENT_WILDCARDS,
  SUBSCRIBABLE_EVENT_TYPES,
  SUBSCRIPTION_PATTERNS,
  subscriptionMatches,
  WebhookCreateSchema,
  WebhookDeliveryListSchema,
  WebhookDeliverySchema,
  WebhookEndpointListSchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
  WebhookReplayResultSchema,
  WebhookReplaySchema,
  WebhookRotatedSchema,
  WebhookTestSchema,
  WebhookUpdateSchema,
} from './webhook-api';

const AT = '2026-11-23T09:12:04.500Z';

const endpoint = {
  object: 'webhook_endpoint',
  id: 'whk_01KAQ0Z9Y8X7W6V5T4S3R2Q1P0',
  name: 'Accounting sync',
  url: 'https://erp.example.com/hooks/pos',
  subscribed_events: ['order.paid', 'order.refunded'],
  payload: 'full',
  enabled: true,
  disabled_reason: null,
  disabled_at: null,
  locations: 'all',
  headers: { 'X-Tenant': 'shop 42' },
  livemode: true,
  created_at: AT,
  updated_at: AT,
};

const delivery = {
  object: 'webhook_delivery',
  id: 'dlv_01KAQ3E1G3J5L7N9Q1S3U5W7Y9',
  endpoint_id: endpoint.id,
  event_id: 'evt_01KAQ3D5F7H9K1M3P5R7T9V1X3',
  event_type: 'order.paid',
  status: 'pending',
  origin: 'event',
  attempt_count: 1,
  next_attempt_at: '2026-11-23T09:13:04.500Z',
  last_status_code: 503,
  last_error: 'HTTP 503',
  created_at: AT,
  completed_at: null,
  attempts: [
    {
      id: 'att_01KAQ3E2H4K6M8P0R2T4V6X8Z0',
      number: 1,
      started_at: AT,
      duration_ms: 212,
      status_code: 503,
      error_class: 'http_status',
      error_message: 'Service Unavailable',
      response_body: 'try later',
    },
  ],
};

const check = (schema: TSchema, value: unknown): boolean => Value.Check(schema, value);

describe('webhook API schemas', () => {
  it('every catalog type but webhook.test can be subscribed to', () => {
    expect(SUBSCRIBABLE_EVENT_TYPES).toEqual(EVENT_TYPES.filter((t) => t !== 'webhook.test'));
    expect(SUBSCRIBABLE_EVENT_TYPES).not.toContain('webhook.test');
    expect(SUBSCRIBABLE_EVENT_TYPES).toHaveLength(EVENT_TYPES.length - 1);
  });

  it('subscriptions: "*", a prefix wildcard per noun, or an exact type', () => {
    expect(EVENT_WILDCARDS).toContain('order.*');
    expect(EVENT_WILDCARDS).not.toContain('webhook.*');
    expect(SUBSCRIPTION_PATTERNS).toEqual(['*', ...EVENT_WILDCARDS, ...SUBSCRIBABLE_EVENT_TYPES]);
    expect(subscriptionMatches('*', 'product.updated')).toBe(true);
    expect(subscriptionMatches('order.*', 'order.paid')).toBe(true);
    expect(subscriptionMatches('order.*', 'product.updated')).toBe(false);
    expect(subscriptionMatches('order.paid', 'order.paid')).toBe(true);
    expect(subscriptionMatches('order.paid', 'order.voided')).toBe(false);
    expect(Compile(WebhookCreateSchema).Check({ name: 'W', url: 'https://x.example/h', subscribed_events: ['order.*', 'product.created'] })).toBe(true);
  });

  describe('create', () => {
    const create = Compile(WebhookCreateSchema);
    it('accepts a realistic endpoint, with or without the optional fields, and "*"', () => {
      expect(create.Check({ name: 'ERP', url: 'https://erp.example.com/hooks', subscribed_events: ['order.paid'] })).toBe(true);
      expect(create.Check({ name: 'All', url: 'https://x.example/h', subscribed_events: ['*'], payload: 'thin', enabled: false })).toBe(true);
      expect(create.Check({ name: 'Every type', url: 'https://x.example/h', subscribed_events: [...SUBSCRIBABLE_EVENT_TYPES] })).toBe(true);
    });
    it.each([
      ['no name', { url: 'https://x.example/h', subscribed_events: ['order.paid'] }],
      ['an empty name', { name: '', url: 'https://x.example/h', subscribed_events: ['order.paid'] }],
      ['a 101-character name', { name: 'n'.repeat(101), url: 'https://x.example/h', subscribed_events: ['order.paid'] }],
      ['no url', { name: 'ERP', subscribed_events: ['order.paid'] }],
      ['a url over 2048 characters', { name: 'ERP', url: `https://x.example/${'a'.repeat(2040)}`, subscribed_events: ['order.paid'] }],
      ['no events', { name: 'ERP', url: 'https://x.example/h', subscribed_events: [] }],
      ['an unknown event type', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['order.exploded'] }],
      ['webhook.test, which is only sent on demand', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['webhook.test'] }],
      ['a repeated event type', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['order.paid', 'order.paid'] }],
      ['events as a comma string', { name: 'ERP', url: 'https://x.example/h', subscribed_events: 'order.paid,order.voided' }],
      ['an unknown payload mode', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['order.paid'], payload: 'fat' }],
      ['enabled as a string', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['order.paid'], enabled: 'yes' }],
      ['an unknown field', { name: 'ERP', url: 'https://x.example/h', subscribed_events: ['order.paid'], colour: 'blue' }],
    ])('rejects %s', (_name, body) => {
      expect(create.Check(body)).toBe(false);
    });
  });

  it('update needs at least one known field', () => {
    expect(check(WebhookUpdateSchema, { enabled: false })).toBe(true);
    expect(check(WebhookUpdateSchema, { subscribed_events: ['*'], payload: 'thin' })).toBe(true);
    expect(check(WebhookUpdateSchema, {})).toBe(false);
    expect(check(WebhookUpdateSchema, { id: endpoint.id })).toBe(false);
    expect(check(WebhookUpdateSchema, { url: '' })).toBe(false);
  });

  it('endpoint responses: plain, with the secret once, and after a rotation', () => {
    expect(check(WebhookEndpointSchema, endpoint)).toBe(true);
    expect(
      check(WebhookEndpointSchema, {
        ...endpoint,
        locations: ['loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7'],
        enabled: false,
        disabled_reason: '410 Gone',
        disabled_at: AT,
      }),
    ).toBe(true);
    expect(check(WebhookEndpointSchema, { ...endpoint, locations: 'some' })).toBe(false);
    expect(check(WebhookEndpointSchema, { ...endpoint, disabled_at: 'last week' })).toBe(false);
    expect(check(WebhookEndpointSchema, { ...endpoint, object: 'endpoint' })).toBe(false);
    const { enabled: _enabled, ...withoutEnabled } = endpoint;
    expect(check(WebhookEndpointSchema, withoutEnabled)).toBe(false);

    const withSecret = { ...endpoint, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' };
    expect(check(WebhookEndpointWithSecretSchema, withSecret)).toBe(true);
    expect(check(WebhookEndpointWithSecretSchema, endpoint)).toBe(false);
    expect(check(WebhookRotatedSchema, { ...withSecret, previous_secret_expires_at: '2026-11-24T09:12:04.500Z' })).toBe(true);
    expect(check(WebhookRotatedSchema, withSecret)).toBe(false);
    expect(check(WebhookEndpointListSchema, { object: 'list', data: [endpoint], next_cursor: null, has_more: false })).toBe(true);
    expect(check(WebhookEndpointListSchema, { object: 'list', data: [{ ...endpoint, id: '' }], next_cursor: null, has_more: false })).toBe(false);
  });

  it('deliveries and their attempts', () => {
    expect(check(WebhookDeliverySchema, delivery)).toBe(true);
    expect(
      check(WebhookDeliverySchema, {
        ...delivery,
        status: 'succeeded',
        origin: 'replay',
        next_attempt_at: null,
        last_status_code: 200,
        last_error: null,
        completed_at: AT,
      }),
    ).toBe(true);
    expect(check(WebhookDeliverySchema, { ...delivery, status: 'retrying' })).toBe(false);
    expect(check(WebhookDeliverySchema, { ...delivery, origin: 'manual' })).toBe(false);
    expect(check(WebhookDeliverySchema, { ...delivery, attempt_count: 1.5 })).toBe(false);
    expect(check(WebhookDeliverySchema, { ...delivery, attempts: [{ ...delivery.attempts[0], duration_ms: '212ms' }] })).toBe(false);
    expect(check(WebhookDeliverySchema, { ...delivery, attempts: [{ ...delivery.attempts[0], status_code: undefined }] })).toBe(false);
    expect(check(WebhookDeliveryListSchema, { object: 'list', data: [delivery], next_cursor: 'c1', has_more: true })).toBe(true);
    expect(check(DeliveryListQuerySchema, { status: 'failed', limit: 100, cursor: 'c1' })).toBe(true);
    expect(check(DeliveryListQuerySchema, { status: 'lost' })).toBe(false);
    expect(check(DeliveryListQuerySchema, { limit: 101 })).toBe(false);
    expect(check(DeliveryListQuerySchema, { event_type: 'order.paid' })).toBe(false);
  });

  it('test sends take any catalog type, webhook.test included', () => {
    expect(check(WebhookTestSchema, {})).toBe(true);
    for (const type of EVENT_TYPES) expect(check(WebhookTestSchema, { event_type: type })).toBe(true);
    expect(check(WebhookTestSchema, { event_type: 'order.exploded' })).toBe(false);
    expect(check(WebhookTestSchema, { event_type: 'order.paid', extra: 1 })).toBe(false);
  });

  it('replays take a time window and optional subscribable types', () => {
    expect(check(WebhookReplaySchema, { since: '2026-11-22T00:00:00Z' })).toBe(true);
    expect(check(WebhookReplaySchema, { since: '2026-11-22T00:00:00Z', until: '2026-11-23T00:00:00Z', event_types: ['order.paid', 'shift.closed'] })).toBe(
      true,
    );
    expect(check(WebhookReplaySchema, {})).toBe(false);
    expect(check(WebhookReplaySchema, { since: 'yesterday' })).toBe(false);
    expect(check(WebhookReplaySchema, { since: '2026-11-22T00:00:00Z', event_types: [] })).toBe(false);
    expect(check(WebhookReplaySchema, { since: '2026-11-22T00:00:00Z', event_types: ['webhook.test'] })).toBe(false);
    expect(check(WebhookReplaySchema, { since: '2026-11-22T00:00:00Z', event_types: ['order.paid', 'order.paid'] })).toBe(false);
    expect(check(WebhookReplayResultSchema, { object: 'webhook_replay', endpoint_id: endpoint.id, queued: 12 })).toBe(true);
    expect(check(WebhookReplayResultSchema, { object: 'webhook_replay', endpoint_id: endpoint.id, queued: '12' })).toBe(false);
  });

  it('events feed: query limits and a page of envelopes', () => {
    expect(check(EventsQuerySchema, {})).toBe(true);
    expect(check(EventsQuerySchema, { since: '48213-2', types: 'order.paid,order.refunded', limit: 1000 })).toBe(true);
    expect(check(EventsQuerySchema, { limit: 0 })).toBe(false);
    expect(check(EventsQuerySchema, { limit: 1001 })).toBe(false);
    expect(check(EventsQuerySchema, { since: 'x'.repeat(65) })).toBe(false);
    expect(check(EventsQuerySchema, { cursor: '48213-2' })).toBe(false);

    const envelopes = EVENT_TYPES.map((type, i) => ({
      id: `evt_01KAQ3D5F7H9K1M3P5R7T9V1${String(i).padStart(2, '0')}`,
      type,
      created_at: AT,
      occurred_at: AT,
      cursor: `48213-${i}`,
      api_version: API_VERSION,
      location_id: EVENT_CATALOG[type].sample.location_id,
      device_id: EVENT_CATALOG[type].sample.device_id,
      livemode: true,
      data: EVENT_CATALOG[type].sample.data,
    }));
    const page = { object: 'list', data: envelopes, next_cursor: '48213-14', has_more: false };
    expect(check(EventsPageSchema, page)).toBe(true);
    expect(check(EventsPageSchema, { ...page, next_cursor: null })).toBe(false);
    expect(check(EventsPageSchema, { ...page, data: [{ ...envelopes[0], api_version: undefined }] })).toBe(false);
  });
});
