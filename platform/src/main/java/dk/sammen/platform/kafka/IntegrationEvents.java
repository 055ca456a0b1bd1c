package dk.sammen.platform.kafka;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;

import java.util.Optional;

/** Reading a consumed CloudEvent back as the contract it carries. */
public final class IntegrationEvents {

    private IntegrationEvents() {
    }

    /** The integration event in a CloudEvent, or empty for a type this build does not know (or no data). */
    public static Optional<IntegrationEvent> decode(CloudEvent event) {
        CloudEventData data = event.getData();
        if (data == null) {
            return Optional.empty();
        }
        return EventContracts.classOf(event.getType())
                .map(contract -> (IntegrationEvent) EventCodec.decode(data.toBytes(), contract));
    }
}
