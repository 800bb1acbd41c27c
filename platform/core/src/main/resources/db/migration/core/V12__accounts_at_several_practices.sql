-- A citizen with online accounts at several practices signs in once: the account at another practice is joined to
-- the portal sign-in of their own account (R8's first proxy scenario: a VUA at each practice, each verified there,
-- the linkage completed by the citizen). The joined account's portal linkage names the sign-in it goes through.
ALTER TABLE ACCOUNT_LINKAGE ADD COLUMN SIGNS_IN_THROUGH BIGINT REFERENCES ACCOUNT_LINKAGE (ID);
CREATE INDEX ACCOUNT_LINKAGE_SIGNS_IN_THROUGH ON ACCOUNT_LINKAGE (SIGNS_IN_THROUGH);
