-- Who may do what: integrator API keys (+ idempotency records), back-office users and their
-- sessions, till staff (PIN hashes the tills pull), paired devices and one-time pairing codes.

CREATE TABLE api_keys (
  id            text PRIMARY KEY,
  business_id   text NOT NULL REFERENCES businesses(id),
  name          text NOT NULL,
  -- first characters of the key (`pos_live_ab12`), shown in lists; the key itself is never stored
  prefix        text NOT NULL,
  -- hex sha256 of the full key: keys carry ≥190 bits of entropy, so a slow hash adds nothing
  key_hash      text NOT NULL UNIQUE,
  scopes        text[] NOT NULL,
  -- NULL = every location of the business
  location_ids  text[],
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX api_keys_business ON api_keys (business_id, id);

-- One row per (API key, Idempotency-Key). `state` is 'in_flight' while the first request runs and
-- 'completed' once its response is stored; `committed` is set inside the request's own transaction,
-- so a crash between commit and storing the response is never re-executed.
CREATE TABLE idempotency_keys (
  api_key_id        text NOT NULL REFERENCES api_keys(id),
  key               text NOT NULL,
  business_id       text NOT NULL REFERENCES businesses(id),
  request_hash      text NOT NULL,
  method            text NOT NULL,
  path              text NOT NULL,
  state             text NOT NULL CHECK (state IN ('in_flight', 'completed')),
  committed         boolean NOT NULL DEFAULT false,
  response_status   integer,
  response_headers  jsonb,
  response_body     text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz NOT NULL,
  PRIMARY KEY (api_key_id, key)
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);

CREATE TABLE users (
  id             text PRIMARY KEY,
  business_id    text NOT NULL REFERENCES businesses(id),
  email          text NOT NULL,
  name           text NOT NULL DEFAULT '',
  role           text NOT NULL CHECK (role IN ('owner', 'manager')),
  -- scrypt$N$r$p$<salt b64>$<hash b64>
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  disabled_at    timestamptz
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

CREATE TABLE sessions (
  id            text PRIMARY KEY,
  business_id   text NOT NULL REFERENCES businesses(id),
  user_id       text NOT NULL REFERENCES users(id),
  -- hex sha256 of the cookie token
  token_hash    text NOT NULL UNIQUE,
  csrf_secret   text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE staff (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  -- NULL = may sign in at every location of the business
  location_id  text REFERENCES locations(id),
  name         text NOT NULL,
  role         text NOT NULL CHECK (role IN ('cashier', 'manager')),
  -- pbkdf2$sha256$<iterations>$<salt b64>$<hash b64> (core/pin-hash.ts); tills verify offline
  pin_hash     text NOT NULL,
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_business ON staff (business_id, location_id);
CREATE INDEX staff_updated ON staff (business_id, updated_at);

CREATE TABLE devices (
  id            text PRIMARY KEY,
  business_id   text NOT NULL REFERENCES businesses(id),
  location_id   text NOT NULL REFERENCES locations(id),
  name          text NOT NULL,
  -- hex sha256 of the device token (high entropy, shown to the till once)
  token_hash    text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX devices_location ON devices (business_id, location_id);

CREATE TABLE pairing_codes (
  -- hex sha256 of the normalised code (upper case, no dash)
  code_hash    text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  device_id    text REFERENCES devices(id)
);
