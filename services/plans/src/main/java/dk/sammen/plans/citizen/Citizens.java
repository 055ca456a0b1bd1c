package dk.sammen.plans.citizen;

import java.util.Optional;
import java.util.UUID;

/** What other features may ask the citizen register: the facts a course's rules depend on. */
public interface Citizens {

    Optional<CitizenFacts> facts(UUID citizenId);
}
