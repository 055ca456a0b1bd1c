package dk.sammen.events.plans;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The young person turns 18 soon: the transition to adult services needs planning. */
@EventType("dk.sammen.plans.adult-transition-reminder-raised.v1")
public record AdultTransitionReminderRaisedV1(
        UUID courseId,
        UUID citizenId,
        LocalDate eighteenthBirthday,
        Instant raisedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return courseId.toString();
    }
}
