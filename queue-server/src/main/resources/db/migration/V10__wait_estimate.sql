-- The wait each ticket was told at issue (issue 18): the forecast with its p10–p90 range and, as the
-- yardstick, the naive figure (people ahead × recent mean ÷ open counters). called_at is filled by the
-- scoring job with the visit's first call, so accuracy is a plain query; a ticket never called keeps NULL.
CREATE TABLE wait_estimate (
    ticket_id     INTEGER PRIMARY KEY REFERENCES ticket (id),
    service_day   CHAR(10) NOT NULL,
    given_at      BIGINT NOT NULL,
    minutes       INTEGER NOT NULL,
    low_minutes   INTEGER,
    high_minutes  INTEGER,
    naive_minutes INTEGER NOT NULL,
    called_at     BIGINT
);
CREATE INDEX wait_estimate_day ON wait_estimate (service_day);
