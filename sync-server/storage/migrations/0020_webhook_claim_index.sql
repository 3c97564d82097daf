-- The dispatcher's claim counts each endpoint's deliveries in flight (pending with a lease) to keep
-- the per-endpoint cap. Without this index that count read every pending delivery of the endpoint:
-- a backlog of 10 000 made every claim read 10 000 rows. Leases are cleared when an attempt is
-- recorded, so this index holds only the few deliveries in flight (and expired leases until re-claimed).
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries (endpoint_id, lease_until)
  WHERE status = 'pending' AND lease_until IS NOT NULL;
