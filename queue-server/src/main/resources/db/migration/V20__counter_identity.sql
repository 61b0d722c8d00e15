-- An identity an officer typed at the counter for the ticket being served (the card unreadable, forgotten
-- or lost, the number known): kept with its source so every screen says how far to trust it, and for the
-- visit's day only (the retention job deletes a row after a day).
CREATE TABLE counter_identity (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES ticket(id),
    user_id       INTEGER NOT NULL REFERENCES app_user(id),
    source        VARCHAR(20) NOT NULL,
    number        CHAR(12) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    date_of_birth VARCHAR(10) NOT NULL,
    sex           VARCHAR(3) NOT NULL,
    address       VARCHAR(300),
    to_check      VARCHAR(100) NOT NULL,
    at            BIGINT NOT NULL
);
CREATE INDEX counter_identity_ticket ON counter_identity (ticket_id);
