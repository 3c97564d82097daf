-- Customers reach the tills (issue 13): every change to a customer goes into the tills' change log
-- business-wide (location_id NULL: customers belong to the business) and pokes its tills.
-- A function of its own, so sync_track_change stays as it is.
ALTER TABLE sync_changes DROP CONSTRAINT sync_changes_entity_check;
ALTER TABLE sync_changes ADD CONSTRAINT sync_changes_entity_check
  CHECK (entity IN ('location', 'product', 'category', 'modifier_group', 'tax_rate', 'staff', 'order', 'customer'));

CREATE FUNCTION sync_track_customer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO sync_changes (business_id, location_id, entity, entity_id) VALUES (NEW.business_id, NULL, 'customer', NEW.id);
  PERFORM pg_notify('pos_sync', json_build_object('business_id', NEW.business_id, 'location_id', NULL)::text);
  RETURN NULL;
END $$;

CREATE TRIGGER customers_sync AFTER INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION sync_track_customer();
