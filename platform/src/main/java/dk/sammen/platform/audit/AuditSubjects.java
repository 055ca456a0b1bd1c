package dk.sammen.platform.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a service tells the audit trail which young person a request concerned, where the
 * request names only a course. A service without courses needs none.
 *
 * <p>A read that answers with young people the path does not name (a list, an underretning
 * found by its own id) says whom it returned with {@link #returned}: the audit trail records the
 * read once for each of them, so the data-protection officer's report of one young person shows
 * every read that showed them. What a caller writes in the query string never decides it.
 */
@FunctionalInterface
public interface AuditSubjects {

    /** Request attribute holding the young people a read returned. */
    String RETURNED = AuditSubjects.class.getName() + ".returned";

    /** Request attribute holding the course the access decision looked up and whose course it is. */
    String COURSE_OF = AuditSubjects.class.getName() + ".courseOf";

    /**
     * Records, for the audit entry of the current request, whose course it is, as the access
     * decision found it in the same look-up that decided need-to-know: the audit trail then asks
     * {@link #citizenOfCourse} only when no decision did.
     */
    static void courseOf(UUID courseId, UUID citizenId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(COURSE_OF, Map.entry(courseId, citizenId), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Whose course {@code courseId} is, if this request's access decision found it. */
    static Optional<UUID> decidedCitizenOfCourse(@Nullable Object recorded, UUID courseId) {
        return recorded instanceof Map.Entry<?, ?> entry && courseId.equals(entry.getKey()) && entry.getValue() instanceof UUID citizen
                ? Optional.of(citizen) : Optional.empty();
    }

    /** Records, for the audit entry of the current request, that it returned these items' young people. */
    static <T> void returned(Collection<T> items, Function<T, @Nullable UUID> citizenOf) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> returned = (Set<UUID>) request.getAttribute(RETURNED, RequestAttributes.SCOPE_REQUEST);
        if (returned == null) {
            returned = new LinkedHashSet<>();
            request.setAttribute(RETURNED, returned, RequestAttributes.SCOPE_REQUEST);
        }
        for (T item : items) {
            UUID citizenId = citizenOf.apply(item);
            if (citizenId != null) {
                returned.add(citizenId);
            }
        }
    }

    Optional<UUID> citizenOfCourse(UUID courseId);
}
