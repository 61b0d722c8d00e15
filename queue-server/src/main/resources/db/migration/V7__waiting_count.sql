-- Waiting tickets per service and category, kept by triggers in the same transaction as the ticket rows.
-- Every issued ticket tells the citizen how many people are ahead; counting the waiting rows each time
-- cost time in proportion to the queue, and a queue of a few thousand made that most of a ticket's cost.
-- Triggers rather than application code so that no path that changes a ticket can forget the count.
CREATE TABLE waiting_count (
    service_code VARCHAR(20) NOT NULL,
    category     VARCHAR(20) NOT NULL,
    n            INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (service_code, category)
);

INSERT INTO waiting_count (service_code, category, n)
SELECT service_code, category, COUNT(*) FROM ticket WHERE state = 'WAITING' GROUP BY service_code, category;

CREATE TRIGGER waiting_count_insert AFTER INSERT ON ticket WHEN NEW.state = 'WAITING'
BEGIN
    INSERT INTO waiting_count (service_code, category, n) VALUES (NEW.service_code, NEW.category, 1)
    ON CONFLICT (service_code, category) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER waiting_count_leave AFTER UPDATE OF state, service_code, category ON ticket
WHEN OLD.state = 'WAITING' AND (NEW.state <> 'WAITING' OR NEW.service_code <> OLD.service_code
                                OR NEW.category <> OLD.category)
BEGIN
    UPDATE waiting_count SET n = n - 1 WHERE service_code = OLD.service_code AND category = OLD.category;
END;

CREATE TRIGGER waiting_count_join AFTER UPDATE OF state, service_code, category ON ticket
WHEN NEW.state = 'WAITING' AND (OLD.state <> 'WAITING' OR NEW.service_code <> OLD.service_code
                                OR NEW.category <> OLD.category)
BEGIN
    INSERT INTO waiting_count (service_code, category, n) VALUES (NEW.service_code, NEW.category, 1)
    ON CONFLICT (service_code, category) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER waiting_count_delete AFTER DELETE ON ticket WHEN OLD.state = 'WAITING'
BEGIN
    UPDATE waiting_count SET n = n - 1 WHERE service_code = OLD.service_code AND category = OLD.category;
END;
