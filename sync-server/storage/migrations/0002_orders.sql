-- Orders from both sources (tills push completed sales as facts; the API creates open orders),
-- their lines, payments, refunds and refund lines. Money is integer minor units; totals are
-- stored as computed (by the till for till sales, by core/order-totals for API orders).

CREATE TABLE order_number_counters (
  location_id  text PRIMARY KEY REFERENCES locations(id),
  last_number  integer NOT NULL
);

CREATE TABLE orders (
  id               text PRIMARY KEY,
  business_id      text NOT NULL REFERENCES businesses(id),
  location_id      text NOT NULL REFERENCES locations(id),
  source           text NOT NULL CHECK (source IN ('till', 'api')),
  device_id        text REFERENCES devices(id),
  staff_id         text,
  shift_id         text,
  number           text NOT NULL,
  status           text NOT NULL CHECK (status IN ('open', 'partially_paid', 'paid', 'partially_refunded', 'refunded', 'voided')),
  currency         text NOT NULL,
  tax_mode         text NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive')),
  cash_rounding    integer NOT NULL DEFAULT 1,
  -- order-level discount as entered ({kind:'percent',basis_points} | {kind:'amount',amount}) or NULL
  discount         jsonb,
  subtotal         integer NOT NULL,
  discount_total   integer NOT NULL,
  tax_total        integer NOT NULL,
  net_total        integer NOT NULL,
  total            integer NOT NULL,
  amount_paid      integer NOT NULL DEFAULT 0,
  amount_refunded  integer NOT NULL DEFAULT 0,
  tax_breakdown    jsonb NOT NULL DEFAULT '[]'::jsonb,
  external_ref     text,
  customer_note    text,
  -- when it happened (the till's clock for till sales); created_at is when the cloud stored it
  occurred_at      timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  voided_at        timestamptz,
  void_reason      text
);
CREATE INDEX orders_location ON orders (business_id, location_id, id);
CREATE INDEX orders_open ON orders (location_id, status) WHERE status IN ('open', 'partially_paid');
CREATE INDEX orders_business ON orders (business_id, id);

CREATE TABLE order_lines (
  id                    text PRIMARY KEY,
  order_id              text NOT NULL REFERENCES orders(id),
  business_id           text NOT NULL REFERENCES businesses(id),
  position              integer NOT NULL,
  product_id            text,
  name                  text NOT NULL,
  quantity              integer NOT NULL CHECK (quantity > 0),
  -- product price before modifiers, and with them
  base_price            integer NOT NULL,
  unit_price            integer NOT NULL,
  -- [{id, name, price_delta}]
  modifiers             jsonb NOT NULL DEFAULT '[]'::jsonb,
  discount              jsonb,
  gross_before_discount integer NOT NULL,
  line_discount         integer NOT NULL DEFAULT 0,
  order_discount_share  integer NOT NULL DEFAULT 0,
  subtotal              integer NOT NULL,
  net                   integer NOT NULL,
  tax                   integer NOT NULL,
  total                 integer NOT NULL,
  tax_rate_id           text NOT NULL,
  rate_ppm              integer NOT NULL,
  note                  text
);
CREATE INDEX order_lines_order ON order_lines (order_id, position);

CREATE TABLE payments (
  id           text PRIMARY KEY,
  order_id     text NOT NULL REFERENCES orders(id),
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  method       text NOT NULL CHECK (method IN ('cash', 'card', 'external')),
  status       text NOT NULL CHECK (status IN ('succeeded', 'failed', 'pending')),
  amount       integer NOT NULL CHECK (amount >= 0),
  tendered     integer,
  change       integer,
  reference    text,
  -- card terminal result: {brand?, last4?, terminal_id?, receipt_lines?, …}
  card         jsonb,
  device_id    text,
  occurred_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_order ON payments (order_id, id);

CREATE TABLE refunds (
  id             text PRIMARY KEY,
  order_id       text NOT NULL REFERENCES orders(id),
  business_id    text NOT NULL REFERENCES businesses(id),
  location_id    text NOT NULL REFERENCES locations(id),
  payment_id     text REFERENCES payments(id),
  amount         integer NOT NULL CHECK (amount > 0),
  reason         text NOT NULL DEFAULT '',
  tax_breakdown  jsonb NOT NULL DEFAULT '[]'::jsonb,
  device_id      text,
  occurred_at    timestamptz NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_order ON refunds (order_id, id);

CREATE TABLE refund_lines (
  business_id  text NOT NULL REFERENCES businesses(id),
  refund_id  text NOT NULL REFERENCES refunds(id),
  line_id    text NOT NULL REFERENCES order_lines(id),
  quantity   integer NOT NULL CHECK (quantity > 0),
  amount     integer NOT NULL,
  tax        integer NOT NULL,
  PRIMARY KEY (refund_id, line_id)
);
