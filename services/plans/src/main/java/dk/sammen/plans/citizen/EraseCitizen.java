package dk.sammen.plans.citizen;

import dk.sammen.events.plans.ErasureBasis;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;
import java.util.UUID;

/** Erase a young person's personal data, with their courses'. */
public record EraseCitizen(@TargetAggregateIdentifier UUID citizenId, Set<UUID> courseIds, ErasureBasis basis) {
}
