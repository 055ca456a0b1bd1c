package dk.sammen.plans.erasure;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.plans.citizen.CitizenErased;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells every service to erase what it holds about the young person and their courses. */
@Component
class ErasureIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return domainEvent instanceof CitizenErased e
                ? Optional.of(new PersonalDataErasedV1(e.citizenId(), e.courseIds(), e.basis(), e.erasedAt()))
                : Optional.empty();
    }
}
