-- Per-endpoint custom headers (Svix-style): sent on every delivery of the endpoint, validated on save
-- (no hop-by-hop, framing or signature headers; bounded count and size).
ALTER TABLE webhook_endpoints ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'::jsonb;
