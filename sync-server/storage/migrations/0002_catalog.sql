-- The catalog of each location: tax rates, categories, modifier groups and modifiers, products
-- with their barcodes and stock. Prices are integer minor units in the location's tax mode
-- (gross when tax-inclusive, net when tax-exclusive). `updated_at` drives the tills' pull.

CREATE TABLE tax_rates (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  name         text NOT NULL,
  -- parts per million: 19 % = 190000, 8.875 % = 88750
  rate_ppm     integer NOT NULL CHECK (rate_ppm >= 0 AND rate_ppm <= 1000000),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tax_rates_location ON tax_rates (location_id, updated_at);

CREATE TABLE categories (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  name         text NOT NULL,
  color        text,
  sort_order   integer NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX categories_location ON categories (location_id, updated_at);

CREATE TABLE modifier_groups (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  name         text NOT NULL,
  min_select   integer NOT NULL DEFAULT 0 CHECK (min_select >= 0),
  max_select   integer NOT NULL DEFAULT 1 CHECK (max_select >= 1 AND max_select >= min_select),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX modifier_groups_location ON modifier_groups (location_id, updated_at);

CREATE TABLE modifiers (
  id           text PRIMARY KEY,
  business_id  text NOT NULL REFERENCES businesses(id),
  group_id     text NOT NULL REFERENCES modifier_groups(id),
  name         text NOT NULL,
  -- added to the product's unit price (may be negative; the unit price never goes below 0)
  price_delta  integer NOT NULL DEFAULT 0,
  sort_order   integer NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX modifiers_group ON modifiers (group_id, sort_order);

CREATE TABLE products (
  id                   text PRIMARY KEY,
  business_id          text NOT NULL REFERENCES businesses(id),
  location_id          text NOT NULL REFERENCES locations(id),
  category_id          text REFERENCES categories(id),
  tax_rate_id          text NOT NULL REFERENCES tax_rates(id),
  name                 text NOT NULL,
  description          text NOT NULL DEFAULT '',
  sku                  text,
  price                integer NOT NULL CHECK (price >= 0),
  active               boolean NOT NULL DEFAULT true,
  sort_order           integer NOT NULL DEFAULT 0,
  -- stock: tracked products have an on-hand count that sales decrement (may go negative:
  -- a till selling offline never refuses a sale for stock)
  track_stock          boolean NOT NULL DEFAULT false,
  stock_on_hand        integer NOT NULL DEFAULT 0,
  low_stock_threshold  integer,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  deleted_at           timestamptz
);
CREATE INDEX products_location ON products (location_id, id);
CREATE INDEX products_updated ON products (business_id, updated_at, id);

CREATE TABLE product_modifier_groups (
  business_id  text NOT NULL REFERENCES businesses(id),
  product_id   text NOT NULL REFERENCES products(id),
  group_id     text NOT NULL REFERENCES modifier_groups(id),
  sort_order   integer NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, group_id)
);

CREATE TABLE barcodes (
  business_id  text NOT NULL REFERENCES businesses(id),
  location_id  text NOT NULL REFERENCES locations(id),
  code         text NOT NULL,
  product_id   text NOT NULL REFERENCES products(id),
  PRIMARY KEY (location_id, code)
);
CREATE INDEX barcodes_product ON barcodes (product_id);
