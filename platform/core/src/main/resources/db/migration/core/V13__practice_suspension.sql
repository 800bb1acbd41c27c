-- The supplier suspends a practice (it left, it stopped paying, a security incident): its staff cannot sign in, its
-- clinical system gets no tokens and its patients' services are off, until the supplier restores it. Nothing is
-- deleted. The reason stays on the row, and the audit trail says who did it and when.
ALTER TABLE PRACTICE ADD COLUMN SUSPENDED_AT TIMESTAMP;
ALTER TABLE PRACTICE ADD COLUMN SUSPENDED_REASON VARCHAR(300);
