package dk.sammen.platform.kafka;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

/** How an integration event travels: a CloudEvent with the contract's type, schema and JSON data. */
public final class IntegrationEventEnvelope {

    private IntegrationEventEnvelope() {
    }

    /**
     * @param id     stable across redeliveries (the stored event's id), so consumers can dedupe
     * @param source the publishing service, e.g. {@code /sammen/plans}
     * @param time   when the fact happened (stored)
     */
    public static CloudEvent wrap(IntegrationEvent event, String id, URI source, Instant time) {
        String type = EventContracts.typeOf(event.getClass());
        return CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type)
                .withSubject(event.subject())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataSchema(EventContracts.dataSchema(type))
                .withDataContentType("application/json")
                .withData(EventCodec.encode(event))
                .build();
    }
}
