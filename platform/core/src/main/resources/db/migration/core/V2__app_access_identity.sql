-- Scenario 2: the opaque access identity an app receives when it links; only its SHA-256 is kept (it is a random
-- 256-bit value, so a fast hash is enough to make a stolen table useless).
ALTER TABLE ACCOUNT_LINKAGE ADD COLUMN ACCESS_IDENTITY_HASH VARCHAR(64);
ALTER TABLE ACCOUNT_LINKAGE ADD CONSTRAINT LINKAGE_ACCESS_IDENTITY_UNIQUE UNIQUE (ACCESS_IDENTITY_HASH);
