-- Retention of the tills' change log: sync_changes rows older than 30 days are pruned; this row
-- remembers the highest position pruned per business, so a till whose cursor is older than that
-- gets a fresh snapshot instead of silently missing the pruned changes.
CREATE TABLE sync_changes_pruned (
  business_id  text PRIMARY KEY,
  xact_id      xid8 NOT NULL,
  seq          bigint NOT NULL
);
