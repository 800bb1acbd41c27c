-- New-entry (prospective) access. Each practice's switch-on day, noted the first time the record module found the
-- practice's setting on (and removed when it finds it off), so that switching it on never shows older entries.
CREATE TABLE NEW_ENTRY_ACCESS (
    PRACTICE_ODS  VARCHAR(10) PRIMARY KEY,
    ON_SINCE      DATE        NOT NULL
);

-- A clinician's recorded reason for restricting one entry from View Record (withholding it from the patient online).
CREATE TABLE ENTRY_RESTRICTION (
    ENTRY_ID       BIGINT       PRIMARY KEY REFERENCES ENTRY (ID),
    REASON         VARCHAR(500) NOT NULL,
    RESTRICTED_AT  TIMESTAMP    NOT NULL,
    RESTRICTED_BY  VARCHAR(120) NOT NULL
);

-- A clinician's reason for not giving this patient new-entry access (for their safety); null: they have it.
ALTER TABLE PATIENT_RECORD ADD COLUMN NEW_ENTRIES_WITHHELD VARCHAR(500);
