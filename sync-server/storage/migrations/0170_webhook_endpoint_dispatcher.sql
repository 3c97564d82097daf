-- One dispatcher at a time sends to an endpoint (issue 12): the claim round takes and renews the
-- endpoint (dispatcher_id, dispatcher_until = the end of the leases it just took), and another
-- instance skips it until that time has passed (a dead instance's endpoints are taken over then, when
-- its delivery leases have run out too). The owner keeps the per-endpoint cap in memory and leases a
-- window of deliveries ahead of it, so the claim no longer counts leases: webhook_deliveries_leased
-- (migration 0020), which only served that count, goes.
ALTER TABLE webhook_endpoints ADD COLUMN dispatcher_id text, ADD COLUMN dispatcher_until timestamptz;
DROP INDEX webhook_deliveries_leased;
