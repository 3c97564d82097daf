// Till events: a shift closed with its Z report, a till paired with a location.
import { Type } from 'typebox';
import { Money, Nullable } from '../../schema-primitives';
import { DEV, Id, LOC, define, noUrl, objectData, type EventDefinition } from './define';
import type { EventType } from './event-types';

const ShiftObjectSchema = Type.Object({
  id: Id('shf'),
  object: Type.Literal('shift'),
  location_id: Id('loc'),
  device_id: Nullable(Type.String()),
  opened_at: Type.String({ format: 'date-time' }),
  closed_at: Type.String({ format: 'date-time' }),
  closed_by: Nullable(Type.String()),
  z_report: Type.Object({
    sales_count: Type.Integer(),
    gross_sales: Money(),
    refunds: Money(),
    /** tips taken in the shift, all tenders (not in gross_sales); per tender in payments_by_method[].tip; absent from tills before tips */
    tips_total: Type.Optional(Money('tips taken in the shift (not in gross_sales)')),
    expected_cash: Money(),
    counted_cash: Nullable(Money()),
  }),
});

const DeviceObjectSchema = Type.Object({
  id: Id('dev'),
  object: Type.Literal('device'),
  location_id: Id('loc'),
  name: Type.String(),
  paired_at: Type.String({ format: 'date-time' }),
  livemode: Type.Boolean({ description: 'false for a till paired with a test-mode code' }),
});

export const TILL_EVENTS = {
  'shift.closed': define(
    'shift.closed',
    'A shift was closed at a till; carries its Z report.',
    objectData(ShiftObjectSchema),
    {
      id: 'shf_01KAQ1A2B3C4D5E6F7G8H9J0K1',
      object: 'shift',
      location_id: LOC,
      device_id: DEV,
      opened_at: '2026-11-23T07:00:00.000Z',
      closed_at: '2026-11-23T17:05:00.000Z',
      closed_by: 'stf_01KAQ1Z2Y3X4W5V6T7S8R9Q0P1',
      z_report: { sales_count: 142, gross_sales: 183_450, refunds: 1_200, tips_total: 6_420, expected_cash: 45_300, counted_cash: 45_250 },
    },
    noUrl,
  ),
  'device.paired': define(
    'device.paired',
    'A till was paired with a location.',
    objectData(DeviceObjectSchema),
    { id: DEV, object: 'device', location_id: LOC, name: 'Counter 1', paired_at: '2026-11-23T06:55:00.000Z', livemode: true },
    noUrl,
  ),
} satisfies Partial<Record<EventType, EventDefinition>>;
