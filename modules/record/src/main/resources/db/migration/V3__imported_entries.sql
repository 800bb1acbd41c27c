-- An entry imported from the practice's clinical system keeps that system's key for it (the FHIR resource's first
-- identifier, else its type and id), so importing it again updates the same row instead of adding a copy.
ALTER TABLE ENTRY ADD COLUMN SOURCE_KEY VARCHAR(300);
CREATE INDEX ENTRY_BY_SOURCE_KEY ON ENTRY (PATIENT_ID, SOURCE_KEY);
