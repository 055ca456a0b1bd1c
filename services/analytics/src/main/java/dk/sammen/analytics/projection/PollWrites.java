package dk.sammen.analytics.projection;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The projections' writes of one poll, sent to PostgreSQL together instead of one round trip per
 * event: the writes with the same statement go in one JDBC batch, in the order they were made.
 *
 * <p>Batching by statement changes the order of writes with different statements, which is safe
 * only where they touch different rows: so each write names the row it touches, and a write to a
 * row another statement of the pending writes touched first sends everything pending before it is
 * taken. Two writes to one row therefore always reach it in the order of the events.
 */
public final class PollWrites {

    private final JdbcTemplate jdbc;
    private final Map<String, List<@Nullable Object[]>> pending = new LinkedHashMap<>();
    private final Map<Row, String> touchedBy = new HashMap<>();
    private int statements;
    private int roundTrips;

    PollWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A write to one row.
     *
     * @param table the table it writes to, as in the statement
     * @param key   the row's key in that table (a value or a record of values)
     * @param sql   the statement, with {@code ?} for the arguments
     */
    public void write(String table, Object key, String sql, @Nullable Object... arguments) {
        Row row = new Row(table, key);
        String earlier = touchedBy.get(row);
        if (earlier != null && !earlier.equals(sql)) {
            flush();
        }
        pending.computeIfAbsent(sql, s -> new ArrayList<>()).add(arguments);
        touchedBy.put(row, sql);
        statements++;
    }

    /**
     * Sets some of a row's columns, creating the row if it is not there, and leaves the others as
     * they are: every merge into a table is one statement whatever columns it sets, so a poll's
     * merges go in one batch. A column set to nothing keeps its value (no fact is ever unset).
     *
     * @param table            the qualified table
     * @param columns          every column a merge into the table may set, besides the key
     * @param columnsAndValues the columns this merge sets, each followed by its value
     */
    public void merge(String table, String keyColumn, Object key, List<String> columns, @Nullable Object... columnsAndValues) {
        @Nullable Object[] values = new Object[columns.size() + 1];
        values[0] = key;
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            int column = columns.indexOf(String.valueOf(columnsAndValues[i]));
            if (column < 0 || i + 1 >= columnsAndValues.length) {
                throw new IllegalArgumentException("Not a column of " + table + " with a value: " + columnsAndValues[i]);
            }
            values[column + 1] = columnsAndValues[i + 1];
        }
        write(table, key, "INSERT INTO " + table + " (" + keyColumn + ", " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ") ON CONFLICT (" + keyColumn + ") DO UPDATE SET " + columns.stream()
                .map(column -> column + " = coalesce(EXCLUDED." + column + ", " + table + "." + column + ")")
                .collect(Collectors.joining(", ")), values);
    }

    /**
     * Sends everything pending: before a write that touches rows it cannot name (a delete of a
     * young person's rows everywhere), and at the end of the poll.
     */
    public void flush() {
        pending.forEach((sql, rows) -> {
            jdbc.batchUpdate(sql, rows);
            roundTrips++;
        });
        pending.clear();
        touchedBy.clear();
    }

    int statements() {
        return statements;
    }

    int roundTrips() {
        return roundTrips;
    }

    private record Row(String table, Object key) {
    }
}
