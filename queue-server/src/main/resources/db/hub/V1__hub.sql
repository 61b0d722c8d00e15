-- The province hub's store (PostgreSQL). Numbered on its own: the centres' SQLite migrations live in
-- db/migration and never run here.

-- A centre that feeds the hub; its upstream token is shown once and only its SHA-256 kept.
CREATE TABLE centre (
    id              SERIAL PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    level           VARCHAR(20)  NOT NULL,
    token_hash      CHAR(64)     NOT NULL UNIQUE,
    created_at      BIGINT       NOT NULL,
    -- highest outbox id stored, newest event time, last accepted batch (upstream freshness)
    last_id         BIGINT       NOT NULL DEFAULT 0,
    last_event_at   BIGINT,
    last_contact_at BIGINT
);

CREATE TABLE hub_user (
    id            SERIAL PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('PROVINCE_MANAGER', 'CENTRE_MANAGER')),
    centre_id     INTEGER REFERENCES centre (id),
    display_name  VARCHAR(100),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    BIGINT       NOT NULL,
    CHECK ((role = 'CENTRE_MANAGER') = (centre_id IS NOT NULL))
);

CREATE TABLE hub_session (
    token_hash CHAR(64) PRIMARY KEY,
    user_id    INTEGER  NOT NULL REFERENCES hub_user (id),
    expires_at BIGINT   NOT NULL
);

-- The centres' event rows as their reports replay them, keyed by (centre, outbox id): a batch sent
-- twice is stored once. Outbox ids follow the centre's commit order, so ORDER BY id is replay order.
CREATE TABLE queue_event (
    centre_id     INTEGER     NOT NULL,
    id            BIGINT      NOT NULL,
    event_id      BIGINT      NOT NULL,
    type          VARCHAR(40) NOT NULL,
    at            BIGINT      NOT NULL,
    service_day   DATE        NOT NULL,
    ticket_id     BIGINT,
    number        VARCHAR(10),
    service       VARCHAR(20),
    category      VARCHAR(20),
    state         VARCHAR(20),
    counter       INTEGER,
    counter_state VARCHAR(10),
    officer       BIGINT,
    recalls       INTEGER     NOT NULL,
    detail        VARCHAR(200),
    PRIMARY KEY (centre_id, id)
);
CREATE INDEX queue_event_day ON queue_event (centre_id, service_day);

CREATE TABLE rating_fact (
    centre_id   INTEGER     NOT NULL,
    id          BIGINT      NOT NULL,
    at          BIGINT      NOT NULL,
    service_day DATE        NOT NULL,
    ticket_id   BIGINT      NOT NULL,
    counter     INTEGER     NOT NULL,
    officer     BIGINT,
    score       VARCHAR(20) NOT NULL,
    reasons     VARCHAR(400),
    PRIMARY KEY (centre_id, id)
);
CREATE INDEX rating_fact_day ON rating_fact (centre_id, service_day);

CREATE TABLE dossier_fact (
    centre_id   INTEGER     NOT NULL,
    id          BIGINT      NOT NULL,
    at          BIGINT      NOT NULL,
    service_day DATE        NOT NULL,
    code        VARCHAR(60) NOT NULL,
    service     VARCHAR(20),
    procedure   VARCHAR(60),
    status      VARCHAR(30) NOT NULL,
    due_at      BIGINT,
    PRIMARY KEY (centre_id, id)
);
CREATE INDEX dossier_fact_day ON dossier_fact (centre_id, service_day);

-- A centre's services as last sent (the newest outbox id wins).
CREATE TABLE service_fact (
    centre_id         INTEGER      NOT NULL,
    code              VARCHAR(20)  NOT NULL,
    id                BIGINT       NOT NULL,
    name_vi           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200),
    target_wait       INTEGER      NOT NULL,
    target_processing INTEGER      NOT NULL,
    PRIMARY KEY (centre_id, code)
);

-- One finished day of one centre reduced to additive counts (report/DayTally), so the province table
-- of a year sums ~40,000 rows instead of replaying 100 million events. An event that arrives later for
-- a folded day deletes the fold and marks the day for refolding.
CREATE TABLE centre_day (
    centre_id    INTEGER NOT NULL,
    service_day  DATE    NOT NULL,
    visits       INTEGER NOT NULL,
    waited       INTEGER NOT NULL,
    wait_within  INTEGER NOT NULL,
    processed    INTEGER NOT NULL,
    proc_within  INTEGER NOT NULL,
    ratings      INTEGER NOT NULL,
    satisfied    INTEGER NOT NULL,
    received     INTEGER NOT NULL,
    no_shows     INTEGER NOT NULL,
    cancelled    INTEGER NOT NULL,
    officer_days INTEGER NOT NULL,
    PRIMARY KEY (centre_id, service_day)
);

-- Days that received events and have no current fold.
CREATE TABLE centre_day_dirty (
    centre_id   INTEGER NOT NULL,
    service_day DATE    NOT NULL,
    PRIMARY KEY (centre_id, service_day)
);
CREATE SEQUENCE centre_day_mark;
ALTER TABLE centre_day_dirty ADD COLUMN mark BIGINT NOT NULL DEFAULT nextval('centre_day_mark');
CREATE INDEX centre_day_dirty_day ON centre_day_dirty (service_day);
-- carried-over queues are rare: the replay follows a range's live tickets past its end only for a centre that has one
CREATE INDEX queue_event_carried ON queue_event (centre_id) WHERE type = 'ticket.carried_over';
