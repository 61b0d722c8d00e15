-- Issue 19: the live view's alerts sent to the manager's phone through the notifier's channels. An alert episode
-- is told once (phoned_at); the episodes raised within the manager's interval go together in one message, so a
-- flapping printer or a long busy morning does not flood the phone. The text is the live view's own (services,
-- devices, counts; never a citizen's data), and the manager's phone is read from the settings when sending.
ALTER TABLE live_alert ADD COLUMN phoned_at BIGINT;

CREATE TABLE alert_message (
    id          INTEGER PRIMARY KEY,
    channel     VARCHAR(10) NOT NULL,
    text        VARCHAR(500) NOT NULL,
    alerts      INTEGER NOT NULL,
    state       VARCHAR(10) NOT NULL,
    attempts    INTEGER NOT NULL,
    next_at     BIGINT NOT NULL,
    created_at  BIGINT NOT NULL,
    sent_at     BIGINT,
    last_error  VARCHAR(200)
);
CREATE INDEX alert_message_due ON alert_message (state, next_at);
