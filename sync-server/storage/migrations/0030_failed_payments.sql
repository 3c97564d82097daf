-- Payment attempts that took no money (declined, aborted or timed-out card payments on a till, failed
-- external payments reported through the API). Kept apart from `payments`, which only ever holds money
-- taken: a till's failed attempt is for a cart that may never become an order, so no foreign key.
CREATE TABLE failed_payments (
  id               text PRIMARY KEY,
  business_id      text NOT NULL REFERENCES businesses(id),
  location_id      text NOT NULL REFERENCES locations(id),
  order_id         text NOT NULL,
  source           text NOT NULL CHECK (source IN ('till', 'api')),
  method           text NOT NULL CHECK (method IN ('cash', 'card', 'external')),
  amount           integer NOT NULL CHECK (amount > 0),
  currency         text NOT NULL,
  failure_code     text NOT NULL,
  failure_message  text NOT NULL,
  reference        text,
  card             jsonb,
  device_id        text,
  staff_id         text,
  shift_id         text,
  occurred_at      timestamptz NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX failed_payments_order ON failed_payments (business_id, order_id);
