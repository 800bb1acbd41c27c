-- A document's file is known by its SHA-256, so a second import of the same DocumentReference is compared with what
-- is stored without reading the stored file back; a document stored before this has none until it is compared once.
ALTER TABLE ENTRY ADD COLUMN CONTENT_SHA256 VARCHAR(64);
