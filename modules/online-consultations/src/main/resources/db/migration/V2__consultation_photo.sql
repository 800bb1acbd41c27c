-- A medical request's optional photo: its type and size with the request, the file in a table of its own so that
-- listing requests never reads the bytes. Portable SQL (${blob}: BLOB on Derby, BYTEA on PostgreSQL).
ALTER TABLE CONSULTATION ADD COLUMN PHOTO_TYPE VARCHAR(20);
ALTER TABLE CONSULTATION ADD COLUMN PHOTO_SIZE BIGINT;

CREATE TABLE CONSULTATION_PHOTO (
    CONSULTATION_ID BIGINT PRIMARY KEY,
    CONTENT ${blob} NOT NULL
);
