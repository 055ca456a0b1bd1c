package dk.sammen.plans.team;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamMemberRemovedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the team publishes: ids, roles and affiliations; names and handover reasons stay here. */
@Component
class TeamIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case TeamEvents.TovholderAssigned e -> new TovholderAssignedV1(e.courseId(), e.tovholderId(), e.centre(),
                    e.previousTovholderId(), e.assignedAt());
            case TeamEvents.TeamMemberAdded e -> new TeamMemberAddedV1(e.courseId(), e.memberId(), e.role(), e.affiliation(), e.addedAt());
            case TeamEvents.TeamMemberRemoved e -> new TeamMemberRemovedV1(e.courseId(), e.memberId(), e.removedAt());
            default -> null;
        });
    }
}
