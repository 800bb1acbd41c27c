-- The coded entries recorded in a consultation (a problem reviewed, a medicine issued, a vaccination given) point to
-- it, so that reading a consultation shows what was coded in it.
ALTER TABLE ENTRY ADD COLUMN CONSULTATION_ID BIGINT;
CREATE INDEX ENTRY_BY_CONSULTATION ON ENTRY (CONSULTATION_ID);
