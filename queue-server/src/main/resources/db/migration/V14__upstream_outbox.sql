-- The centre → province hub feed (issue 20). Every event, rating, dossier status and service change writes
-- one outbox row in its own transaction, so the feed holds exactly what the centre committed. The fact is
-- kept as the JSON the hub receives (vn.motcua.client.upstream), with no personal data in it.
-- AUTOINCREMENT: an id is never reused after sent rows are pruned, because the hub keys events by
-- (centre, id) and would take a reused id for a duplicate.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        VARCHAR(10) NOT NULL,
    at          BIGINT NOT NULL,
    service_day CHAR(10) NOT NULL,
    fact        TEXT NOT NULL
);

-- One row: how far the hub has acknowledged (rows are sent strictly in id order) and how the link is doing.
CREATE TABLE upstream_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    sent_id         BIGINT NOT NULL,
    last_success_at BIGINT,
    last_error      VARCHAR(500),
    last_error_at   BIGINT
);
INSERT INTO upstream_state (id, sent_id) VALUES (1, 0);

-- The catalogue as it stands goes up once; later changes are written by ServiceStore.
INSERT INTO outbox (kind, at, service_day, fact)
SELECT 'SERVICE', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), date('now', '+7 hours'),
       json_object('code', code, 'nameVi', name_vi, 'nameEn', name_en, 'targetWaitMin', target_wait_min,
                   'targetProcessingMin', target_processing_min,
                   'carryOver', json(CASE WHEN carry_over = 1 THEN 'true' ELSE 'false' END))
FROM service ORDER BY sort_order, code;
