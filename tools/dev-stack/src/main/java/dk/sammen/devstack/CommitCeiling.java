package dk.sammen.devstack;

import dk.sammen.platform.test.infra.PostgresServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical ceiling a command path competes with: single-row transactions, each committed and
 * flushed to the WAL on its own, from as many clients as the benchmark has, on the same PostgreSQL.
 */
final class CommitCeiling {

    private CommitCeiling() {
    }

    /** Commits per second over {@code measure}, after a second of warm-up. */
    static Load.Result measure(PostgresServer postgres, String database, int clients, Duration measure) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(postgres.connect(database));
            }
            try (Statement statement = connections.getFirst().createStatement()) {
                statement.execute("CREATE TABLE commit_ceiling (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                        + "payload TEXT NOT NULL)");
            }
            ThreadLocal<PreparedStatement> insert = new ThreadLocal<>();
            List<Connection> free = new ArrayList<>(connections);
            Load.Result result = Load.run(clients, Duration.ofSeconds(1), measure, () -> {
                try {
                    if (insert.get() == null) {
                        Connection own;
                        synchronized (free) {
                            own = free.removeLast();
                        }
                        insert.set(own.prepareStatement("INSERT INTO commit_ceiling (payload) VALUES (?)"));
                    }
                    insert.get().setString(1, "a row the size of an audit entry, committed on its own");
                    return insert.get().executeUpdate() == 1;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (Statement statement = connections.getFirst().createStatement()) {
                statement.execute("DROP TABLE commit_ceiling");
            }
            return result;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }
}
