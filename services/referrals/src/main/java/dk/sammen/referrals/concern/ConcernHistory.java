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
 * that makes repetition impossible to miss. When notifications within a window form a pattern,
 * the young person is flagged for a coordinated course. The window is any stretch of the rule's
 * length that holds the new notification, so one received long ago but registered or identified
 * only now completes a pattern with the later ones too. Once intake has decided about a flagged
 * young person, the flag has been acted on: the notifications linked after that decision can
 * flag them again.
 */
@Aggregate
public class ConcernHistory {

    private record Linked(UUID underretningId, ReporterKind reporterKind, Instant receivedAt) {
    }

    private record Pattern(int notifications, int sources) {
    }

    @AggregateIdentifier
    private UUID citizenId;
    private final List<Linked> notifications = new ArrayList<>();
    /** Notifications before this position were in the history when a flag was acted on, and do not count towards the next. */
    private int countedFrom;
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
        Pattern found = strongestPatternAround(command.receivedAt(), rules);
        FlagReason reason = found.notifications() >= rules.repeated() ? FlagReason.REPEATED_NOTIFICATIONS
                : found.sources() >= rules.sources() ? FlagReason.SEVERAL_SOURCES : null;
        if (reason != null) {
            apply(new FlaggedForCoordinatedCourse(citizenId, reason, found.notifications(), found.sources(),
                    (int) rules.window().toTotalMonths(), GenericEventMessage.clock.instant()));
        }
    }

    /** Intake decided about the young person: a flag standing then has been acted on. */
    @CommandHandler
    void handle(ConcernHistoryCommands.RecordDecision command) {
        if (flagged) {
            apply(new ConcernHistoryEvents.FlagActedOn(citizenId, command.underretningId(), command.decidedAt()));
        }
    }

    /**
     * The most notifications (and, apart, the most kinds of source) in any window of the rule's
     * length that holds {@code received}: each window ending at a counted notification received
     * no earlier than it and within the window after it.
     */
    private Pattern strongestPatternAround(Instant received, FlagRules rules) {
        List<Linked> counted = notifications.subList(countedFrom, notifications.size());
        int most = 0;
        int mostSources = 0;
        for (Linked end : counted) {
            Instant windowStart = end.receivedAt().atZone(Denmark.ZONE).minus(rules.window()).toInstant();
            if (end.receivedAt().isBefore(received) || windowStart.isAfter(received)) {
                continue;
            }
            List<Linked> inWindow = counted.stream()
                    .filter(n -> !n.receivedAt().isBefore(windowStart) && !n.receivedAt().isAfter(end.receivedAt()))
                    .toList();
            Set<ReporterKind> sources = EnumSet.noneOf(ReporterKind.class);
            inWindow.forEach(n -> sources.add(n.reporterKind()));
            most = Math.max(most, inWindow.size());
            mostSources = Math.max(mostSources, sources.size());
        }
        return new Pattern(most, mostSources);
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

    @EventSourcingHandler
    void on(ConcernHistoryEvents.FlagActedOn event) {
        flagged = false;
        countedFrom = notifications.size();
    }
}
