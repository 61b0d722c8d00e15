-- A folded centre-day also keeps its visits packed (report/VisitFacts, the format of a centre's own
-- report_day) and the officers who worked it, so one centre's year report unpacks ~250 rows instead of
-- replaying its ~2 million events. NULL facts: the day had a visit still live when it was folded (it
-- may still change); the centre report replays such a day from its events.
ALTER TABLE centre_day ADD COLUMN officers TEXT;
ALTER TABLE centre_day ADD COLUMN facts BYTEA;

-- Folds written before this version have no packed visits: hand them back to the folder, which refolds
-- them with their visits (meanwhile the province table replays them, as it does any unfolded day).
INSERT INTO centre_day_dirty (centre_id, service_day) SELECT centre_id, service_day FROM centre_day
    ON CONFLICT (centre_id, service_day) DO NOTHING;
DELETE FROM centre_day;
