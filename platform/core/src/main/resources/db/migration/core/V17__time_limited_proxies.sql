-- A proxy's access may be given until a day (the last day it works); the practice's notices 14 days before that
-- day, and before the patient's 11th and 16th birthdays when the access is reviewed, are sent once each: the day each
-- was queued is kept.
ALTER TABLE PATIENT_ASSOCIATION ADD COLUMN ACCESS_UNTIL DATE;
ALTER TABLE PATIENT_ASSOCIATION ADD COLUMN ENDING_NOTICE_ON DATE;
ALTER TABLE PATIENT_ASSOCIATION ADD COLUMN REVIEW_NOTICE_ON DATE;
