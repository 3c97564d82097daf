-- Till sync (SPEC §5.6): each device's last applied seq, the log of every mutation a till pushed
-- (applied or rejected, never dropped), shifts and cash movements, and the change log the tills'
-- pull cursor walks.

-- Discounts above this share of an order need a manager PIN on the till (a location setting tills pull).
ALTER TABLE locations ADD COLUMN discount_approval_basis_points integer NOT NULL DEFAULT 2000
  CHECK (discount_approval_basis_points BETWEEN 0 AND 10000);

-- The seq gate: a push locks this row (FOR UPDATE) for each mutation, so two racing pushes of the
-- same batch apply each seq once and the loser sees `duplicate`.
CREATE TABLE device_sync_state (
  device_id    text PRIMARY KEY REFERENCES devices(id),
  business_id  text NOT NULL REFERENCES businesses(id),
  last_seq     bigint NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sync_mutations (
  -- the till's UUIDv7: unique, the second guard after seq against applying twice
  id             text PRIMARY KEY,
  business_id    text NOT NULL REFERENCES businesses(id),
  location_id    text NOT NULL REFERENCES locations(id),
  device_id      text NOT NULL REFERENCES devices(id),
  seq            bigint NOT NULL CHECK (seq >= 1),
  type           text NOT NULL,
  status         text NOT NULL CHECK (status IN ('applied', 'rejected')),
  error_code     text,
  error_message  text,
  payload        jsonb NOT NULL,
  occurred_at    timestamptz NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, seq)
);
CREATE INDEX sync_mutations_rejected ON sync_mutations (business_id, received_at DESC) WHERE status = 'rejected';

CREATE TABLE shifts (
  id             text PRIMARY KEY,
  business_id    text NOT NULL REFERENCES businesses(id),
  location_id    text NOT NULL REFERENCES locations(id),
  device_id      text REFERENCES devices(id),
  staff_id       text NOT NULL,
  opened_at      timestamptz NOT NULL,
  opening_float  integer NOT NULL CHECK (opening_float >= 0),
  closed_at      timestamptz,
  closed_by      text,
  counted_cash   integer,
  expected_cash  integer,
  variance       integer,
  -- the Z report as the till computed it (core/sync/shift-report.ts)
  report         jsonb,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shifts_location ON shifts (business_id, location_id, opened_at DESC);

CREATE TABLE cash_movements (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  device_id    text REFERENCES devices(id),
  shift_id     text NOT NULL REFERENCES shifts(id),
  staff_id     text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'drop')),
  amount       integer NOT NULL CHECK (amount > 0),
  reason       text NOT NULL DEFAULT '',
  occurred_at  timestamptz NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

-- Change log for the tills' pull: one row per changed catalog entity (or API order), written by
-- triggers so every writer (API, back office, CLI, till sales changing stock) is covered. Like the
-- events feed, a cursor is (xact_id, seq) and a pull serves only rows below pg_snapshot_xmin, so a
-- change that commits late is never skipped.
CREATE TABLE sync_changes (
  seq          bigserial PRIMARY KEY,
  xact_id      xid8 NOT NULL DEFAULT pg_current_xact_id(),
  business_id  text NOT NULL,
  -- NULL: every location of the business (staff allowed everywhere)
  location_id  text,
  entity       text NOT NULL CHECK (entity IN ('location', 'product', 'category', 'modifier_group', 'tax_rate', 'staff', 'order')),
  entity_id    text NOT NULL,
  changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_changes_feed ON sync_changes (business_id, xact_id, seq);
CREATE INDEX sync_changes_age ON sync_changes (changed_at);

CREATE FUNCTION sync_track_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  v_entity text;
  v_id text;
  v_location text;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  CASE TG_TABLE_NAME
    WHEN 'locations' THEN v_entity := 'location'; v_id := r.id; v_location := r.id;
    WHEN 'products' THEN v_entity := 'product'; v_id := r.id; v_location := r.location_id;
    WHEN 'categories' THEN v_entity := 'category'; v_id := r.id; v_location := r.location_id;
    WHEN 'modifier_groups' THEN v_entity := 'modifier_group'; v_id := r.id; v_location := r.location_id;
    WHEN 'tax_rates' THEN v_entity := 'tax_rate'; v_id := r.id; v_location := r.location_id;
    WHEN 'staff' THEN v_entity := 'staff'; v_id := r.id; v_location := r.location_id;
    WHEN 'barcodes' THEN v_entity := 'product'; v_id := r.product_id; v_location := r.location_id;
    WHEN 'modifiers' THEN
      v_entity := 'modifier_group'; v_id := r.group_id;
      SELECT location_id INTO v_location FROM modifier_groups WHERE id = r.group_id;
    WHEN 'product_modifier_groups' THEN
      v_entity := 'product'; v_id := r.product_id;
      SELECT location_id INTO v_location FROM products WHERE id = r.product_id;
    WHEN 'orders' THEN
      IF r.source <> 'api' THEN RETURN NULL; END IF;
      v_entity := 'order'; v_id := r.id; v_location := r.location_id;
  END CASE;
  INSERT INTO sync_changes (business_id, location_id, entity, entity_id) VALUES (r.business_id, v_location, v_entity, v_id);
  -- Moved to another location: the old location's tills must drop it.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('products', 'staff') THEN
    IF OLD.location_id IS DISTINCT FROM NEW.location_id THEN
      INSERT INTO sync_changes (business_id, location_id, entity, entity_id) VALUES (r.business_id, OLD.location_id, v_entity, v_id);
    END IF;
  END IF;
  -- Delivered at commit to every server instance; each pokes its tills of that location (or all, when NULL).
  PERFORM pg_notify('pos_sync', json_build_object('business_id', r.business_id, 'location_id', v_location)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER locations_sync AFTER INSERT OR UPDATE ON locations FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER products_sync AFTER INSERT OR UPDATE OR DELETE ON products FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER categories_sync AFTER INSERT OR UPDATE OR DELETE ON categories FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER modifier_groups_sync AFTER INSERT OR UPDATE OR DELETE ON modifier_groups FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER modifiers_sync AFTER INSERT OR UPDATE OR DELETE ON modifiers FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER tax_rates_sync AFTER INSERT OR UPDATE OR DELETE ON tax_rates FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER staff_sync AFTER INSERT OR UPDATE OR DELETE ON staff FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER barcodes_sync AFTER INSERT OR UPDATE OR DELETE ON barcodes FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER product_modifier_groups_sync AFTER INSERT OR UPDATE OR DELETE ON product_modifier_groups FOR EACH ROW EXECUTE FUNCTION sync_track_change();
CREATE TRIGGER orders_sync AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION sync_track_change();
