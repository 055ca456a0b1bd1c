package dk.sammen.analytics.projection;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Ledger rows written with PostgreSQL's {@code COPY … FROM STDIN} on the transaction's own
 * connection, in CSV: every value quoted (a quote inside doubled), nothing at all for a null.
 */
final class LedgerCopy {

    private LedgerCopy() {
    }

    static void into(JdbcTemplate jdbc, String ledger, List<LoggedEvent> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 512);
        for (LoggedEvent logged : rows) {
            TimelineEntry entry = logged.entry();
            field(csv, entry.eventId()).append(',');
            field(csv, entry.eventType()).append(',');
            field(csv, entry.source()).append(',');
            field(csv, entry.subject()).append(',');
            field(csv, entry.courseId() == null ? null : entry.courseId().toString()).append(',');
            field(csv, entry.citizenId() == null ? null : entry.citizenId().toString()).append(',');
            field(csv, entry.occurredAt().toString()).append(',');
            field(csv, entry.data().toString()).append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + ledger
                        + " (event_id, event_type, source, subject, course_id, citizen_id, occurred_at, data) FROM STDIN (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static StringBuilder field(StringBuilder csv, @Nullable String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }
}
