package dk.sammen.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries W3C trace context across the hops Micrometer's own instrumentation does not see: from
 * a command into the events it stores (their metadata), from a stored event to the relay that
 * publishes it, and from a record of a batch to the work done for it. Without a tracer (tracing
 * switched off) it carries nothing and only runs the work.
 */
public class TraceContexts {

    /** The logger of the trace points: one line per command, per published event and per projected event, at DEBUG. */
    public static final Logger TRACE_POINTS = LoggerFactory.getLogger("sammen.trace");

    public static final String TRACEPARENT = "traceparent";

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;

    public TraceContexts(@Nullable Tracer tracer, @Nullable Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as W3C headers ({@code traceparent}, {@code tracestate}); empty when there is none. */
    public Map<String, String> current() {
        Map<String, String> carrier = new HashMap<>();
        TraceContext context = tracer == null ? null : tracer.currentTraceContext().context();
        if (context != null && propagator != null) {
            propagator.inject(context, carrier, (headers, name, value) -> carrier.put(name, value));
        }
        return carrier;
    }

    /** Runs the work in a span that continues the trace in the carrier, if it names one. */
    public <T> T within(Map<String, ?> carrier, String spanName, Supplier<T> work) {
        if (tracer == null || propagator == null || carrier == null || !(carrier.get(TRACEPARENT) instanceof String)) {
            return work.get();
        }
        Span span = propagator.extract(carrier, (map, key) -> map.get(key) instanceof String value ? value : null)
                .name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }

    public void within(Map<String, ?> carrier, String spanName, Runnable work) {
        within(carrier, spanName, () -> {
            work.run();
            return null;
        });
    }
}
