-- Goods sold by weight (issue 15): a product flag (its price is then per kilogram) with the container weight the
-- till subtracts, and the weighing on each order line (docs/decisions.md, "Goods sold by weight").

ALTER TABLE products ADD COLUMN sold_by_weight boolean NOT NULL DEFAULT false;
ALTER TABLE products ADD COLUMN tare_grams integer NOT NULL DEFAULT 0 CHECK (tare_grams >= 0 AND tare_grams <= 100000);

-- {"net_grams", "tare_grams", "price_per_kg"} on a weighed line (quantity 1, unit_price = the weight's price); NULL otherwise.
ALTER TABLE order_lines ADD COLUMN weight jsonb;
