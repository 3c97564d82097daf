// Shapes the back-office JSON API (/backoffice/api, not API v1) answers with: the server builds them
// and the back-office page reads them, so both sides take their types from here.
import { Type, type Static } from 'typebox';
import { ShiftReportSchema } from '../sync/shift-report';
import { Nullable, Timestamp } from '../schema-primitives';
import { OrderSchema } from './orders';

/** A paired till with how far its sync got; `stale` when it has not been heard from for a while. */
export const DeviceViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  location_id: Type.String(),
  created_at: Timestamp(),
  last_seen_at: Nullable(Timestamp()),
  revoked_at: Nullable(Timestamp()),
  last_seq: Type.Integer(),
  last_mutation_at: Nullable(Timestamp()),
  rejected_count: Type.Integer(),
  stale: Type.Boolean(),
  /** false: paired in test mode; its sales are test data */
  livemode: Type.Boolean(),
});
export type DeviceView = Static<typeof DeviceViewSchema>;

/** Someone who signs in on the tills by PIN; `location_id` null = at every location. */
export const StaffViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('manager'), Type.Literal('cashier')]),
  location_id: Nullable(Type.String()),
  active: Type.Boolean(),
  created_at: Timestamp(),
  updated_at: Timestamp(),
});
export type StaffView = Static<typeof StaffViewSchema>;

/** A back-office user (never with a password hash). */
export const UserViewSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('manager')]),
  created_at: Timestamp(),
  disabled_at: Nullable(Timestamp()),
});
export type UserView = Static<typeof UserViewSchema>;

/** An API key as listed (the key itself is shown once, at creation). */
export const ApiKeyViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.String()),
  locations: Type.Union([Type.Literal('all'), Type.Array(Type.String())]),
  /** false: a pos_test_ key (test mode) */
  livemode: Type.Boolean(),
  created_at: Timestamp(),
  last_used_at: Nullable(Timestamp()),
  revoked_at: Nullable(Timestamp()),
});
export type ApiKeyView = Static<typeof ApiKeyViewSchema>;

/** A shift as the tills synced it; `report` is the Z report the till stored at close (fields may be missing in older reports). */
export const ShiftViewSchema = Type.Object({
  id: Type.String(),
  location_id: Type.String(),
  device_id: Nullable(Type.String()),
  device_name: Nullable(Type.String()),
  staff_id: Type.String(),
  staff_name: Nullable(Type.String()),
  closed_by_name: Nullable(Type.String()),
  /** the manager whose PIN approved closing the shift at the till (SPEC §12), when one had to */
  close_approved_by: Type.Optional(Nullable(Type.String())),
  close_approved_by_name: Type.Optional(Nullable(Type.String())),
  opened_at: Timestamp(),
  closed_at: Nullable(Timestamp()),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  opening_float: Type.Integer(),
  expected_cash: Nullable(Type.Integer()),
  counted_cash: Nullable(Type.Integer()),
  variance: Nullable(Type.Integer()),
  report: Nullable(Type.Partial(ShiftReportSchema)),
});
export type ShiftView = Static<typeof ShiftViewSchema>;

/** One shift with how many orders were synced for it and its cash movements. */
export const ShiftDetailViewSchema = Type.Object({
  ...ShiftViewSchema.properties,
  order_count: Type.Integer(),
  cash_movements: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      amount: Type.Integer(),
      reason: Type.String(),
      staff_id: Type.String(),
      occurred_at: Timestamp(),
      approved_by: Type.Optional(Nullable(Type.String())),
      approved_by_name: Type.Optional(Nullable(Type.String())),
    }),
  ),
});
export type ShiftDetailView = Static<typeof ShiftDetailViewSchema>;

/** A mutation the server refused from a till; kept for the back office to show, never dropped. */
export const RejectedMutationViewSchema = Type.Object({
  id: Type.String(),
  device_id: Type.String(),
  seq: Type.Integer(),
  type: Type.String(),
  error_code: Type.String(),
  error_message: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  occurred_at: Timestamp(),
  received_at: Timestamp(),
});
export type RejectedMutationView = Static<typeof RejectedMutationViewSchema>;

/** GET /backoffice/api/dashboard: today's sales per location (from its local midnight) and the tills needing attention. */
export const DashboardViewSchema = Type.Object({
  locations: Type.Array(
    Type.Object({
      location_id: Type.String(),
      name: Type.String(),
      currency: Type.String(),
      timezone: Type.String(),
      day_start: Timestamp(),
      orders: Type.Integer(),
      gross_sales: Type.Integer(),
      refunds: Type.Integer(),
      net_sales: Type.Integer(),
      tax: Type.Integer(),
      open_orders: Type.Integer(),
      voided_orders: Type.Integer(),
    }),
  ),
  devices: Type.Object({ active: Type.Integer(), attention: Type.Array(DeviceViewSchema) }),
  /** webhook endpoints the service disabled by itself (410 Gone, failing for days) and nobody re-enabled yet */
  disabled_webhooks: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), url: Type.String(), disabled_reason: Nullable(Type.String()), disabled_at: Timestamp() }),
  ),
});
export type DashboardView = Static<typeof DashboardViewSchema>;

export const TaxRateViewSchema = Type.Object({
  id: Type.String(),
  location_id: Type.String(),
  name: Type.String(),
  rate_ppm: Type.Integer(),
  product_count: Type.Integer(),
});
export type TaxRateView = Static<typeof TaxRateViewSchema>;

export const CategoryViewSchema = Type.Object({
  id: Type.String(),
  location_id: Type.String(),
  name: Type.String(),
  color: Nullable(Type.String()),
  sort_order: Type.Integer(),
  product_count: Type.Integer(),
});
export type CategoryView = Static<typeof CategoryViewSchema>;

export const ModifierViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  price_delta: Type.Integer(),
  sort_order: Type.Integer(),
});
export type ModifierView = Static<typeof ModifierViewSchema>;

export const ModifierGroupViewSchema = Type.Object({
  id: Type.String(),
  location_id: Type.String(),
  name: Type.String(),
  min_select: Type.Integer(),
  max_select: Type.Integer(),
  modifiers: Type.Array(ModifierViewSchema),
});
export type ModifierGroupView = Static<typeof ModifierGroupViewSchema>;

/** GET /backoffice/api/catalog?location_id=: everything of a location's catalog except the products. */
export const CatalogViewSchema = Type.Object({
  tax_rates: Type.Array(TaxRateViewSchema),
  categories: Type.Array(CategoryViewSchema),
  modifier_groups: Type.Array(ModifierGroupViewSchema),
});
export type CatalogView = Static<typeof CatalogViewSchema>;

/** GET /backoffice/api/event-types: what an endpoint may subscribe to, and every type with its description. */
export const EventTypesViewSchema = Type.Object({
  subscribable: Type.Array(Type.String()),
  data: Type.Array(Type.Object({ type: Type.String(), description: Type.String() })),
});
export type EventTypesView = Static<typeof EventTypesViewSchema>;

const NamedRef = Type.Object({ id: Type.String(), name: Type.String() });

/** An API v1 order with the names of the till and the staff member behind it (order detail only). */
export const OrderViewSchema = Type.Object({
  ...OrderSchema.properties,
  device: Type.Optional(Nullable(NamedRef)),
  staff: Type.Optional(Nullable(NamedRef)),
  /** manager approvals given at the till for this order (SPEC §12 approved_by): the sale, each price override, its void, each refund */
  approvals: Type.Optional(
    Type.Array(
      Type.Object({
        action: Type.Union([Type.Literal('sale'), Type.Literal('price_override'), Type.Literal('void'), Type.Literal('refund')]),
        staff_id: Type.String(),
        staff_name: Nullable(Type.String()),
        refund_id: Nullable(Type.String()),
        /** the line whose price was changed (price_override only) */
        line_id: Type.Optional(Nullable(Type.String())),
      }),
    ),
  ),
});
export type OrderView = Static<typeof OrderViewSchema>;

/** GET /backoffice/api/settings-changes: settings changed at the tills (hardware, pairing), newest first, with who approved. */
export const SettingsChangesViewSchema = Type.Object({
  data: Type.Array(
    Type.Object({
      id: Type.String(),
      location_id: Type.String(),
      device_id: Type.String(),
      device_name: Nullable(Type.String()),
      kind: Type.Union([Type.Literal('hardware'), Type.Literal('pairing')]),
      detail: Type.String(),
      staff_id: Type.String(),
      staff_name: Nullable(Type.String()),
      approved_by: Nullable(Type.String()),
      approved_by_name: Nullable(Type.String()),
      occurred_at: Type.String(),
    }),
  ),
});
export type SettingsChangesView = Static<typeof SettingsChangesViewSchema>;
