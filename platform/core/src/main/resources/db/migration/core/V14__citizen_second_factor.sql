-- Citizens may turn on two-step sign-in on their account page: an authenticator app, proved with a code before it
-- is kept, and ten one-time recovery codes kept only as SHA-256s. TOTP_LAST_STEP refuses a code used once already.
-- A new registration letter clears all three with the portal sign-in they belong to.
ALTER TABLE VUA ADD COLUMN TOTP_SECRET VARCHAR(64);
ALTER TABLE VUA ADD COLUMN TOTP_LAST_STEP BIGINT;
ALTER TABLE VUA ADD COLUMN RECOVERY_CODES VARCHAR(1000);
