-- Tips given back (tips2): a cancel or void gives back the whole charge, tip included (docs/decisions.md).
-- refunds.tip is the tip a cancel's refund gave back with its amount; payments.tip_refunded is how much
-- of the payment's tip went back (set by a cancel or a till void; never by POST …/refunds).
ALTER TABLE refunds ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0);
ALTER TABLE payments ADD COLUMN tip_refunded integer NOT NULL DEFAULT 0 CHECK (tip_refunded >= 0 AND tip_refunded <= tip);
