-- Each answer belongs to the practice of the patient it was given for: one installation serves many practices, and
-- a practice sees only its own. Answers given before this column existed name no practice and are shown to none.
ALTER TABLE FEEDBACK_RESPONSE ADD COLUMN PRACTICE_ODS VARCHAR(10);
CREATE INDEX FEEDBACK_RESPONSE_PRACTICE ON FEEDBACK_RESPONSE (PRACTICE_ODS, SUBMITTED_AT);
