-- NHS login (NL01): a citizen proven to P9 by NHS login, whose NHS number belongs to a patient registered here, gets
-- their own account without a registration letter. The account's identity verification says "NHS login P9", and it
-- signs in through a linkage of its own kind (no username, no password, no linkage key).
ALTER TABLE ACCOUNT_LINKAGE DROP CONSTRAINT LINKAGE_KIND_KNOWN;
ALTER TABLE ACCOUNT_LINKAGE ADD CONSTRAINT LINKAGE_KIND_KNOWN CHECK (KIND IN ('PORTAL', 'APP', 'NHS_LOGIN'));
ALTER TABLE IDENTITY_VERIFICATION DROP CONSTRAINT IDV_METHOD_KNOWN;
ALTER TABLE IDENTITY_VERIFICATION ADD CONSTRAINT IDV_METHOD_KNOWN
    CHECK (METHOD IN ('VOUCHING', 'VOUCHING_INFORMATION', 'IDENTITY_DOCUMENTATION', 'NHS_LOGIN'));
