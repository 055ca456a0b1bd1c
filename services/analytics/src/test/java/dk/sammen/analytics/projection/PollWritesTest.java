package dk.sammen.analytics.projection;

import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A poll's writes go together, and still reach each row in the order of the events. */
class PollWritesTest extends ServiceApiTest {

    private static final String TABLE = "poll_writes_test";
    private static final String SET = "INSERT INTO " + TABLE + " (id, v) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v";
    private static final String APPEND = "UPDATE " + TABLE + " SET v = v || ? WHERE id = ?";

    @Autowired
    JdbcTemplate template;

    @BeforeEach
    void table() {
        template.execute("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY, v TEXT, w TEXT)");
    }

    @AfterEach
    void dropTable() {
        template.execute("DROP TABLE " + TABLE);
    }

    private String row(int id) {
        return template.queryForObject("SELECT v || '/' || coalesce(w, '-') FROM " + TABLE + " WHERE id = ?", String.class, id);
    }

    @Test
    void writesToOneRowByDifferentStatementsReachItInTheOrderOfTheEvents() {
        PollWrites writes = new PollWrites(template);

        writes.write(TABLE, 1, SET, 1, "a");
        writes.write(TABLE, 1, APPEND, "b", 1);
        writes.write(TABLE, 1, SET, 1, "c");
        writes.write(TABLE, 1, APPEND, "d", 1);
        writes.flush();

        // Batched by statement alone, the two sets would go first and the row would read "cbd".
        assertThat(row(1)).isEqualTo("cd/-");
    }

    @Test
    void writesToDifferentRowsGoInOneBatchPerStatement() {
        PollWrites writes = new PollWrites(template);

        for (int id = 0; id < 100; id++) {
            writes.write(TABLE, id, SET, id, "x" + id);
            writes.write(TABLE, 1000 + id, SET, 1000 + id, "y");
        }
        for (int id = 0; id < 100; id++) {
            writes.write(TABLE, 1000 + id, SET, 1000 + id, "z");
        }
        writes.flush();

        assertThat(writes.statements()).isEqualTo(300);
        assertThat(writes.roundTrips()).isEqualTo(1);
        assertThat(row(42)).isEqualTo("x42/-");
        assertThat(row(1042)).as("the later write of the same statement wins").isEqualTo("z/-");
    }

    @Test
    void aMergeSetsItsColumnsAndKeepsTheOthers() {
        PollWrites writes = new PollWrites(template);

        writes.merge(TABLE, "id", 7, List.of("v", "w"), "v", "first");
        writes.merge(TABLE, "id", 7, List.of("v", "w"), "w", "second");
        writes.merge(TABLE, "id", 8, List.of("v", "w"), "v", "only", "w", null);
        writes.flush();

        assertThat(row(7)).isEqualTo("first/second");
        assertThat(row(8)).isEqualTo("only/-");
        assertThat(writes.roundTrips()).as("every merge into a table is one statement").isEqualTo(1);
    }
}
