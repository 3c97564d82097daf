-- What each till last reported of its own outbox (header X-Pos-Unsynced on every sync request):
-- the back office flags tills that hold sales the cloud has not received yet.
ALTER TABLE device_sync_state
  ADD COLUMN unsynced_count integer CHECK (unsynced_count >= 0),
  ADD COLUMN unsynced_reported_at timestamptz;
