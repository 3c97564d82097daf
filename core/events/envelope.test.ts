import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../api-version';
import { EVENT_CATALOG, EVENT_TYPES, type EventType } from './catalog';
import { EventEnvelopeSchema, type EventEnvelope } from './envelope';

const envelopeCheck = Compile(EventEnvelopeSchema);

/** An envelope as the outbox writes it, around a catalog sample. */
const envelopeOf = (type: EventType): EventEnvelope => {
  const { sample } = EVENT_CATALOG[type];
  return {
    id: 'evt_01KAQ3D5F7H9K1M3P5R7T9V1X3',
    type,
    created_at: '2026-11-23T09:12:05.120Z',
    occurred_at: '2026-11-23T09:12:04.500Z',
    cursor: '48213-2',
    api_version: API_VERSION,
    location_id: sample.location_id,
    device_id: sample.device_id,
    livemode: true,
    data: sample.data,
  };
};

describe('event envelope', () => {
  it('carries the dated API version', () => {
    expect(API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(API_VERSION))).toBe(false);
  });

  it.each(EVENT_TYPES)('%s: the catalog sample inside an envelope satisfies the envelope and its data schema', (type) => {
    const envelope = envelopeOf(type);
    expect(envelopeCheck.Check(envelope), JSON.stringify([...envelopeCheck.Errors(envelope)])).toBe(true);
    expect(Compile(EVENT_CATALOG[type].data).Check(envelope.data)).toBe(true);
  });

  it('accepts events of no location or device (null), and survives a JSON round trip', () => {
    const envelope = { ...envelopeOf('webhook.test'), location_id: null, device_id: null };
    expect(envelopeCheck.Check(JSON.parse(JSON.stringify(envelope)))).toBe(true);
  });

  it.each([
    ['a missing id', (e: Record<string, unknown>) => delete e.id],
    ['a missing cursor', (e: Record<string, unknown>) => delete e.cursor],
    ['a missing api_version', (e: Record<string, unknown>) => delete e.api_version],
    ['a created_at that is not RFC 3339', (e: Record<string, unknown>) => (e.created_at = '23.11.2026 09:12')],
    ['an occurred_at that is a number', (e: Record<string, unknown>) => (e.occurred_at = 1_763_888_000_000)],
    ['location_id absent instead of null', (e: Record<string, unknown>) => delete e.location_id],
    ['device_id a number', (e: Record<string, unknown>) => (e.device_id = 7)],
    ['data an array', (e: Record<string, unknown>) => (e.data = [])],
    ['data a string', (e: Record<string, unknown>) => (e.data = '{"object":{}}')],
  ])('rejects %s', (_name, spoil) => {
    const envelope = structuredClone(envelopeOf('order.paid')) as unknown as Record<string, unknown>;
    spoil(envelope);
    expect(envelopeCheck.Check(envelope)).toBe(false);
  });
});
