package dk.sammen.platform.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    /** Metadata key of the caller's centre, where the token names one: where a course they open was first met. */
    public static final String USER_CENTRE = "userCentre";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> Caller.current()
                .flatMap(caller -> Optional.ofNullable(caller.id()).map(id -> metaDataOf(caller, id)))
                .<CommandMessage<?>>map(command::andMetaData)
                .orElse(command);
    }

    private static Map<String, String> metaDataOf(Caller caller, UUID id) {
        Map<String, String> metaData = new HashMap<>(Map.of(USER_ID, id.toString(), USER_ROLES, caller.roleClaims()));
        if (caller.centre() != null) {
            metaData.put(USER_CENTRE, caller.centre());
        }
        return metaData;
    }
}
