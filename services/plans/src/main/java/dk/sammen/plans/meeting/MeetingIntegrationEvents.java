package dk.sammen.plans.meeting;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.AgreementFollowedUpV1;
import dk.sammen.events.plans.AgreementMadeV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.MeetingScheduledV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** What meetings publish: who came, how much was decided and agreed, and when; never the words. */
@Component
class MeetingIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case MeetingEvents.MeetingScheduled e -> new MeetingScheduledV1(e.courseId(), e.meetingId(), e.scheduledFor(),
                    List.copyOf(e.invitedMemberIds()), e.scheduledAt());
            case MeetingEvents.MeetingHeld e -> new MeetingHeldV1(e.courseId(), e.meetingId(), List.copyOf(e.attendedMemberIds()),
                    List.copyOf(e.absentMemberIds()), e.decisions().size(), e.agreementCount(), e.heldAt());
            case MeetingEvents.AgreementMade e -> new AgreementMadeV1(e.courseId(), e.agreementId(), e.meetingId(), e.party(),
                    e.partyMemberId(), e.dueDate(), e.madeAt());
            case MeetingEvents.AgreementFollowedUp e -> new AgreementFollowedUpV1(e.courseId(), e.agreementId(), e.fulfilled(),
                    e.followedUpAt());
            default -> null;
        });
    }
}
