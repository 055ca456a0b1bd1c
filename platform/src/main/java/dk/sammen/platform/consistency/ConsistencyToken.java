package dk.sammen.platform.consistency;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The {@code Consistency-Token} a command's answer carries: the id of the last event the command
 * stored, opaque to the front end. Set once the command's unit of work has committed, so a command
 * that failed answers none; a request that stored nothing (an idempotent replay) answers none either,
 * and a read after it needs no wait for it.
 *
 * <p>It is set by an interceptor on the event bus, in the request's own thread: Axon's command bus
 * handles a command in the thread that sends it, so the events a request's command stores are
 * published there. Events published by processors run in their own threads and set nothing.
 */
public final class ConsistencyToken implements MessageDispatchInterceptor<EventMessage<?>> {

    /** The header on a command's answer, and on a read that should reflect that command. */
    public static final String HEADER = "Consistency-Token";

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (messages.isEmpty() || !(request instanceof ServletRequestAttributes servlet) || !CurrentUnitOfWork.isStarted()) {
            return (index, message) -> message;
        }
        HttpServletResponse response = servlet.getResponse();
        String last = messages.getLast().getIdentifier();
        if (response != null) {
            // Later events of the same request are published later, and so replace the header with a later write.
            CurrentUnitOfWork.get().root().afterCommit(uow -> {
                if (!response.isCommitted()) {
                    response.setHeader(HEADER, last);
                }
            });
        }
        return (index, message) -> message;
    }
}
