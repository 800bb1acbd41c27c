-- The patient API's sessions and credential-attempt buckets when several nodes share the database, so that any node
-- serves any call (a node alone on embedded Derby keeps them in memory). The host's own tables, in its own schema:
-- the core never reads them. Times are epoch milliseconds: nodes agree on them whatever their time zone.
CREATE TABLE API_SESSION (
    TOKEN_HASH       VARCHAR(64)   NOT NULL PRIMARY KEY,
    VUA_ID           BIGINT        NOT NULL,
    ACCOUNT_ID       VARCHAR(12)   NOT NULL,
    PRACTICE_ID      BIGINT        NOT NULL,
    LINKAGE_ID       BIGINT        NOT NULL,
    DISPLAY_NAME     VARCHAR(250)  NOT NULL,
    CHANNEL          VARCHAR(10)   NOT NULL,
    APP_NAME         VARCHAR(120),
    -- linkId=patientId pairs separated by ';' (link ids are URL-safe Base64)
    PATIENT_LINKS    VARCHAR(8000) NOT NULL,
    LAST_USED_MILLIS BIGINT        NOT NULL
);
CREATE INDEX API_SESSION_BY_VUA ON API_SESSION (VUA_ID);
CREATE INDEX API_SESSION_BY_LAST_USE ON API_SESSION (LAST_USED_MILLIS);

-- the portal's sign-in attempts share these buckets under client keys of their own ('portal <address>')
CREATE TABLE API_RATE_BUCKET (
    CLIENT         VARCHAR(100)     NOT NULL PRIMARY KEY,
    TOKENS         DOUBLE PRECISION NOT NULL,
    UPDATED_MILLIS BIGINT           NOT NULL
);
