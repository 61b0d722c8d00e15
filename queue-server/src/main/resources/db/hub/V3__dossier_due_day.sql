-- A dossier is on time when its result comes before the end of its due day in centre time (dossier/DueDay,
-- the centre's ON_TIME indicator), not before the clock time of its due moment. The end is computed at
-- ingest by the same Java code the centre uses; rows already stored get it here.
ALTER TABLE dossier_fact ADD COLUMN due_end BIGINT;
UPDATE dossier_fact
   SET due_end = (EXTRACT(EPOCH FROM ((date_trunc('day', to_timestamp(due_at / 1000.0) AT TIME ZONE 'Asia/Ho_Chi_Minh')
                                       + INTERVAL '1 day') AT TIME ZONE 'Asia/Ho_Chi_Minh')) * 1000)::BIGINT
 WHERE due_at IS NOT NULL;
