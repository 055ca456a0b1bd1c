package dk.sammen.offers.competence;

import dk.sammen.events.offers.Availability;
import dk.sammen.offers.competence.CompetenceCommands.ChangeAvailability;
import dk.sammen.offers.competence.CompetenceCommands.RegisterCompetence;
import dk.sammen.offers.competence.CompetenceCommands.UpdateCompetence;
import dk.sammen.offers.competence.CompetenceCommands.WithdrawCompetence;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceAvailabilityChanged;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceRegistered;
import dk.sammen.offers.competence.CompetenceEvents.CompetenceWithdrawn;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** One competence in the competence bank, registered, kept up to date, and withdrawn. */
@Aggregate
public class Competence {

    @AggregateIdentifier
    private UUID competenceId;
    private int revision;
    private Availability availability;
    private boolean withdrawn;

    protected Competence() {
        // For Axon.
    }

    @CommandHandler
    @SuppressWarnings("NullAway.Init") // its fields are set as Axon applies CompetenceRegistered, here
    Competence(RegisterCompetence command) {
        apply(new CompetenceRegistered(command.competenceId(), 1, command.details(), command.availability(), GenericEventMessage.clock.instant()));
    }

    @CommandHandler
    long handle(UpdateCompetence command) {
        requireInTheBank();
        apply(new CompetenceRegistered(competenceId, revision + 1, command.details(), availability, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeAvailability command) {
        requireInTheBank();
        if (command.availability() == availability) {
            throw new DomainRuleViolation("availability-unchanged", "The competence already has this availability");
        }
        apply(new CompetenceAvailabilityChanged(competenceId, command.availability(), GenericEventMessage.clock.instant()));
        return getVersion();
    }

    @CommandHandler
    long handle(WithdrawCompetence command) {
        requireInTheBank();
        apply(new CompetenceWithdrawn(competenceId, GenericEventMessage.clock.instant()));
        return getVersion();
    }

    private void requireInTheBank() {
        if (withdrawn) {
            throw new DomainRuleViolation("competence-in-the-bank", "The competence is withdrawn from the bank");
        }
    }

    @EventSourcingHandler
    void on(CompetenceRegistered event) {
        competenceId = event.competenceId();
        revision = event.revision();
        availability = event.availability();
    }

    @EventSourcingHandler
    void on(CompetenceAvailabilityChanged event) {
        availability = event.availability();
    }

    @EventSourcingHandler
    void on(CompetenceWithdrawn event) {
        withdrawn = true;
    }
}
