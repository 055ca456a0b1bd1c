package dk.sammen.platform;

import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a failure of the world (the database down or restarting, a lock or serialization
 * conflict, the broker unreachable) from a failure of the record. The first is waited out for as
 * long as it lasts, since the same record will succeed once the world is back; only the second
 * parks a record, because retrying it can never help and it would block everything behind it.
 */
public final class TransientFailures {

    /**
     * SQLSTATE classes of a database that is unavailable or asks to be tried again: connection
     * exceptions (08), insufficient resources (53), operator intervention such as an admin
     * shutdown (57), transaction rollback such as a deadlock or serialization failure (40), and
     * lock not available (55P03).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "57", "40");

    /**
     * Axon's report that another replica appended to the same aggregate first: the command, sent
     * again, runs against the state that includes the other change. By name, since analytics runs
     * without Axon.
     */
    private static final String AXON_CONCURRENCY = "org.axonframework.modelling.command.ConcurrencyException";

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                    || cause instanceof RetriableException || AXON_CONCURRENCY.equals(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().length() >= 2 && TRANSIENT_SQL_CLASSES.contains(sql.getSQLState().substring(0, 2))
                    || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
