-- The dispatcher picks each endpoint's next due deliveries with ORDER BY next_attempt_at, id LIMIT n.
-- webhook_deliveries_due had no id: deliveries queued by one transaction share next_attempt_at
-- (DEFAULT now()), so every claim sorted all of an endpoint's ties — a backlog of 10 000 queued at
-- once was read whole on every claim. With id in the key the pick is a bounded index range.
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (endpoint_id, next_attempt_at, id) WHERE status = 'pending';
DROP INDEX webhook_deliveries_due;
