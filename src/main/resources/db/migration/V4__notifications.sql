-- Notifications: one row per message. The row is the outbox (queued in the sender's
-- transaction, delivered by the dispatcher) and, for IN_APP messages, the recipient's inbox.
-- One script for H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE notifications_message (
    id         UUID                     NOT NULL PRIMARY KEY,
    account_id VARCHAR(100),
    address    VARCHAR(254),
    channel    VARCHAR(10)              NOT NULL,
    language   VARCHAR(2)               NOT NULL,
    kind       VARCHAR(100)             NOT NULL,
    subject    VARCHAR(300)             NOT NULL,
    body       VARCHAR(4000)            NOT NULL,
    status     VARCHAR(10)              NOT NULL,
    attempts   INT                      NOT NULL,
    last_error VARCHAR(1000),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE,
    read_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_message_channel_ck CHECK (channel IN ('IN_APP', 'EMAIL', 'SMS')),
    CONSTRAINT notifications_message_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT notifications_message_attempts_ck CHECK (attempts >= 0)
);
-- An account's inbox, newest first.
CREATE INDEX notifications_message_inbox_idx ON notifications_message (account_id, created_at);
-- The dispatcher's pending work, oldest first.
CREATE INDEX notifications_message_dispatch_idx ON notifications_message (status, created_at);
-- The newest notification of a kind to an address (a one-time code just queued).
CREATE INDEX notifications_message_address_idx ON notifications_message (address, kind, created_at);
