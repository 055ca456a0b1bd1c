package dk.sammen.platform.relay;

import dk.sammen.events.IntegrationEvent;

import java.util.Optional;

/**
 * Decides which of a service's domain events become integration events, and in which form.
 * Domain events live in the service's event store and may hold personal data (CPR, names, free
 * text); integration events are the published contracts of {@code shared-events} and never do.
 * Each service declares one translator bean per feature.
 */
@FunctionalInterface
public interface IntegrationEventTranslator {

    /** @return the integration event for this domain event, or empty if it stays internal */
    Optional<IntegrationEvent> translate(Object domainEvent);
}
