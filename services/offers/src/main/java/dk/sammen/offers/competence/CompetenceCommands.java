package dk.sammen.offers.competence;

import dk.sammen.events.offers.Availability;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

public final class CompetenceCommands {

    private CompetenceCommands() {
    }

    public record RegisterCompetence(@TargetAggregateIdentifier UUID competenceId, CompetenceDetails details, Availability availability) {
    }

    public record UpdateCompetence(@TargetAggregateIdentifier UUID competenceId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                   CompetenceDetails details) {
    }

    public record ChangeAvailability(@TargetAggregateIdentifier UUID competenceId, @TargetAggregateVersion @Nullable Long expectedVersion,
                                     Availability availability) {
    }

    public record WithdrawCompetence(@TargetAggregateIdentifier UUID competenceId, @TargetAggregateVersion @Nullable Long expectedVersion) {
    }
}
