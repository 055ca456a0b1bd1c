package dk.sammen.plans.citizen;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.CitizenRegisteredV1;
import dk.sammen.events.plans.FamilyRelationRegisteredV1;
import dk.sammen.events.plans.TargetGroupChangedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Optional;

/** What the citizen register publishes: opaque ids, birth month and category; never CPR, name or contact. */
@Component
class CitizenIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return switch (domainEvent) {
            // Read again after the person's erasure (a relay starting over), the birth date is gone: nothing to publish.
            case CitizenRegistered e when e.birthDate() == null -> Optional.empty();
            case CitizenRegistered e -> Optional.of(new CitizenRegisteredV1(e.citizenId(),
                    YearMonth.from(e.birthDate()).toString(), e.targetGroup(), e.registeredAt()));
            // Only a change of category leaves the service; the situation itself stays here.
            case SituationUpdated e when e.targetGroup() != e.previousTargetGroup() -> Optional.of(new TargetGroupChangedV1(e.citizenId(),
                    e.targetGroup(), e.previousTargetGroup(), e.updatedAt()));
            case FamilyRelationRegistered e -> Optional.of(new FamilyRelationRegisteredV1(e.citizenId(),
                    e.relatedCitizenId(), e.relation(), e.registeredAt()));
            default -> Optional.empty();
        };
    }
}
