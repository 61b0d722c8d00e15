-- The ticket page finds a visit's segments (a transfer's or a next service's, which point at the visit's first
-- segment) on every refresh; without this it scans every ticket kept. Partial: most tickets have no origin.
CREATE INDEX ticket_origin ON ticket (origin_ticket_id) WHERE origin_ticket_id IS NOT NULL;
