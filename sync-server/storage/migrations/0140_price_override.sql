-- Price override at the till (issue 10): the line's price was changed by the cashier (guarded action
-- price_override). {"original_price", "approved_by"} on such a line (base_price is the new price); NULL otherwise.
ALTER TABLE order_lines ADD COLUMN price_override jsonb;
