-- Till roles and manager approvals (SPEC §12, issue 10): staff may be owners; the business sets what
-- managers and cashiers may do without a manager PIN; every approved action records who approved it.

ALTER TABLE staff DROP CONSTRAINT IF EXISTS staff_role_check;
ALTER TABLE staff ADD CONSTRAINT staff_role_check CHECK (role IN ('owner', 'manager', 'cashier'));

-- {"manager": [...actions], "cashier": [...actions]} (core/roles.ts); NULL = the defaults there.
ALTER TABLE businesses ADD COLUMN role_permissions jsonb;

-- Staff id of the manager whose PIN approved the guarded action (NULL: nobody had to).
ALTER TABLE orders ADD COLUMN approved_by text;
ALTER TABLE orders ADD COLUMN void_approved_by text;
ALTER TABLE refunds ADD COLUMN approved_by text;
ALTER TABLE shifts ADD COLUMN close_approved_by text;
ALTER TABLE cash_movements ADD COLUMN approved_by text;

-- A no-sale (drawer opened without a sale) moves no money but is kept for the audit trail.
ALTER TABLE cash_movements DROP CONSTRAINT IF EXISTS cash_movements_kind_check;
ALTER TABLE cash_movements ADD CONSTRAINT cash_movements_kind_check CHECK (kind IN ('paid_in', 'paid_out', 'drop', 'no_sale'));
ALTER TABLE cash_movements DROP CONSTRAINT IF EXISTS cash_movements_amount_check;
ALTER TABLE cash_movements ADD CONSTRAINT cash_movements_amount_check CHECK (amount > 0 OR (kind = 'no_sale' AND amount = 0));
