-- Product pictures (issue 10): one picture per product, stored in the database so every instance
-- serves it (no shared disk needed). Its URL names the sha256 of the bytes, so a picture never
-- changes under a URL and tills and browsers may cache it for good (docs/decisions.md, "Product images").
CREATE TABLE product_images (
  product_id    text PRIMARY KEY REFERENCES products(id),
  business_id   text NOT NULL REFERENCES businesses(id),
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content_type  text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes         bytea NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
