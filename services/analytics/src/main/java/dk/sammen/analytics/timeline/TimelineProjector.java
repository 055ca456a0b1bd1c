package dk.sammen.analytics.timeline;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.referrals.UnderretningReceivedV1;
import io.cloudevents.CloudEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns a CloudEvent from any topic into a timeline entry, reading the contract to find the
 * course and the young person it concerns. Types this build does not know yet are kept too,
 * unattached, so nothing in the log is lost to the timeline.
 */
final class TimelineProjector {

    private TimelineProjector() {
    }

    static TimelineEntry project(CloudEvent event) {
        byte[] data = event.getData() == null ? "{}".getBytes(StandardCharsets.UTF_8) : event.getData().toBytes();
        References refs = EventContracts.classOf(event.getType())
                .map(contract -> references(EventCodec.decode(data, contract)))
                .orElse(References.NONE);
        Instant occurredAt = event.getTime() == null ? Instant.EPOCH : event.getTime().toInstant();
        return new TimelineEntry(event.getId(), event.getType(), event.getSource().toString(), event.getSubject(),
                refs.courseId(), refs.citizenId(), occurredAt, EventCodec.tree(data));
    }

    private static References references(IntegrationEvent event) {
        return switch (event) {
            case CourseOpenedV1 e -> new References(e.courseId(), e.citizenId());
            case UnderretningReceivedV1 e -> new References(null, e.citizenId());
            default -> References.NONE;
        };
    }

    private record References(UUID courseId, UUID citizenId) {
        static final References NONE = new References(null, null);
    }
}
