-- Reports: the satisfaction ratings given at the counter tablets. Like the event table it is append-only:
-- one rating per finished ticket, never edited. No free text, so no personal data can land here.
CREATE TABLE rating (
    ticket_id      INTEGER PRIMARY KEY REFERENCES ticket(id),
    at             BIGINT NOT NULL,
    service_day    CHAR(10) NOT NULL,
    counter_number INTEGER NOT NULL,
    officer_id     INTEGER,
    device_id      INTEGER,
    score          VARCHAR(20) NOT NULL,
    reasons        VARCHAR(200)
);
CREATE INDEX rating_day ON rating (service_day);


-- Pre-aggregation: each finished day folded once by report/VisitFacts into one row holding its visits
-- (one record per visit: arrival, first call, serving segments, end, outcome, rating) in a compact binary
-- form, and the officers who worked that day. Written once, never edited; the events stay the source, and
-- days that can still change are always replayed from them. A year's report then reads ~300 rows instead
-- of replaying five million events. BYTEA: a blob in SQLite, bytea in PostgreSQL.
CREATE TABLE report_day (
    service_day CHAR(10) PRIMARY KEY,
    visits      INTEGER NOT NULL,
    officers    VARCHAR(2000) NOT NULL,
    facts       BYTEA NOT NULL
);
