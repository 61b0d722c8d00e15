-- Who did what and when, for officer, manager and admin actions (and every login attempt). Method, path
-- and outcome only: bodies are never stored, so no citizen's data ends up here.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        BIGINT NOT NULL,
    user_id   INTEGER,
    username  VARCHAR(100),
    role      VARCHAR(20),
    method    VARCHAR(10) NOT NULL,
    path      VARCHAR(300) NOT NULL,
    status    INTEGER NOT NULL,
    ip        VARCHAR(64)
);
CREATE INDEX audit_at ON audit (at);
