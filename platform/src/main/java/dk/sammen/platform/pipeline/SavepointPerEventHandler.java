package dk.sammen.platform.pipeline;

import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;

/**
 * Each event handler of a processor runs behind a savepoint of the processor's transaction. A
 * handler the database refuses (a constraint, a value out of range) leaves a PostgreSQL
 * transaction aborted, so nothing else could be written in it: not the dead letter that parks the
 * event, not the rest of the batch. Rolled back to its savepoint, the transaction takes both.
 * Aggregates' event-sourcing handlers and deadline handlers write nothing and are left as they are.
 */
final class SavepointPerEventHandler implements HandlerEnhancerDefinition {

    private final DataSource dataSource;

    SavepointPerEventHandler(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (original.annotationAttributes(EventHandler.class).isEmpty()
                || original.annotationAttributes(EventSourcingHandler.class).isPresent()
                || original.annotationAttributes(DeadlineHandler.class).isPresent()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                Connection connection = DataSourceUtils.getConnection(dataSource);
                Savepoint savepoint = connection.setSavepoint();
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    connection.rollback(savepoint);
                    throw failure;
                }
                connection.releaseSavepoint(savepoint);
                return result;
            }
        };
    }
}
