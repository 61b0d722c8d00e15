-- Appointments booked ahead (issue 19). The phone is kept only until the retention job clears it
-- after the booked day; the code is the booking's only handle (unguessable, see BookingCodes).
CREATE TABLE booking (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    code          VARCHAR(20) NOT NULL UNIQUE,
    service_code  VARCHAR(20) NOT NULL REFERENCES service(code),
    service_day   CHAR(10) NOT NULL,
    slot_start    BIGINT NOT NULL,
    slot_end      BIGINT NOT NULL,
    phone         VARCHAR(20),
    state         VARCHAR(20) NOT NULL,
    created_at    BIGINT NOT NULL,
    state_at      BIGINT NOT NULL,
    ticket_id     BIGINT REFERENCES ticket(id)
);
CREATE INDEX booking_slot ON booking (service_code, slot_start, state);
CREATE INDEX booking_phone_day ON booking (phone, service_day);
CREATE INDEX booking_ticket ON booking (ticket_id);
