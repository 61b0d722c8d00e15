-- The wait estimate on every issued ticket reads the last finished services of one service; without this
-- index SQLite walked the event table backwards until it found 20 of them, which for a service that
-- finishes rarely meant the whole table on every ticket.
CREATE INDEX event_service_type ON event (service_code, type, id);
