-- Dossiers submitted at the kiosk (issue 6): the procedure catalogue, the citizen data store
-- ("Kho dữ liệu") and the dossiers with their documents and status history. Times are epoch ms (UTC).

-- National document-type catalogue (KQxxxx) and master-data codes (DCxxxx): data, replaceable.
CREATE TABLE doc_type (
    code    VARCHAR(20) PRIMARY KEY,
    name_vi VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL
);

-- One procedure per row; its documents and declaration fields are kept as the imported JSON.
CREATE TABLE procedure_def (
    code         VARCHAR(60) PRIMARY KEY,
    service_code VARCHAR(20) NOT NULL,
    search_key   VARCHAR(600) NOT NULL,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    body         TEXT NOT NULL
);

-- A document digitised earlier, named <owner personal number>.<document type code>; one current
-- version per owner and type (a newer digitisation replaces the older one).
CREATE TABLE citizen_document (
    id             INTEGER PRIMARY KEY,
    owner_number   CHAR(12) NOT NULL,
    doc_type       VARCHAR(20) NOT NULL,
    name           VARCHAR(40) NOT NULL,
    content_type   VARCHAR(40) NOT NULL,
    content        BLOB NOT NULL,
    sha256         CHAR(64) NOT NULL,
    digitised_at   BIGINT NOT NULL,
    valid_until    CHAR(10),
    source_dossier VARCHAR(60)
);
CREATE UNIQUE INDEX citizen_document_owner_type ON citizen_document (owner_number, doc_type);

-- Images a kiosk uploads in parts (the API takes at most 64 KB a request) before submitting.
CREATE TABLE dossier_upload (
    id           INTEGER PRIMARY KEY,
    device_id    INTEGER NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    total_bytes  INTEGER NOT NULL,
    sha256       CHAR(64) NOT NULL,
    created_at   BIGINT NOT NULL,
    used         INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE dossier_upload_part (
    upload_id   INTEGER NOT NULL REFERENCES dossier_upload(id),
    byte_offset INTEGER NOT NULL,
    content     BLOB NOT NULL,
    PRIMARY KEY (upload_id, byte_offset)
);

-- Last sequence handed out per agency code and day: dossier codes never repeat.
CREATE TABLE dossier_sequence (
    agency_code VARCHAR(60) NOT NULL,
    day         CHAR(6) NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (agency_code, day)
);

CREATE TABLE dossier (
    id              INTEGER PRIMARY KEY,
    code            VARCHAR(80) NOT NULL UNIQUE,
    procedure_code  VARCHAR(60) NOT NULL,
    service_code    VARCHAR(20) NOT NULL,
    applicant_number CHAR(12) NOT NULL,
    applicant_name  VARCHAR(200) NOT NULL,
    declaration     TEXT NOT NULL,
    status          VARCHAR(30) NOT NULL,
    received_at     BIGINT NOT NULL,
    due_at          BIGINT NOT NULL,
    consent_at      BIGINT NOT NULL,
    consent_text    VARCHAR(40) NOT NULL,
    ticket_id       INTEGER,
    ticket_number   VARCHAR(10),
    device_id       INTEGER,
    request_id      VARCHAR(100)
);
CREATE UNIQUE INDEX dossier_request ON dossier (device_id, request_id);
CREATE INDEX dossier_ticket ON dossier (ticket_id);

CREATE TABLE dossier_document (
    dossier_id   INTEGER NOT NULL REFERENCES dossier(id),
    position     INTEGER NOT NULL,
    doc_type     VARCHAR(20),
    name_vi      VARCHAR(300) NOT NULL,
    source       VARCHAR(20) NOT NULL,
    citizen_document_id INTEGER REFERENCES citizen_document(id),
    PRIMARY KEY (dossier_id, position)
);

-- Append-only status history of a dossier.
CREATE TABLE dossier_event (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier(id),
    at         BIGINT NOT NULL,
    status     VARCHAR(30) NOT NULL,
    user_id    INTEGER,
    device_id  INTEGER,
    note       VARCHAR(500)
);
CREATE INDEX dossier_event_dossier ON dossier_event (dossier_id, id);
