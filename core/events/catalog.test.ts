import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { isId } from '../ids';
import { EVENT_CATALOG, EVENT_TYPES, isEventType, thinData } from './catalog';

describe('event catalog', () => {
  it('lists exactly the types of SPEC §5.3', () => {
    expect([...EVENT_TYPES].sort()).toEqual(
      [
        'order.created', 'order.updated', 'order.paid', 'order.voided', 'order.refunded', 'payment.succeeded', 'payment.failed',
        'product.created', 'product.updated', 'product.deleted', 'inventory.updated', 'inventory.low_stock', 'shift.closed',
        'device.paired', 'webhook.test',
      ].sort(),
    );
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z]+\.[a-z_]+$/);
    expect(isEventType('order.paid')).toBe(true);
    expect(isEventType('order.exploded')).toBe(false);
  });

  it.each(EVENT_TYPES)('%s: the sample matches its schema and uses well-formed ids', (type) => {
    const definition = EVENT_CATALOG[type];
    expect(definition.type).toBe(type);
    expect(Value.Check(definition.data, definition.sample.data), JSON.stringify([...Value.Errors(definition.data, definition.sample.data)])).toBe(true);
    const ids = JSON.stringify(definition.sample).match(/"[a-z]{3}_[0-9A-Z]{26}"/g) ?? [];
    for (const id of ids) expect(isId(JSON.parse(id)), id).toBe(true);
    if (definition.sample.location_id) expect(isId(definition.sample.location_id, 'loc')).toBe(true);
  });

  it('rejects data that lacks what the type promises', () => {
    expect(Value.Check(EVENT_CATALOG['order.paid'].data, { object: { id: 'ord_1' } })).toBe(false);
    expect(Value.Check(EVENT_CATALOG['payment.failed'].data, { object: { ...EVENT_CATALOG['payment.failed'].sample.data.object, amount: 9.8 } })).toBe(false);
  });

  it('thin data points at the API resource, or has url null when there is none', () => {
    expect(thinData('order.paid', EVENT_CATALOG['order.paid'].sample.data)).toEqual({ id: EVENT_CATALOG['order.paid'].sample.data.object.id, url: `/api/v1/orders/${EVENT_CATALOG['order.paid'].sample.data.object.id}` });
    expect(thinData('payment.succeeded', EVENT_CATALOG['payment.succeeded'].sample.data).url).toMatch(/^\/api\/v1\/orders\/ord_/);
    expect(thinData('inventory.low_stock', EVENT_CATALOG['inventory.low_stock'].sample.data).url).toMatch(/^\/api\/v1\/products\/prd_/);
    expect(thinData('shift.closed', EVENT_CATALOG['shift.closed'].sample.data)).toEqual({ id: expect.stringMatching(/^shf_/), url: null });
    expect(thinData('something.else', { object: { id: 'x_1' } })).toEqual({ id: 'x_1', url: null });
  });
});
