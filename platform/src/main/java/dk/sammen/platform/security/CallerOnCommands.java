package dk.sammen.platform.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Puts who sent a command in its metadata; Axon copies it to the events the command causes, so
 * the event store itself says who made every change (and a course's team read model knows who
 * opened it).
 */
public final class CallerOnCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** Metadata key of the caller's id (the token's subject). */
    public static final String USER_ID = "userId";
    /** Metadata key of the caller's roles, comma-separated. */
    public static final String USER_ROLES = "userRoles";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> Caller.current()
                .flatMap(caller -> Optional.ofNullable(caller.id()).map(id -> Map.of(USER_ID, id.toString(), USER_ROLES, caller.roleClaims())))
                .<CommandMessage<?>>map(command::andMetaData)
                .orElse(command);
    }
}
