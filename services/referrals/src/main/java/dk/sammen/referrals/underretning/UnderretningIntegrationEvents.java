package dk.sammen.referrals.underretning;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What an underretning publishes: structured facts only, never the description or the reporter. */
@Component
class UnderretningIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return switch (domainEvent) {
            case UnderretningReceived e -> Optional.of(new UnderretningReceivedV1(
                    e.underretningId(), e.citizenId(), e.reporterKind(), e.concerns(), e.channel(), e.receivedAt()));
            default -> Optional.empty();
        };
    }
}
