-- Settings changes made at the tills (issue 10): hardware settings saved, the till paired again. Who made the
-- change and which manager approved it with their PIN (NULL: the role may change settings alone); audit only,
-- shown in the back office (Devices), no webhook event.
CREATE TABLE till_settings_changes (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL,
  device_id    text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('hardware', 'pairing')),
  detail       text NOT NULL,
  staff_id     text NOT NULL,
  approved_by  text,
  occurred_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX till_settings_changes_business ON till_settings_changes (business_id, occurred_at DESC);
