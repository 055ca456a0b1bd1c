package dk.sammen.analytics.projection;

import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.platform.pipeline.ConsumerResilience;
import dk.sammen.platform.tracing.TraceContexts;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the live projections from every topic, at least once: each poll's records in one
 * transaction, so catching up with a long log is not one commit per event. A record that cannot
 * be projected is found and parked alone (with its course's later records behind it); the rest
 * of the poll is projected.
 */
@Component
class ProjectionListener {

    static final String ID = "projections";

    private final Projections projections;
    private final TraceContexts traces;
    private final ConsumerResilience resilience;
    private final PersonIds people;

    ProjectionListener(Projections projections, TraceContexts traces, ConsumerResilience resilience, PersonIds people) {
        this.projections = projections;
        this.people = people;
        this.traces = traces;
        this.resilience = resilience;
    }

    @KafkaListener(id = ID, topics = "#{@analyticsTopics}", groupId = "${sammen.analytics.consumer-group}",
            containerFactory = "cloudEventBatchListenerFactory")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        for (ConsumerRecord<String, CloudEvent> record : records) {
            if (record.value() == null) {
                continue;
            }
            // Each record in the trace of the command that caused it (a batch listener has no per-record observation).
            traces.within(traceHeaders(record), "analytics project " + record.value().getType(), () ->
                    TraceContexts.TRACE_POINTS.debug("Projecting {} {}", record.value().getType(), record.value().getId()));
        }
        resilience.applyBatch(records, batch ->
                projections.apply(ProjectionSchema.LIVE, batch.stream().map(record -> LoggedEvent.of(record.value(), people)).toList()));
    }

    private static Map<String, String> traceHeaders(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of(TraceContexts.TRACEPARENT, "tracestate")) {
            Header header = record.headers().lastHeader(name);
            if (header != null) {
                headers.put(name, new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
