package dk.sammen.offers.competence;

import dk.sammen.events.offers.Availability;
import dk.sammen.platform.web.Versioned;

import java.util.List;
import java.util.UUID;

/** @param reasons why it matched a young person's needs, when it is a match answer */
public record CompetenceView(UUID competenceId, int revision, CompetenceDetails details, Availability availability,
                             List<String> reasons, long version) implements Versioned {
}
