-- Tenancy and the transactional outbox every other table's changes write into.

CREATE TABLE businesses (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  currency    text NOT NULL DEFAULT 'EUR',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE locations (
  id              text PRIMARY KEY,
  business_id     text NOT NULL REFERENCES businesses(id),
  name            text NOT NULL,
  address         jsonb NOT NULL DEFAULT '{}'::jsonb,
  timezone        text NOT NULL DEFAULT 'UTC',
  currency        text NOT NULL,
  tax_mode        text NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive')),
  cash_rounding   integer NOT NULL DEFAULT 1 CHECK (cash_rounding >= 1),
  receipt_header  text NOT NULL DEFAULT '',
  receipt_footer  text NOT NULL DEFAULT '',
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX locations_business ON locations (business_id, id);

-- The outbox and the events feed are one table. `xact_id` is the writing transaction's id:
-- the feed serves only events whose transaction is older than every transaction still running
-- (pg_snapshot_xmin), ordered by (xact_id, seq), so a reader never passes an event that
-- commits late. See docs/decisions.md "Events feed cursor".
CREATE TABLE events (
  seq          bigserial PRIMARY KEY,
  id           text NOT NULL UNIQUE,
  business_id  text NOT NULL REFERENCES businesses(id),
  type         text NOT NULL,
  location_id  text,
  device_id    text,
  api_version  text NOT NULL,
  occurred_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  xact_id      xid8 NOT NULL DEFAULT pg_current_xact_id(),
  data         jsonb NOT NULL
);
CREATE INDEX events_feed ON events (business_id, xact_id, seq);
CREATE INDEX events_created ON events (created_at);
