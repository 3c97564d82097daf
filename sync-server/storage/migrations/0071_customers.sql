-- Customers of a business (issue 13): shared by all its locations, as Square's customer directory.
-- An order may name one; the till and the API attach them.
CREATE TABLE customers (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  name         text,
  email        text,
  phone        text,
  note         text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX customers_business ON customers (business_id, id);
CREATE INDEX customers_updated ON customers (business_id, updated_at);

ALTER TABLE orders ADD COLUMN customer_id text REFERENCES customers(id);
CREATE INDEX orders_customer ON orders (customer_id) WHERE customer_id IS NOT NULL;
