-- The patient API's sessions and credential-attempt buckets are the host's, in its own schema (HOST) and migrations
-- since this version. The rows are not copied: sessions last 20 idle minutes and buckets 10, so an upgrade signs
-- apps' sessions out once (they open new ones with their access identity) and starts every address's budget full.
DROP TABLE API_SESSION;
DROP TABLE API_RATE_BUCKET;
