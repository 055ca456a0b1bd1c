package dk.sammen.offers.competence;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.offers.CompetenceAvailabilityChangedV1;
import dk.sammen.events.offers.CompetenceRegisteredV1;
import dk.sammen.events.offers.CompetenceWithdrawnV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The competence bank publishes what a competence answers and how available it is; the words stay here. */
@Component
class CompetenceIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case CompetenceEvents.CompetenceRegistered e -> new CompetenceRegisteredV1(e.competenceId(), e.revision(), e.details().centre(),
                    e.details().needCategories(), e.availability(), e.registeredAt());
            case CompetenceEvents.CompetenceAvailabilityChanged e -> new CompetenceAvailabilityChangedV1(e.competenceId(), e.availability(),
                    e.changedAt());
            case CompetenceEvents.CompetenceWithdrawn e -> new CompetenceWithdrawnV1(e.competenceId(), e.withdrawnAt());
            default -> null;
        });
    }
}
