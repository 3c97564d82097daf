-- Tips (issue 13): a tip rides on a payment beside its amount (core/tips.ts); it is never part of the
-- order's total, tax or sales. orders.tip is Σ tip of its succeeded payments, kept like amount_paid.
ALTER TABLE payments ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0);
ALTER TABLE orders ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0);
ALTER TABLE failed_payments ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0);
