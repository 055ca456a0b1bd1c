package dk.sammen.plans.course;

import java.util.Optional;
import java.util.UUID;

/** Which course of a young person is open (not closed, not erased): a young person has at most one. */
public interface OpenCourses {

    Optional<UUID> of(UUID citizenId);
}
