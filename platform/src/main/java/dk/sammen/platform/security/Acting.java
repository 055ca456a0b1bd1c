package dk.sammen.platform.security;

import dk.sammen.platform.web.InvalidInputException;

import java.util.UUID;

/**
 * Who did it comes from the token, never from the body: a request may leave an actor field out
 * (the caller is meant) or name the caller, and naming anyone else is a 400 on that field. So the
 * event store and the audit trail cannot be told that someone else assessed, decided or referred.
 */
public final class Acting {

    private Acting() {
    }

    /**
     * @param claimed what the body says, or {@code null}
     * @param field   the body's field, for the problem
     * @return the caller's id
     */
    public static UUID caller(UUID claimed, String field) {
        UUID caller = Caller.current().map(Caller::id)
                .orElseThrow(() -> new InvalidInputException(field, "must be the signed-in caller, and the token names no one"));
        if (claimed != null && !claimed.equals(caller)) {
            throw new InvalidInputException(field, "must be you, the signed-in caller (or left out): who did it comes from the token");
        }
        return caller;
    }
}
