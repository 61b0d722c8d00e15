-- Queue core. Times are epoch milliseconds (UTC); service_day is the local date in
-- Asia/Ho_Chi_Minh (yyyy-MM-dd). Portable SQL: runs on SQLite and PostgreSQL.

CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE service (
    code                  VARCHAR(20) PRIMARY KEY,
    prefix                CHAR(1) NOT NULL UNIQUE,
    name_vi               VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    target_wait_min       INTEGER NOT NULL DEFAULT 15,
    target_processing_min INTEGER NOT NULL DEFAULT 30,
    default_service_min   INTEGER NOT NULL DEFAULT 8,
    carry_over            INTEGER NOT NULL DEFAULT 0,
    sort_order            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    password_hash   VARCHAR(300) NOT NULL,
    role            VARCHAR(20) NOT NULL,
    display_name    VARCHAR(200),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT NOT NULL
);

CREATE TABLE session (
    token_hash VARCHAR(100) PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES app_user(id),
    expires_at BIGINT NOT NULL
);

CREATE TABLE device (
    id         INTEGER PRIMARY KEY,
    kind       VARCHAR(20) NOT NULL,
    name       VARCHAR(100) NOT NULL UNIQUE,
    token_hash VARCHAR(100) NOT NULL UNIQUE,
    revoked    INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE device_status (
    device_id INTEGER NOT NULL REFERENCES device(id),
    part      VARCHAR(40) NOT NULL,
    state     VARCHAR(20) NOT NULL,
    code      VARCHAR(40) NOT NULL,
    detail    VARCHAR(500),
    at        BIGINT NOT NULL,
    PRIMARY KEY (device_id, part)
);

CREATE TABLE counter (
    number                INTEGER PRIMARY KEY,
    name                  VARCHAR(100),
    priority              INTEGER NOT NULL DEFAULT 0,
    state                 VARCHAR(10) NOT NULL DEFAULT 'CLOSED',
    officer_id            INTEGER REFERENCES app_user(id),
    current_ticket_id     INTEGER,
    priority_since_normal INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counter_service (
    counter_number INTEGER NOT NULL REFERENCES counter(number),
    service_code   VARCHAR(20) NOT NULL REFERENCES service(code),
    position       INTEGER NOT NULL,
    PRIMARY KEY (counter_number, service_code)
);

-- Last number handed out per service and day; numbers never repeat within a day.
CREATE TABLE number_sequence (
    service_code VARCHAR(20) NOT NULL,
    service_day  CHAR(10) NOT NULL,
    last_value   INTEGER NOT NULL,
    PRIMARY KEY (service_code, service_day)
);

CREATE TABLE ticket (
    id               INTEGER PRIMARY KEY,
    number           VARCHAR(10) NOT NULL,
    service_code     VARCHAR(20) NOT NULL REFERENCES service(code),
    service_day      CHAR(10) NOT NULL,
    category         VARCHAR(20) NOT NULL,
    state            VARCHAR(20) NOT NULL,
    arrived_at       BIGINT NOT NULL,
    issued_at        BIGINT NOT NULL,
    counter_number   INTEGER,
    officer_id       INTEGER,
    recalls          INTEGER NOT NULL DEFAULT 0,
    origin_ticket_id INTEGER,
    device_id        INTEGER,
    request_id       VARCHAR(100),
    state_at         BIGINT NOT NULL
);
CREATE UNIQUE INDEX ticket_number_per_day ON ticket (service_code, service_day, number);
CREATE UNIQUE INDEX ticket_request ON ticket (device_id, request_id);
CREATE INDEX ticket_waiting ON ticket (state, service_code, arrived_at);

-- Append-only: every ticket transition and counter change. The id is the SSE event id.
CREATE TABLE event (
    id             INTEGER PRIMARY KEY,
    type           VARCHAR(40) NOT NULL,
    at             BIGINT NOT NULL,
    service_day    CHAR(10) NOT NULL,
    ticket_id      INTEGER,
    number         VARCHAR(10),
    service_code   VARCHAR(20),
    category       VARCHAR(20),
    state          VARCHAR(20),
    counter_number INTEGER,
    counter_state  VARCHAR(10),
    officer_id     INTEGER,
    device_id      INTEGER,
    recalls        INTEGER NOT NULL DEFAULT 0,
    detail         VARCHAR(200)
);
CREATE INDEX event_ticket ON event (ticket_id, id);
CREATE INDEX event_day ON event (service_day, type);
