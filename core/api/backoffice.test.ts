import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { EVENT_CATALOG, EVENT_TYPES } from '../events/catalog';
import { SUBSCRIBABLE_EVENT_TYPES } from '../events/webhook-api';
import { computeShiftReport } from '../sync/shift-report';
import {
  ApiKeyViewSchema,
  CatalogViewSchema,
  DashboardViewSchema,
  DeviceViewSchema,
  EventTypesViewSchema,
  OrderViewSchema,
  RejectedMutationViewSchema,
  ShiftDetailViewSchema,
  ShiftViewSchema,
  StaffViewSchema,
  UserViewSchema,
} from './backoffice';

const AT = '2026-11-23T09:12:04.500Z';
const LOC = 'loc_01KAQ2ZV6W3X5GQF1TS8DMN4R7';
const check = (schema: TSchema, value: unknown): boolean => Value.Check(schema, value);
/** A copy of `value` with `key` set to `to` (undefined = removed), for one-field-wrong cases. */
const spoil = (value: Record<string, unknown>, key: string, to: unknown) => JSON.parse(JSON.stringify({ ...value, [key]: to })) as unknown;

const device = {
  id: 'dev_01KAQ30B1C7K2M9N4P6R8T0V2X',
  name: 'Counter 1',
  location_id: LOC,
  created_at: '2026-11-01T08:00:00.000Z',
  last_seen_at: AT,
  revoked_at: null,
  last_seq: 1842,
  last_mutation_at: AT,
  rejected_count: 0,
  stale: false,
  livemode: true,
};

const shift = {
  id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1',
  location_id: LOC,
  device_id: device.id,
  device_name: 'Counter 1',
  staff_id: 'stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1',
  staff_name: 'Jörg',
  closed_by_name: 'Jörg',
  opened_at: '2026-11-23T07:00:00.000Z',
  closed_at: '2026-11-23T17:05:00.000Z',
  status: 'closed',
  opening_float: 10_000,
  expected_cash: 14_300,
  counted_cash: 14_250,
  variance: -50,
  report: computeShiftReport({
    shift: { id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1', opened_at: '2026-11-23T07:00:00.000Z', closed_at: '2026-11-23T17:05:00.000Z', opening_float: 10_000 },
    orders: [],
    refunds: [],
    cashMovements: [],
    countedCash: 10_000,
  }),
};

describe('back-office view shapes', () => {
  it('device: a paired till with its sync progress', () => {
    expect(check(DeviceViewSchema, device)).toBe(true);
    expect(check(DeviceViewSchema, { ...device, last_seen_at: null, last_mutation_at: null, revoked_at: AT, stale: true })).toBe(true);
    expect(check(DeviceViewSchema, spoil(device, 'last_seq', '1842'))).toBe(false);
    expect(check(DeviceViewSchema, spoil(device, 'stale', undefined))).toBe(false);
    expect(check(DeviceViewSchema, spoil(device, 'last_seen_at', 'an hour ago'))).toBe(false);
  });

  it('staff and users: roles are closed sets; location and disabled_at may be null', () => {
    const staff = { id: 'stf_1', name: 'Jörg', role: 'manager', location_id: null, active: true, created_at: AT, updated_at: AT };
    expect(check(StaffViewSchema, staff)).toBe(true);
    expect(check(StaffViewSchema, { ...staff, role: 'cashier', location_id: LOC })).toBe(true);
    expect(check(StaffViewSchema, { ...staff, role: 'boss' })).toBe(false);
    expect(check(StaffViewSchema, spoil(staff, 'location_id', undefined))).toBe(false);

    const user = { id: 'usr_1', email: 'owner@cafe.example', name: 'Anna', role: 'owner', created_at: AT, disabled_at: null };
    expect(check(UserViewSchema, user)).toBe(true);
    expect(check(UserViewSchema, { ...user, role: 'manager', disabled_at: AT })).toBe(true);
    expect(check(UserViewSchema, { ...user, role: 'cashier' })).toBe(false);
    expect(check(UserViewSchema, spoil(user, 'email', undefined))).toBe(false);
  });

  it('API keys: scopes and locations, no secret', () => {
    const key = {
      id: 'key_1',
      name: 'Shop sync',
      prefix: 'pos_live_ab12',
      scopes: ['orders:read', 'products:write'],
      locations: 'all',
      livemode: true,
      created_at: AT,
      last_used_at: null,
      revoked_at: null,
    };
    expect(check(ApiKeyViewSchema, key)).toBe(true);
    expect(check(ApiKeyViewSchema, { ...key, locations: [LOC], last_used_at: AT })).toBe(true);
    expect(check(ApiKeyViewSchema, { ...key, locations: 'some' })).toBe(false);
    expect(check(ApiKeyViewSchema, { ...key, scopes: 'orders:read' })).toBe(false);
  });

  it('shifts: a closed shift with its Z report, an open one without, older partial reports', () => {
    expect(check(ShiftViewSchema, shift), JSON.stringify([...Value.Errors(ShiftViewSchema, shift)])).toBe(true);
    const open = { ...shift, status: 'open', closed_at: null, closed_by_name: null, expected_cash: null, counted_cash: null, variance: null, report: null };
    expect(check(ShiftViewSchema, open)).toBe(true);
    expect(check(ShiftViewSchema, { ...shift, report: { sales_count: 3 } })).toBe(true);
    expect(check(ShiftViewSchema, { ...shift, report: { sales_count: '3' } })).toBe(false);
    expect(check(ShiftViewSchema, { ...shift, status: 'paused' })).toBe(false);
    expect(check(ShiftViewSchema, { ...shift, opening_float: 100.5 })).toBe(false);

    const detail = {
      ...shift,
      order_count: 142,
      cash_movements: [{ id: 'cmv_1', kind: 'paid_out', amount: 250, reason: 'Milk', staff_id: shift.staff_id, occurred_at: AT }],
    };
    expect(check(ShiftDetailViewSchema, detail)).toBe(true);
    expect(check(ShiftDetailViewSchema, shift)).toBe(false);
    expect(check(ShiftDetailViewSchema, { ...detail, cash_movements: [{ ...detail.cash_movements[0], amount: '2.50' }] })).toBe(false);
  });

  it('rejected mutations keep the payload the till sent', () => {
    const rejected = {
      id: '019ab2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
      device_id: device.id,
      seq: 17,
      type: 'order.completed',
      error_code: 'invalid_payload',
      error_message: 'Invalid order.completed payload at /order/total: must be integer.',
      payload: { order: { total: 9.8 } },
      occurred_at: AT,
      received_at: AT,
    };
    expect(check(RejectedMutationViewSchema, rejected)).toBe(true);
    expect(check(RejectedMutationViewSchema, { ...rejected, payload: [] })).toBe(false);
    expect(check(RejectedMutationViewSchema, spoil(rejected, 'error_code', undefined))).toBe(false);
  });

  it('dashboard: today per location and the tills needing attention', () => {
    const dashboard = {
      locations: [
        {
          location_id: LOC,
          name: 'Café Müller',
          currency: 'EUR',
          timezone: 'Europe/Berlin',
          day_start: '2026-11-22T23:00:00.000Z',
          orders: 142,
          gross_sales: 183_450,
          refunds: 1_200,
          net_sales: 154_160,
          tax: 28_090,
          open_orders: 2,
          voided_orders: 1,
        },
      ],
      devices: { active: 3, attention: [{ ...device, stale: true }] },
      disabled_webhooks: [
        {
          id: 'whk_1',
          name: 'Stock',
          url: 'https://stock.example.com/h',
          disabled_reason: 'The receiver answered 410 Gone',
          disabled_at: '2026-11-22T23:00:00.000Z',
        },
      ],
    };
    expect(check(DashboardViewSchema, dashboard)).toBe(true);
    expect(check(DashboardViewSchema, { locations: [], devices: { active: 0, attention: [] }, disabled_webhooks: [] })).toBe(true);
    expect(check(DashboardViewSchema, { ...dashboard, disabled_webhooks: [{ id: 'whk_1', name: 'Stock' }] })).toBe(false);
    expect(check(DashboardViewSchema, { ...dashboard, locations: [{ ...dashboard.locations[0], gross_sales: 1834.5 }] })).toBe(false);
    expect(check(DashboardViewSchema, { ...dashboard, devices: { active: 3, attention: [{ ...device, stale: 'yes' }] } })).toBe(false);
    expect(check(DashboardViewSchema, { locations: dashboard.locations })).toBe(false);
  });

  it('catalog: tax rates, categories and modifier groups with their product counts', () => {
    const catalog = {
      tax_rates: [{ id: 'tax_1', location_id: LOC, name: 'MwSt 19%', rate_ppm: 190_000, product_count: 12 }],
      categories: [{ id: 'cat_1', location_id: LOC, name: 'Kaffee', color: null, sort_order: 0, product_count: 8 }],
      modifier_groups: [
        {
          id: 'mgr_1',
          location_id: LOC,
          name: 'Milch',
          min_select: 0,
          max_select: 1,
          modifiers: [{ id: 'mod_1', name: 'Hafermilch', price_delta: 50, sort_order: 0 }],
        },
      ],
    };
    expect(check(CatalogViewSchema, catalog)).toBe(true);
    expect(check(CatalogViewSchema, { ...catalog, tax_rates: [{ ...catalog.tax_rates[0], rate_ppm: 0.19 }] })).toBe(false);
    expect(check(CatalogViewSchema, { ...catalog, categories: [{ ...catalog.categories[0], color: 7 }] })).toBe(false);
    expect(
      check(CatalogViewSchema, {
        ...catalog,
        modifier_groups: [{ ...catalog.modifier_groups[0], modifiers: [{ id: 'mod_1', name: 'Hafermilch', price_delta: 0.5, sort_order: 0 }] }],
      }),
    ).toBe(false);
  });

  it('event types: the catalog as the webhook form shows it', () => {
    const view = { subscribable: [...SUBSCRIBABLE_EVENT_TYPES], data: EVENT_TYPES.map((type) => ({ type, description: EVENT_CATALOG[type].description })) };
    expect(check(EventTypesViewSchema, view)).toBe(true);
    expect(check(EventTypesViewSchema, { ...view, data: [{ type: 'order.paid' }] })).toBe(false);
  });

  it('order detail: an API v1 order plus the till and staff names, which may be unknown', () => {
    const order = EVENT_CATALOG['order.paid'].sample.data.object;
    expect(check(OrderViewSchema, order)).toBe(true);
    expect(check(OrderViewSchema, { ...order, device: { id: device.id, name: 'Counter 1' }, staff: { id: shift.staff_id, name: 'Jörg' } })).toBe(true);
    expect(check(OrderViewSchema, { ...order, device: null, staff: null })).toBe(true);
    expect(check(OrderViewSchema, { ...order, device: { id: device.id } })).toBe(false);
    expect(check(OrderViewSchema, spoil(order, 'id', undefined))).toBe(false);
  });
});
