package org.onestop.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.onestop.notifications.Channel;
import org.onestop.notifications.InboxMessage;
import org.onestop.notifications.QueuedNotification;

/** Maps rows of {@code notifications_message} to the module's records, and instants to columns. */
final class NotificationRows {

    static final String QUEUED_COLUMNS = "id, created_at, channel, address, subject, body, kind, status";
    static final String INBOX_COLUMNS = "id, created_at, subject, body, kind, read_at";

    private NotificationRows() {
    }

    static QueuedNotification queued(ResultSet rs, int row) throws SQLException {
        return new QueuedNotification(rs.getObject("id", UUID.class), instant(rs, "created_at"),
                Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("subject"),
                rs.getString("body"), rs.getString("kind"), rs.getString("status"));
    }

    static InboxMessage inbox(ResultSet rs, int row) throws SQLException {
        return new InboxMessage(rs.getObject("id", UUID.class), instant(rs, "created_at"), rs.getString("subject"),
                rs.getString("body"), rs.getString("kind"), rs.getObject("read_at", OffsetDateTime.class) != null);
    }

    /** An instant as a timestamp-with-time-zone parameter, in UTC. */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
