-- Webhook endpoints, their signing secrets, and the delivery queue + log (SPEC §5.5).
-- The queue is the deliveries table itself: recordEvent() inserts one row per matching endpoint in
-- the event's own transaction, dispatchers lease due rows with FOR UPDATE SKIP LOCKED.

CREATE TABLE webhook_endpoints (
  id                 text PRIMARY KEY,
  business_id        text NOT NULL REFERENCES businesses(id),
  name               text NOT NULL,
  url                text NOT NULL,
  subscribed_events  text[] NOT NULL,
  payload            text NOT NULL DEFAULT 'full' CHECK (payload IN ('full', 'thin')),
  -- NULL = every location of the business (inherited from the API key that created it).
  location_ids       text[],
  enabled            boolean NOT NULL DEFAULT true,
  disabled_reason    text,
  disabled_at        timestamptz,
  -- Start of the current run of deliveries that exhausted every retry; cleared by any success.
  failing_since      timestamptz,
  created_by_key_id  text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_business ON webhook_endpoints (business_id, id);

-- Secrets are encrypted (AES-256-GCM); a rotated-out secret keeps signing until expires_at.
CREATE TABLE webhook_secrets (
  id           bigserial PRIMARY KEY,
  endpoint_id  text NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  sealed       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at   timestamptz
);
CREATE INDEX webhook_secrets_endpoint ON webhook_secrets (endpoint_id, id DESC);

CREATE TABLE webhook_deliveries (
  id               text PRIMARY KEY,
  business_id      text NOT NULL,
  endpoint_id      text NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
  -- NULL only for test sends, whose envelope (a sample, not a real event) is kept in test_envelope.
  event_id         text REFERENCES events(id) ON DELETE CASCADE,
  event_type       text NOT NULL,
  test_envelope    jsonb,
  -- pending: waiting for its next attempt; succeeded; failed: retries exhausted or endpoint disabled.
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempt_count    integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  -- A worker owns the row while lease_until is in the future; lease_token fences a worker whose lease expired.
  lease_until      timestamptz,
  lease_token      text,
  last_status_code integer,
  last_error       text,
  origin           text NOT NULL DEFAULT 'event' CHECK (origin IN ('event', 'replay', 'test')),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (endpoint_id, next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id DESC);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);
CREATE INDEX webhook_deliveries_created ON webhook_deliveries (created_at);

CREATE TABLE webhook_attempts (
  id             text PRIMARY KEY,
  delivery_id    text NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
  number         integer NOT NULL,
  started_at     timestamptz NOT NULL,
  duration_ms    integer NOT NULL,
  status_code    integer,
  -- timeout | dns | connection_refused | connection_error | tls | http_status | blocked_address
  error_class    text,
  error_message  text,
  response_body  text,
  signature      text
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, number);

-- Key that seals webhook secrets when POS_SECRET_KEY is not set (one row, created on first use).
CREATE TABLE server_keys (
  name        text PRIMARY KEY,
  key         text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
