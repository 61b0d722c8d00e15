-- Issue 19, the officer's and the manager's day: alerts the manager acknowledges, service-level limits,
-- visits set aside, and visits with several services. Portable SQL: runs on SQLite and PostgreSQL.

-- One row per alert episode: a device fault, a help request, a service past its limit. A repeat of the same
-- alert_key while the episode is open only counts up (repeats, last_at), so a kiosk that reports its paper out
-- ten times is one line with "×10". An acknowledgement ("Đã xử lý") names who and when; the request that
-- made it is also in the audit trail. resolved_at: the device reported the part back ONLINE, or the service
-- went back under its limit.
CREATE TABLE live_alert (
    id           INTEGER PRIMARY KEY,
    kind         VARCHAR(20) NOT NULL,
    alert_key    VARCHAR(200) NOT NULL,
    service_code VARCHAR(20),
    message_vi   VARCHAR(500) NOT NULL,
    message_en   VARCHAR(500) NOT NULL,
    first_at     BIGINT NOT NULL,
    last_at      BIGINT NOT NULL,
    repeats      INTEGER NOT NULL DEFAULT 1,
    acked_by     INTEGER REFERENCES app_user(id),
    acked_name   VARCHAR(100),
    acked_at     BIGINT,
    resolved_at  BIGINT
);
CREATE INDEX live_alert_key ON live_alert (alert_key, resolved_at);
CREATE INDEX live_alert_recent ON live_alert (last_at);

-- The manager's limits per service: the longest acceptable current wait and queue length (null: no limit).
CREATE TABLE service_limit (
    service_code VARCHAR(20) PRIMARY KEY REFERENCES service(code),
    max_wait_min INTEGER,
    max_queue    INTEGER
);

-- A visit with several services: the services still to come after the current segment, in order
-- (comma-separated codes). The ticket keeps its number into each next queue.
ALTER TABLE ticket ADD COLUMN next_services VARCHAR(200);
