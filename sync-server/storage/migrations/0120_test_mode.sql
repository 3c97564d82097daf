-- Test mode (issue 13, as Stripe's and Square's sandboxes): every row an integrator or a till can
-- create carries `livemode`. Existing rows are live. A test-mode writer (a pos_test_ key, a till
-- paired with a test code) starts its transaction with `SELECT set_config('pos.livemode', 'false', true)`
-- (sync-server/storage/live-mode.ts), so every row it inserts, events included, defaults to test
-- mode without each INSERT naming the column; outside such a transaction the default is live.
-- Readers always filter on the column (docs/decisions.md "Test mode").

CREATE FUNCTION pos_livemode() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(nullif(current_setting('pos.livemode', true), ''), 'true')::boolean $$;

ALTER TABLE api_keys ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE devices ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE pairing_codes ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE orders ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE payments ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE refunds ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE failed_payments ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE shifts ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE cash_movements ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE sync_mutations ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE customers ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE events ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();
ALTER TABLE webhook_endpoints ADD COLUMN livemode boolean NOT NULL DEFAULT pos_livemode();

-- Test data is a sliver beside live data: partial indexes let test-mode lists and the test feed
-- skip the live rows, and leave the live indexes (and live writes) as they were.
CREATE INDEX orders_test ON orders (business_id, id) WHERE NOT livemode;
CREATE INDEX customers_test ON customers (business_id, id) WHERE NOT livemode;
CREATE INDEX events_test_feed ON events (business_id, xact_id, seq) WHERE NOT livemode;
