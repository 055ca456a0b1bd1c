package dk.sammen.platform.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * How a service tells the audit trail which young person a request concerned, where the
 * request names only a course. A service without courses needs none.
 */
@FunctionalInterface
public interface AuditSubjects {

    Optional<UUID> citizenOfCourse(UUID courseId);
}
