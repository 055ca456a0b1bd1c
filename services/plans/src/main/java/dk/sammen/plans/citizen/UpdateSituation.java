package dk.sammen.plans.citizen;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The young person's situation as it is now (a new school year, absence, an education begun or completed). */
public record UpdateSituation(@TargetAggregateIdentifier UUID citizenId, @TargetAggregateVersion @Nullable Long expectedVersion,
                              Situation situation) {
}
