-- An ID card the kiosk read in a citizen's session (QR, chip or OCR), or that an officer checked at the
-- counter. A dossier that reuses the citizen's stored documents must carry the token of such a read, so a
-- device token alone cannot file in someone else's name. Kept for the session only: a row is deleted
-- an hour after it expired.
CREATE TABLE identity_read (
    id            INTEGER PRIMARY KEY,
    token_hash    CHAR(64) NOT NULL UNIQUE,
    device_id     INTEGER REFERENCES device(id),
    user_id       INTEGER REFERENCES app_user(id),
    source        VARCHAR(10) NOT NULL,
    number        CHAR(12) NOT NULL,
    name          VARCHAR(100),
    date_of_birth VARCHAR(10),
    sex           VARCHAR(3),
    address       VARCHAR(300),
    at            BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX identity_read_expiry ON identity_read (expires_at);

-- Secrets the server makes for itself once (the key of the receipt look-up codes).
CREATE TABLE server_secret (
    name  VARCHAR(40) PRIMARY KEY,
    value BLOB NOT NULL
);
