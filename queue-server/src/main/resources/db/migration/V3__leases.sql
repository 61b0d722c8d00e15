-- Blocks of numbers reserved by kiosks for issuing while the server is unreachable. The sequence in
-- number_sequence is advanced past the block when it is granted, so online issuing never reuses them.
CREATE TABLE number_lease (
    id            INTEGER PRIMARY KEY,
    device_id     INTEGER NOT NULL REFERENCES device(id),
    service_code  VARCHAR(20) NOT NULL REFERENCES service(code),
    service_day   CHAR(10) NOT NULL,
    first_value   INTEGER NOT NULL,
    last_value    INTEGER NOT NULL,
    granted_at    BIGINT NOT NULL
);
CREATE INDEX number_lease_device ON number_lease (device_id, service_day);
