package dk.sammen.platform.tracing;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/** Puts the dispatching thread's trace context in the command's metadata. */
record TraceContextOnCommands(TraceContexts traces) implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            var context = traces.current();
            if (context.isEmpty()) {
                return command;
            }
            TraceContexts.TRACE_POINTS.debug("Command {} dispatched", command.getPayloadType().getSimpleName());
            return command.andMetaData(context);
        };
    }
}
