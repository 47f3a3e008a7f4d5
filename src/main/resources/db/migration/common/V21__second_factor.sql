-- A second factor at sign-in (issue 14, part 7): a TOTP secret (RFC 6238, base32) per user who
-- enrolled, and the last time step a code was accepted for, so that a code cannot be used twice.
-- Whether admins must have one is a row of app_setting (identity.admin-second-factor).
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;
