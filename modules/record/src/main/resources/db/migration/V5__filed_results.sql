-- A test result is shown online only once a clinician has filed it: in the practice's clinical system (the import
-- reads that from the Observation's status) or here. Every result stored before this was shown, so each counts as
-- filed when it was recorded.
ALTER TABLE ENTRY ADD COLUMN FILED_AT TIMESTAMP;
ALTER TABLE ENTRY ADD COLUMN FILED_BY VARCHAR(120);
UPDATE ENTRY SET FILED_AT = RECORDED_AT, FILED_BY = RECORDED_BY WHERE SECTION = 'TEST_RESULTS';
