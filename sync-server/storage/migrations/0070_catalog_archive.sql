-- Tax rates, categories and modifier groups are deleted as products are (issue 13): the row stays
-- (past products and orders still point at it) with deleted_at set, and every list, the tills' pull
-- and the product reference checks leave it out.
ALTER TABLE tax_rates ADD COLUMN deleted_at timestamptz;
ALTER TABLE categories ADD COLUMN deleted_at timestamptz;
ALTER TABLE modifier_groups ADD COLUMN deleted_at timestamptz;
CREATE INDEX tax_rates_business_id ON tax_rates (business_id, id) WHERE deleted_at IS NULL;
CREATE INDEX categories_business_id ON categories (business_id, id) WHERE deleted_at IS NULL;
CREATE INDEX modifier_groups_business_id ON modifier_groups (business_id, id) WHERE deleted_at IS NULL;
