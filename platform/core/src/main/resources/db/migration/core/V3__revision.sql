-- The core's revision when several nodes share the database: every core write moves it on, and each node's caches
-- of access facts compare against it (see SharedRevision). A node alone on embedded Derby counts in memory instead.
CREATE SEQUENCE REVISION AS BIGINT START WITH 1;
