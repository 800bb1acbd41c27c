-- A result's flag from the laboratory (high, low, abnormal…), the clinician's comment for the patient and the test
-- request it answers (by which results are grouped). Results stored before have none of the three.
ALTER TABLE ENTRY ADD COLUMN RESULT_FLAG VARCHAR(20);
ALTER TABLE ENTRY ADD COLUMN RESULT_COMMENT VARCHAR(1000);
ALTER TABLE ENTRY ADD COLUMN RESULT_REQUEST VARCHAR(200);
