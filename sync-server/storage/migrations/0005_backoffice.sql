-- Back office sign-in attempts: the login lockout counts failures here, in the database, so every
-- instance behind a load balancer enforces the same limit. Rows older than a day are pruned on each attempt.

CREATE TABLE backoffice_login_attempts (
  id            bigserial PRIMARY KEY,
  -- lower-cased e-mail as typed (also for unknown addresses, so probing them is limited too)
  email         text NOT NULL,
  ip            text NOT NULL,
  succeeded     boolean NOT NULL,
  attempted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX backoffice_login_attempts_email ON backoffice_login_attempts (email, attempted_at);
CREATE INDEX backoffice_login_attempts_ip ON backoffice_login_attempts (ip, attempted_at);
