package dk.sammen.platform.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The event pipeline as an operator sees it: per Kafka consumer and per Axon processor, the
 * gauges {@code sammen_dead_letters}, {@code sammen_pipeline_oldest_unprocessed_seconds},
 * {@code sammen_pipeline_since_progress_seconds} and {@code sammen_pipeline_stalled} (tagged
 * {@code consumer} and {@code kind} kafka or axon), and the health component
 * {@code eventPipeline}: {@link #DEGRADED} while any of them is stalled. DEGRADED, not DOWN: a
 * stalled consumer must be seen and mended, but the service still answers what it has, so
 * readiness (what takes a pod out of its Service) does not include it.
 */
public final class PipelineMonitor implements HealthIndicator, SmartInitializingSingleton, DisposableBean {

    public static final Status DEGRADED = new Status("DEGRADED", "A consumer or processor is stalled; the service still answers");
    private static final Logger LOG = LoggerFactory.getLogger(PipelineMonitor.class);

    private final ConsumerProgress consumers;
    private final @Nullable ProcessorProgress processors;
    private final ParkedRecords parkedRecords;
    private final @Nullable ProcessorDeadLetters parkedEvents;
    private final PipelineProperties properties;
    private final MeterRegistry meters;
    private final Set<String> measured = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Long> parked = Map.of();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pipeline-monitor");
        thread.setDaemon(true);
        return thread;
    });

    PipelineMonitor(ConsumerProgress consumers, @Nullable ProcessorProgress processors, ParkedRecords parkedRecords,
                    @Nullable ProcessorDeadLetters parkedEvents, PipelineProperties properties, MeterRegistry meters) {
        this.consumers = consumers;
        this.processors = processors;
        this.parkedRecords = parkedRecords;
        this.parkedEvents = parkedEvents;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long interval = properties.checkInterval().toMillis();
        checks.scheduleWithFixedDelay(this::checkSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }

    /** A scheduled task that throws is never run again: whatever goes wrong in one check, the next one runs. */
    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException | LinkageError unexpected) {
            LOG.warn("The event pipeline's check failed; it runs again in {}", properties.checkInterval(), unexpected);
        }
    }

    void check() {
        try {
            if (processors != null) {
                processors.check();
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            parkedRecords.parkedPerConsumer().forEach((consumer, count) -> counts.put(key("kafka", consumer), count));
            if (parkedEvents != null) {
                parkedEvents.parkedPerProcessor().forEach((processor, count) -> counts.put(key("axon", processor), count));
            }
            parked = counts;
        } catch (RuntimeException databaseDown) {
            LOG.debug("Cannot read the parked counts now", databaseDown);
        }
        consumers.snapshots().keySet().forEach(consumer -> measure("kafka", consumer));
        if (processors != null) {
            processors.snapshots().keySet().forEach(processor -> measure("axon", processor));
        }
        parked.keySet().forEach(key -> measure(key.substring(0, key.indexOf(':')), key.substring(key.indexOf(':') + 1)));
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean stalled = false;
        for (ConsumerProgress.Snapshot snapshot : consumers.snapshots().values()) {
            boolean stuck = snapshot.stalled(properties.stallAfter());
            stalled |= stuck;
            Map<String, Object> detail = detail(stuck, snapshot.oldestUnprocessed(), snapshot.sinceProgress(), key("kafka", snapshot.consumer()));
            if (snapshot.failing() != null) {
                ConsumerProgress.Failing failing = snapshot.failing();
                detail.put("failingOn", Map.of("topic", failing.topic(), "partition", failing.partition(), "offset", failing.offset(),
                        "type", failing.type(), "attempts", failing.attempts(), "cause", failing.cause()));
            }
            details.put(key("kafka", snapshot.consumer()), detail);
        }
        if (processors != null) {
            for (ProcessorProgress.Snapshot snapshot : processors.snapshots().values()) {
                boolean stuck = snapshot.stalled(properties.stallAfter());
                stalled |= stuck;
                Map<String, Object> detail = detail(stuck, snapshot.oldestUnprocessed(), snapshot.sinceProgress(), key("axon", snapshot.processor()));
                if (snapshot.error() != null) {
                    detail.put("error", snapshot.error());
                }
                details.put(key("axon", snapshot.processor()), detail);
            }
        }
        return (stalled ? Health.status(DEGRADED) : Health.up()).withDetails(details).build();
    }

    private Map<String, Object> detail(boolean stalled, Duration oldest, Duration sinceProgress, String key) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", stalled ? "stalled" : "ok");
        detail.put("oldestUnprocessedSeconds", oldest.toSeconds());
        detail.put("sinceProgressSeconds", sinceProgress.toSeconds());
        detail.put("parked", parked.getOrDefault(key, 0L));
        return detail;
    }

    private void measure(String kind, String name) {
        if (!measured.add(key(kind, name))) {
            return;
        }
        String key = key(kind, name);
        Gauge.builder("sammen.dead.letters", this, monitor -> monitor.parked.getOrDefault(key, 0L))
                .description("Records or events this consumer or processor has parked and nobody has retried or discarded")
                .tags("consumer", name, "kind", kind).register(meters);
        TimeGauge.builder("sammen.pipeline.oldest.unprocessed", this, TimeUnit.SECONDS,
                        seconds(kind, name, Progress::oldestUnprocessed))
                .description("Age of the oldest record or event waiting for this consumer or processor").tags("consumer", name, "kind", kind)
                .register(meters);
        TimeGauge.builder("sammen.pipeline.since.progress", this, TimeUnit.SECONDS,
                        seconds(kind, name, Progress::sinceProgress))
                .description("Time since this consumer or processor last got through a record or event").tags("consumer", name, "kind", kind)
                .register(meters);
        Gauge.builder("sammen.pipeline.stalled", this, monitor -> {
                    Progress progress = monitor.progressOf(kind, name);
                    return progress != null && progress.stalled(monitor.properties.stallAfter()) ? 1 : 0;
                })
                .description("1 while this consumer or processor has records or events waiting and has got through none for sammen.pipeline.stall-after")
                .tags("consumer", name, "kind", kind).register(meters);
    }

    /** The consumer's or processor's progress now; none if it is not (or no longer) this replica's. */
    private @Nullable Progress progressOf(String kind, String name) {
        if (kind.equals("kafka")) {
            return consumers.snapshots().get(name);
        }
        return processors == null ? null : processors.snapshots().get(name);
    }

    private ToDoubleFunction<PipelineMonitor> seconds(String kind, String name, Function<Progress, Duration> reading) {
        return monitor -> {
            Progress progress = monitor.progressOf(kind, name);
            return progress == null ? 0 : reading.apply(progress).toMillis() / 1000.0;
        };
    }

    private static String key(String kind, String name) {
        return kind + ":" + name;
    }
}
