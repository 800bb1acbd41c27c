-- whom to notify of the practice's replies: the account that started the conversation (the patient, or their proxy)
ALTER TABLE THREAD ADD COLUMN ACCOUNT_ID VARCHAR(20);
ALTER TABLE NOTIFICATION ADD COLUMN ACCOUNT_ID VARCHAR(20);
