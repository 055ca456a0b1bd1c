package dk.sammen.analytics.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The event history for analysts who work in their own tools: every event in the log, oldest
 * first, with every operational id (the event's own, people's, courses', offers', meetings' …)
 * replaced by its keyed-hash pseudonym. Events carry no CPR numbers, names or free text to begin
 * with (the contracts forbid it); the pseudonyms take away what could join a row back.
 */
@Component
class EventExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;

    EventExport(DataSource dataSource, Pseudonyms pseudonyms) {
        // Its own template: a cursor (fetch size, in a transaction), so a million events are not held in memory.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.pseudonyms = pseudonyms;
    }

    /** JSON Lines: one event per line, in the columns of {@link DataDictionary#COLUMNS}. */
    @Transactional(readOnly = true)
    public long writeJsonLines(Instant from, Instant to, OutputStream out) {
        long[] written = {0};
        jdbc.query("""
                        SELECT event_id, event_type, source, subject, course_id, citizen_id, occurred_at, data FROM timeline_entry
                        WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, event_id""",
                rs -> {
                    ObjectNode line = JsonNodeFactory.instance.objectNode();
                    line.put("eventId", pseudonyms.of(rs.getString("event_id")));
                    line.put("eventType", rs.getString("event_type"));
                    line.put("source", rs.getString("source"));
                    line.put("subject", pseudonymised(rs.getString("subject")));
                    line.put("courseId", pseudonymised(rs.getString("course_id")));
                    line.put("citizenId", pseudonymised(rs.getString("citizen_id")));
                    line.put("occurredAt", rs.getTimestamp("occurred_at").toInstant().toString());
                    try {
                        line.set("data", pseudonymise(JSON.readTree(rs.getString("data"))));
                        out.write(JSON.writeValueAsBytes(line));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    written[0]++;
                }, Timestamp.from(from), Timestamp.from(to));
        return written[0];
    }

    /**
     * Parquet, written by DuckDB from the JSON Lines: the columns of the dictionary, with
     * {@code data} kept as a JSON text column (each event type has its own fields).
     */
    public void writeParquet(Instant from, Instant to, Path parquet) {
        Path lines = parquet.resolveSibling(parquet.getFileName() + ".jsonl");
        try (OutputStream out = Files.newOutputStream(lines)) {
            writeJsonLines(from, to, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            statement.execute("""
                    COPY (SELECT * FROM read_json('%s', format = 'newline_delimited', columns = {
                            eventId: 'VARCHAR', eventType: 'VARCHAR', source: 'VARCHAR', subject: 'VARCHAR', courseId: 'VARCHAR',
                            citizenId: 'VARCHAR', occurredAt: 'TIMESTAMPTZ', data: 'JSON'}))
                    TO '%s' (FORMAT parquet)""".formatted(sqlPath(lines), sqlPath(parquet)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write Parquet", e);
        } finally {
            lines.toFile().delete();
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    private @Nullable String pseudonymised(@Nullable String id) {
        return id == null ? null : Pseudonyms.UUID.matcher(id).matches() ? pseudonyms.of(id) : id;
    }

    /** Every string that is an id, however deep, becomes its pseudonym. */
    private JsonNode pseudonymise(JsonNode node) {
        if (node.isTextual()) {
            return Pseudonyms.UUID.matcher(node.asText()).matches() ? TextNode.valueOf(pseudonyms.of(node.asText())) : node;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(pseudonymise(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, pseudonymise(array.get(i)));
            }
        }
        return node;
    }

}
