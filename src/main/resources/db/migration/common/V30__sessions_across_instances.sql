-- Sessions and sign-in limits shared by every instance (issue 15, docs/decisions/0026).
--
-- One row per browser sign-in. The HTTP session holds a random key; the row holds its SHA-256, so
-- the table alone does not let anyone act as the user. Every request on a session checks its row:
-- signing out, disabling the user, a role change or a password reset end the row, and so the
-- session on every instance, whether or not the instances replicate their sessions.
CREATE TABLE signed_in_session (
    key_hash       VARCHAR(64)              NOT NULL PRIMARY KEY,
    username       VARCHAR(64)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    ended_because  VARCHAR(160)
);
CREATE INDEX ix_signed_in_session_user ON signed_in_session (username, ended_at);
CREATE INDEX ix_signed_in_session_started ON signed_in_session (started_at);

-- The sign-in throttle's counters (docs/decisions/0019), per client address and per account name,
-- shared so that alternating instances gains a guesser nothing. The subject is stored as a SHA-256
-- of "address:…" or "account:…": a name typed into the sign-in form may be a password.
CREATE TABLE login_failure (
    subject_hash  VARCHAR(64)              NOT NULL PRIMARY KEY,
    failures      INTEGER                  NOT NULL,
    last_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_try_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_failure_last ON login_failure (last_at);
