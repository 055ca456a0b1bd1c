package dk.sammen.platform.test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Real resources for the access matrix ({@link AccessMatrixTest}): a service sets up a young
 * person's course, underretning, referral or need as it really is, with the people in each
 * relation to it, and the matrix is asked of every one of them.
 */
public final class Relations {

    private Relations() {
    }

    /**
     * Sets up, afresh for each operation, a real resource for the operations whose path names
     * {@code variable} (the calls may change it).
     *
     * @param variable the path variable, e.g. {@code courseId}
     * @param name     what the scene is, for the failure message, e.g. "a minor's course, consent narrowed"
     */
    public record Kind(String variable, String name, Supplier<Scene> setUp) {
    }

    /**
     * @param variables the path variables the resource fills in (its own, and any it belongs to);
     *                  the rest are filled with ids of nothing
     * @param parties   the people in each relation to it, called in this order (those the matrix
     *                  refuses first): put those whose allowed calls change most last
     */
    public record Scene(Map<String, String> variables, List<Party> parties) {
        public Scene {
            variables = Map.copyOf(variables);
            parties = List.copyOf(parties);
        }
    }

    /**
     * Someone in one relation to a scene's resource, acting in their first role (the matrix
     * column read for them).
     *
     * @param relation   the relation in words, for the failure message
     * @param admittedBy the matrix words that let this person in: {@code yes} for anyone of the
     *                   role, {@code team} for one who works on the course, {@code own} for the
     *                   young person, their guardian or the professional themselves,
     *                   {@code provider}, {@code centre}, {@code emergency} for an active
     *                   break-the-glass grant
     */
    public record Party(String relation, TestIdentity identity, Set<String> admittedBy) {
        public Party {
            admittedBy = Set.copyOf(admittedBy);
        }

        /** Someone whom only a cell open to their whole role lets in. */
        public static Party anyone(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes"));
        }

        /** Someone who works on the course: on its team, as its consent covers them. */
        public static Party team(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes", "team"));
        }

        /** The young person, their guardian, or a professional asking about themselves. */
        public static Party own(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes", "own"));
        }

        /** Staff of the centre providing the offer. */
        public static Party provider(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes", "provider"));
        }

        /** A caseworker off the team with an active break-the-glass grant. */
        public static Party emergency(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes", "emergency"));
        }

        /** A centre leader asking about their own centre. */
        public static Party centre(String relation, TestIdentity identity) {
            return new Party(relation, identity, Set.of("yes", "centre"));
        }
    }
}
