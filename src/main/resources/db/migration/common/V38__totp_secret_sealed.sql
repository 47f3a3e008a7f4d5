-- TOTP secrets are stored sealed with AES-256-GCM (docs/decisions/0037): "v1.<key id>.<base64url of
-- nonce, ciphertext and tag>", about 90 characters for a 32-character base32 secret. Rows written
-- before stay readable as they are and are sealed at the next start (identity.TotpSealing) or
-- when next used at sign-in; the column only grows here.
ALTER TABLE app_user ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
