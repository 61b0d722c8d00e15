-- A counter's rating tablet belongs to that counter: a device bound here may rate only tickets finished at
-- it, and a device bound to no counter may rate none (a kiosk token must not rate for any counter).
ALTER TABLE device ADD COLUMN counter_number INTEGER;
