package dk.sammen.referrals.underretning;

import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One underretning, from receipt through assessment to the feedback owed to its reporter. */
@Aggregate
public class Underretning {

    @AggregateIdentifier
    private UUID underretningId;

    protected Underretning() {
        // For Axon, which rebuilds the underretning from its events.
    }

    @CommandHandler
    Underretning(ReceiveUnderretning command) {
        if (command.receivedAt().isAfter(GenericEventMessage.clock.instant())) {
            throw new DomainRuleViolation("received-in-the-past",
                    "An underretning cannot be received in the future (receivedAt " + command.receivedAt() + ")");
        }
        apply(new UnderretningReceived(command.underretningId(), command.citizenId(), command.reporterKind(),
                command.concerns(), command.description(), command.channel(), command.receivedAt()));
    }

    @EventSourcingHandler
    void on(UnderretningReceived event) {
        this.underretningId = event.underretningId();
    }
}
