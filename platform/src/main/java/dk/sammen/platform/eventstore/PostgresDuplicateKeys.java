package dk.sammen.platform.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon's JDBC event store that an append hit PostgreSQL's unique key on (aggregate,
 * sequence number): another replica appended to the same aggregate first. Axon's own resolver
 * looks for {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never
 * throws (it reports SQLSTATE 23505 on a plain {@code SQLException}), so without this a race
 * between two replicas surfaced as "An event could not be stored" and a 500 instead of Axon's
 * {@code ConcurrencyException}.
 */
public final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
