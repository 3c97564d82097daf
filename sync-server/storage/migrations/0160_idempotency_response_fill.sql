-- An API order stores its idempotent response in the statement that writes it (orders/place-api-order.ts):
-- the response is sealed in Node before the order number exists, with a placeholder where the number goes;
-- the statement records placeholder → number here, and a replay substitutes it into the opened body.
ALTER TABLE idempotency_keys ADD COLUMN response_fill jsonb;
