-- Issue 19, second slice: bookings found by personal number at the kiosk, booked by staff and moved;
-- call-back messages; remote tickets joined from a phone.
-- The personal number is never stored: only its HMAC under the centre's own key (person_key, to find
-- today's booking when the card is scanned) and its masked form; both go with the phone (RetentionJob).
ALTER TABLE booking ADD COLUMN person_key VARCHAR(64);
ALTER TABLE booking ADD COLUMN person_masked VARCHAR(20);
ALTER TABLE booking ADD COLUMN booked_by BIGINT;
ALTER TABLE booking ADD COLUMN moved_at BIGINT;
CREATE INDEX booking_person_day ON booking (person_key, service_day);

-- Who may be told about a ticket: the phone of the booking it was checked in from or of the remote join.
-- Kept only for the ticket's day (RetentionJob removes it the next day).
CREATE TABLE ticket_contact (
    ticket_id   BIGINT PRIMARY KEY REFERENCES ticket(id),
    phone       VARCHAR(20) NOT NULL,
    created_at  BIGINT NOT NULL
);

-- Call-back messages, one row per ticket, kind (SOON, CALLED) and channel (SMS, WEBHOOK): the unique key is
-- what makes "at most one message per kind per ticket" hold across retries and restarts. The text carries
-- the ticket number and counter only; the phone is read from ticket_contact when sending.
CREATE TABLE notification (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id       BIGINT NOT NULL REFERENCES ticket(id),
    kind            VARCHAR(10) NOT NULL,
    channel         VARCHAR(10) NOT NULL,
    number          VARCHAR(10) NOT NULL,
    counter_number  INTEGER,
    ahead           INTEGER,
    state           VARCHAR(10) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_at         BIGINT NOT NULL,
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT,
    last_error      VARCHAR(200),
    UNIQUE (ticket_id, kind, channel)
);
CREATE INDEX notification_due ON notification (state, next_at);

-- Tickets joined from a phone: "remote" until the citizen scans the QR shown at the kiosk or the entrance.
-- The phone holds a bearer token; only its SHA-256 is kept. An unconfirmed ticket is never called, and is
-- skipped (cancelled, detail remote_unconfirmed) once it is within the configured places of the front.
CREATE TABLE remote_ticket (
    ticket_id     BIGINT PRIMARY KEY REFERENCES ticket(id),
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    service_day   CHAR(10) NOT NULL,
    created_at    BIGINT NOT NULL,
    confirmed_at  BIGINT,
    skipped_at    BIGINT
);
CREATE INDEX remote_ticket_open ON remote_ticket (confirmed_at, skipped_at);
