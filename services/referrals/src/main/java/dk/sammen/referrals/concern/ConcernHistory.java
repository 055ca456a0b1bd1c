package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.FlagReason;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.domain.Denmark;
import dk.sammen.referrals.concern.ConcernHistoryCommands.LinkNotification;
import dk.sammen.referrals.concern.ConcernHistoryEvents.FlaggedForCoordinatedCourse;
import dk.sammen.referrals.concern.ConcernHistoryEvents.NotificationLinked;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Every underretning about one young person, linked as it arrives, whoever sent it: the history
 * that makes repetition impossible to miss. When the notifications within the window form a
 * pattern, the young person is flagged for a coordinated course, once.
 */
@Aggregate
public class ConcernHistory {


    private record Linked(UUID underretningId, ReporterKind reporterKind, Instant receivedAt) {
    }

    @AggregateIdentifier
    private UUID citizenId;
    private final List<Linked> notifications = new ArrayList<>();
    private boolean flagged;

    protected ConcernHistory() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LinkNotification command, FlagRules rules) {
        if (notifications.stream().anyMatch(n -> n.underretningId().equals(command.underretningId()))) {
            return; // linked already: a redelivered event
        }
        apply(new NotificationLinked(command.citizenId(), command.underretningId(), command.reporterKind(), command.receivedAt()));
        if (flagged) {
            return;
        }
        Instant windowStart = command.receivedAt().atZone(Denmark.ZONE).minus(rules.window()).toInstant();
        List<Linked> inWindow = notifications.stream()
                .filter(n -> !n.receivedAt().isBefore(windowStart) && !n.receivedAt().isAfter(command.receivedAt()))
                .toList();
        Set<ReporterKind> sources = EnumSet.noneOf(ReporterKind.class);
        inWindow.forEach(n -> sources.add(n.reporterKind()));
        FlagReason reason = inWindow.size() >= rules.repeated() ? FlagReason.REPEATED_NOTIFICATIONS
                : sources.size() >= rules.sources() ? FlagReason.SEVERAL_SOURCES : null;
        if (reason != null) {
            apply(new FlaggedForCoordinatedCourse(citizenId, reason, inWindow.size(), sources.size(),
                    (int) rules.window().toTotalMonths(), GenericEventMessage.clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(NotificationLinked event) {
        citizenId = event.citizenId();
        notifications.add(new Linked(event.underretningId(), event.reporterKind(), event.receivedAt()));
    }

    @EventSourcingHandler
    void on(FlaggedForCoordinatedCourse event) {
        flagged = true;
    }
}
