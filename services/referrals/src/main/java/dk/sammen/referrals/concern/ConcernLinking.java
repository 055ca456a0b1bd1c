package dk.sammen.referrals.concern;

import dk.sammen.referrals.underretning.UnderretningEvents.IdentityResolved;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningDecided;
import dk.sammen.referrals.underretning.UnderretningEvents.UnderretningReceived;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Links every underretning about an identified young person into their concern history, as it
 * arrives or once the identity is resolved. It sends commands, so it never runs again on replay.
 */
@Component
@ProcessingGroup("concern-linking")
@DisallowReplay
class ConcernLinking {

    private final CommandGateway commands;

    ConcernLinking(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(UnderretningReceived event) {
        if (event.citizenId() != null) {
            commands.sendAndWait(new ConcernHistoryCommands.LinkNotification(event.citizenId(), event.underretningId(),
                    event.reporterKind(), event.receivedAt()));
        }
    }

    @EventHandler
    void on(UnderretningDecided event) {
        if (event.citizenId() == null) {
            return;
        }
        try {
            commands.sendAndWait(new ConcernHistoryCommands.RecordDecision(event.citizenId(), event.underretningId(), event.decidedAt()));
        } catch (AggregateNotFoundException noHistory) {
            // no underretning of theirs was linked, so no flag to act on
        }
    }

    @EventHandler
    void on(IdentityResolved event) {
        commands.sendAndWait(new ConcernHistoryCommands.LinkNotification(event.citizenId(), event.underretningId(),
                event.reporterKind(), event.receivedAt()));
    }
}
