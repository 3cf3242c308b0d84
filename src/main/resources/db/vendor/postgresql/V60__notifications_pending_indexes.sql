-- PostgreSQL only (H2 has no partial indexes): in-app messages are stored SENT as they are queued
-- and most messages have no address, so the dispatcher's index holds only what is pending and
-- the address index only rows with an address; queuing an in-app message writes neither.
DROP INDEX notifications_message_dispatch_idx;
CREATE INDEX notifications_message_pending_idx ON notifications_message (created_at, id)
    WHERE status = 'PENDING';
DROP INDEX notifications_message_address_idx;
CREATE INDEX notifications_message_address_idx ON notifications_message (address, kind, created_at)
    WHERE address IS NOT NULL;
