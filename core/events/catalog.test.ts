import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { isId } from '../ids';
import { EVENT_CATALOG, EVENT_TYPES, isEventType, thinData } from './catalog';

describe('event catalog', () => {
  it('lists exactly the types of SPEC §5.3 and those of §12 built so far', () => {
    expect([...EVENT_TYPES].sort()).toEqual(
      [
        'order.created',
        'order.updated',
        'order.paid',
        'order.voided',
        'order.refunded',
        'payment.succeeded',
        'payment.failed',
        'product.created',
        'product.updated',
        'product.deleted',
        'inventory.updated',
        'inventory.low_stock',
        'shift.closed',
        'device.paired',
        'webhook.test',
        'order.cancelled',
        'payment.updated',
        'tax_rate.created',
        'tax_rate.updated',
        'tax_rate.deleted',
        'category.created',
        'category.updated',
        'category.deleted',
        'modifier_group.created',
        'modifier_group.updated',
        'modifier_group.deleted',
        'location.updated',
        'customer.created',
        'customer.updated',
        'webhook_endpoint.disabled',
      ].sort(),
    );
    for (const type of EVENT_TYPES) expect(type).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(isEventType('order.paid')).toBe(true);
    expect(isEventType('order.exploded')).toBe(false);
  });

  it('assembles the per-domain files (catalog/*.ts) in the order the catalog has always had, one entry per type', () => {
    expect(Object.keys(EVENT_CATALOG)).toEqual([
      'order.created',
      'order.updated',
      'order.paid',
      'order.voided',
      'order.refunded',
      'order.cancelled',
      'payment.succeeded',
      'payment.failed',
      'payment.updated',
      'product.created',
      'product.updated',
      'product.deleted',
      'tax_rate.created',
      'tax_rate.updated',
      'tax_rate.deleted',
      'category.created',
      'category.updated',
      'category.deleted',
      'modifier_group.created',
      'modifier_group.updated',
      'modifier_group.deleted',
      'location.updated',
      'customer.created',
      'customer.updated',
      'inventory.updated',
      'inventory.low_stock',
      'shift.closed',
      'device.paired',
      'webhook_endpoint.disabled',
      'webhook.test',
    ]);
    expect(Object.keys(EVENT_CATALOG)).toEqual([...EVENT_TYPES]);
    for (const [type, definition] of Object.entries(EVENT_CATALOG)) expect(definition.type).toBe(type);
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
    expect(thinData('order.paid', EVENT_CATALOG['order.paid'].sample.data)).toEqual({
      id: EVENT_CATALOG['order.paid'].sample.data.object.id,
      url: `/api/v1/orders/${EVENT_CATALOG['order.paid'].sample.data.object.id}`,
    });
    expect(thinData('payment.succeeded', EVENT_CATALOG['payment.succeeded'].sample.data).url).toMatch(/^\/api\/v1\/orders\/ord_/);
    expect(thinData('inventory.low_stock', EVENT_CATALOG['inventory.low_stock'].sample.data).url).toMatch(/^\/api\/v1\/products\/prd_/);
    expect(thinData('shift.closed', EVENT_CATALOG['shift.closed'].sample.data)).toEqual({ id: expect.stringMatching(/^shf_/), url: null });
    expect(thinData('something.else', { object: { id: 'x_1' } })).toEqual({ id: 'x_1', url: null });
  });

  it.each(EVENT_TYPES)('%s: thin data names the sample object and a URL under /api/v1 (or null)', (type) => {
    const { sample } = EVENT_CATALOG[type];
    const object = sample.data.object;
    const thin = thinData(type, sample.data);
    expect(thin.id).toBe(type.startsWith('inventory.') ? object.product_id : object.id);
    expect(thin.id).toMatch(/^[a-z]{3}_/);
    if (thin.url !== null)
      expect(thin.url).toMatch(
        /^\/api\/v1\/(orders\/ord|products\/prd|tax-rates\/tax|categories\/cat|modifier-groups\/mgr|locations\/loc|customers\/cus|webhooks\/whk)_[0-9A-Z]{26}$/,
      );
  });

  it('product events point at the product, payments at their order', () => {
    const product = EVENT_CATALOG['product.updated'].sample.data.object;
    expect(thinData('product.updated', EVENT_CATALOG['product.updated'].sample.data)).toEqual({
      id: product.id,
      url: `/api/v1/products/${String(product.id)}`,
    });
    expect(thinData('product.deleted', { object: { id: 'prd_9', object: 'product', deleted: true } })).toEqual({ id: 'prd_9', url: '/api/v1/products/prd_9' });
    expect(thinData('payment.failed', { object: { id: 'pay_1', order_id: 'ord_7' } })).toEqual({ id: 'pay_1', url: '/api/v1/orders/ord_7' });
  });

  it('catalog objects and locations point at their own resources', () => {
    expect(thinData('tax_rate.deleted', { object: { id: 'tax_1', object: 'tax_rate', deleted: true } })).toEqual({
      id: 'tax_1',
      url: '/api/v1/tax-rates/tax_1',
    });
    expect(thinData('category.updated', { object: { id: 'cat_2' } })).toEqual({ id: 'cat_2', url: '/api/v1/categories/cat_2' });
    expect(thinData('modifier_group.created', { object: { id: 'mgr_3' } })).toEqual({ id: 'mgr_3', url: '/api/v1/modifier-groups/mgr_3' });
    expect(thinData('location.updated', { object: { id: 'loc_4' } })).toEqual({ id: 'loc_4', url: '/api/v1/locations/loc_4' });
  });

  it('thin data of a malformed payload degrades to empty ids instead of throwing or printing "undefined"', () => {
    expect(thinData('order.paid', {})).toEqual({ id: '', url: '/api/v1/orders/' });
    expect(thinData('order.paid', { object: { id: 42 } })).toEqual({ id: '', url: '/api/v1/orders/' });
    expect(thinData('inventory.updated', { object: { product_id: null } })).toEqual({ id: '', url: '/api/v1/products/' });
    expect(thinData('something.else', {})).toEqual({ id: '', url: null });
  });
});
