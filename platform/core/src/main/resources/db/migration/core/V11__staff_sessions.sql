-- "Sign out of all devices" and a password change end a staff member's other sessions: each session carries the
-- generation it signed in at, and the portal ends one whose generation is no longer the account's.
ALTER TABLE STAFF_USER ADD COLUMN SESSION_GENERATION INTEGER NOT NULL DEFAULT 0;
ALTER TABLE SUPPLIER_ADMIN ADD COLUMN SESSION_GENERATION INTEGER NOT NULL DEFAULT 0;
