package dk.sammen.analytics.projection;

import org.springframework.dao.DataAccessResourceFailureException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL session-level advisory locks on one connection of the pool, held until let go or the
 * connection ends, so they outlive transactions and die with the process that held them. The
 * pool does not reset a connection's advisory locks when it is handed back, so closing lets go of
 * every lock first.
 */
final class SessionLocks implements AutoCloseable {

    private final Connection connection;

    private SessionLocks(Connection connection) {
        this.connection = connection;
    }

    static SessionLocks on(DataSource dataSource) {
        try {
            return new SessionLocks(dataSource.getConnection());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No connection for an advisory lock", e);
        }
    }

    /** Takes the lock if nobody holds it; false at once otherwise. */
    boolean tryLock(String name) {
        return call("SELECT pg_try_advisory_lock(hashtextextended(?, 0))", name);
    }

    /** Waits until nobody holds the lock, shared or not, and takes it. */
    void lock(String name) {
        call("SELECT pg_advisory_lock(hashtextextended(?, 0)) IS NULL", name);
    }

    void unlock(String name) {
        call("SELECT pg_advisory_unlock(hashtextextended(?, 0))", name);
    }

    private boolean call(String sql, String name) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Advisory lock " + name + " failed", e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            if (!connection.isClosed()) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            // A connection that cannot even let go of its locks is broken; the pool evicts it, and the locks end with it.
        }
    }
}
