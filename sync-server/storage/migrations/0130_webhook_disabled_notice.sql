-- Endpoints the service disabled by itself (410 Gone, failing for days), as opposed to a user: the
-- back office dashboard shows a banner for them, and the owners get one mail (issue 13).
-- Re-enabling the endpoint clears both columns.
ALTER TABLE webhook_endpoints ADD COLUMN auto_disabled_at timestamptz;
ALTER TABLE webhook_endpoints ADD COLUMN owner_notified_at timestamptz;
CREATE INDEX webhook_endpoints_auto_disabled ON webhook_endpoints (business_id) WHERE auto_disabled_at IS NOT NULL;
-- The notice sweep runs after every committed event: it must stay an index probe.
CREATE INDEX webhook_endpoints_notice_due ON webhook_endpoints (id) WHERE auto_disabled_at IS NOT NULL AND owner_notified_at IS NULL;
