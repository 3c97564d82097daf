-- Issue 10: a tender taken on a sale that was then given back to the customer (cash handed back
-- before the sale was recorded) is synced as a cash movement of its own kind, so the cloud sees
-- every note that went through the drawer. It moves no money overall (in, then out again).

ALTER TABLE cash_movements DROP CONSTRAINT IF EXISTS cash_movements_kind_check;
ALTER TABLE cash_movements ADD CONSTRAINT cash_movements_kind_check CHECK (kind IN ('paid_in', 'paid_out', 'drop', 'no_sale', 'given_back'));
