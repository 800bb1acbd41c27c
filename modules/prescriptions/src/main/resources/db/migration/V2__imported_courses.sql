-- A course imported from the practice's clinical system keeps that system's key for it (the MedicationRequest's
-- first identifier, else its id), so importing it again updates the course instead of adding a copy; one labelled
-- confidential there (R or V) is restricted: never listed or orderable online.
ALTER TABLE COURSE ADD COLUMN SOURCE_KEY VARCHAR(300);
ALTER TABLE COURSE ADD COLUMN RESTRICTED BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX COURSE_BY_SOURCE_KEY ON COURSE (PATIENT_ID, SOURCE_KEY);
