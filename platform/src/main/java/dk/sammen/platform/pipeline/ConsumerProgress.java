package dk.sammen.platform.pipeline;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each Kafka consumer of this service is doing: when it last got through a record or a
 * batch, what it is working on, and the record it is failing on. A failing record is logged at
 * WARN at each retry (topic, partition, offset and type, never its contents), and one parked at
 * ERROR. From this the stall check and the gauges tell an operator within a minute that a
 * consumer is stuck while records wait, which a lag gauge cannot: a record fetched and retried
 * for ever is not lag.
 */
public final class ConsumerProgress implements RecordInterceptor<String, CloudEvent>, BatchInterceptor<String, CloudEvent>, RetryListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerProgress.class);

    private final Clock clock;
    private final Map<String, State> consumers = new ConcurrentHashMap<>();

    ConsumerProgress(Clock clock) {
        this.clock = clock;
    }

    /** The record a consumer keeps failing on, as an operator needs to find it. */
    public record Failing(String topic, int partition, long offset, String type, Instant recordTime, Instant since,
                          int attempts, String cause) {
    }

    /**
     * One consumer now: how old its oldest unprocessed record is, how long since it last got
     * anywhere, and how long it has been stuck on records it has (failing or working on them).
     */
    public record Snapshot(String consumer, Duration oldestUnprocessed, Duration sinceProgress, Duration stuckFor, @Nullable Failing failing)
            implements Progress {
    }

    private final class State {
        volatile Instant lastProgress = clock.instant();
        volatile @Nullable Instant busySince;
        volatile @Nullable Instant busyRecordTime;
        volatile @Nullable Failing failing;
    }

    public Map<String, Snapshot> snapshots() {
        Instant now = clock.instant();
        Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
        consumers.forEach((consumer, state) -> {
            Failing failing = state.failing;
            Instant busySince = state.busySince;
            Instant oldest = failing != null ? failing.recordTime() : busySince != null ? state.busyRecordTime : null;
            Instant stuckSince = failing != null ? failing.since() : busySince;
            snapshots.put(consumer, new Snapshot(consumer, Progress.since(oldest, now), Progress.since(state.lastProgress, now),
                    Progress.since(stuckSince, now), failing));
        });
        return snapshots;
    }

    /** A consumer is known from its start, before its first record. */
    void started(String consumer) {
        stateOf(consumer);
    }

    @Override
    public ConsumerRecord<String, CloudEvent> intercept(ConsumerRecord<String, CloudEvent> record, Consumer<String, CloudEvent> consumer) {
        busy(groupOf(consumer), record.timestamp());
        return record;
    }

    @Override
    public void success(ConsumerRecord<String, CloudEvent> record, Consumer<String, CloudEvent> consumer) {
        progressed(groupOf(consumer), List.of(record));
    }

    @Override
    public void failure(ConsumerRecord<String, CloudEvent> record, Exception exception, Consumer<String, CloudEvent> consumer) {
        stateOf(groupOf(consumer)).busySince = null;
    }

    @Override
    public ConsumerRecords<String, CloudEvent> intercept(ConsumerRecords<String, CloudEvent> records, Consumer<String, CloudEvent> consumer) {
        long oldest = Long.MAX_VALUE;
        for (ConsumerRecord<String, CloudEvent> record : records) {
            oldest = Math.min(oldest, record.timestamp());
        }
        busy(groupOf(consumer), oldest);
        return records;
    }

    @Override
    public void success(ConsumerRecords<String, CloudEvent> records, Consumer<String, CloudEvent> consumer) {
        List<ConsumerRecord<?, ?>> handled = new ArrayList<>(records.count());
        records.forEach(handled::add);
        progressed(groupOf(consumer), handled);
    }

    @Override
    public void failure(ConsumerRecords<String, CloudEvent> records, Exception exception, Consumer<String, CloudEvent> consumer) {
        stateOf(groupOf(consumer)).busySince = null;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        String consumer = KafkaUtils.getConsumerGroupId();
        State state = stateOf(consumer);
        Failing before = state.failing;
        boolean same = before != null && before.topic().equals(record.topic()) && before.partition() == record.partition()
                && before.offset() == record.offset();
        String cause = describe(failure);
        state.failing = new Failing(record.topic(), record.partition(), record.offset(), typeOf(record),
                record.timestamp() < 0 ? clock.instant() : Instant.ofEpochMilli(record.timestamp()),
                same && before != null ? before.since() : clock.instant(), attempt, cause);
        LOG.warn("Consumer {} failed on {}-{}@{} ({}), attempt {}: {}", consumer, record.topic(), record.partition(),
                record.offset(), typeOf(record), attempt, cause);
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
        String consumer = KafkaUtils.getConsumerGroupId();
        progressed(consumer, List.of(record));
        LOG.error("Consumer {} parked {}-{}@{} ({}) on {}: {}", consumer, record.topic(), record.partition(), record.offset(),
                typeOf(record), DeadLetterTopics.of(record.topic()), describe(failure));
    }

    @Override
    public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
        LOG.warn("Consumer {} could not park {}-{}@{} ({}), will try again: {}", KafkaUtils.getConsumerGroupId(), record.topic(),
                record.partition(), record.offset(), typeOf(record), describe(failure));
    }

    private void busy(String consumer, long recordTime) {
        State state = stateOf(consumer);
        if (state.busySince == null) {
            state.busySince = clock.instant();
        }
        state.busyRecordTime = recordTime < 0 || recordTime == Long.MAX_VALUE ? clock.instant() : Instant.ofEpochMilli(recordTime);
    }

    /**
     * Records got through: the consumer progressed. The record it was failing on is behind it only
     * if it is among them (or before them in its partition): other partitions getting through
     * while one record fails for ever is no progress for the records behind that one.
     */
    private void progressed(String consumer, List<? extends ConsumerRecord<?, ?>> handled) {
        State state = stateOf(consumer);
        state.lastProgress = clock.instant();
        state.busySince = null;
        Failing failing = state.failing;
        if (failing != null && handled.stream().anyMatch(record -> record.topic().equals(failing.topic())
                && record.partition() == failing.partition() && record.offset() >= failing.offset())) {
            state.failing = null;
        }
    }

    private State stateOf(String consumer) {
        return consumers.computeIfAbsent(consumer == null ? "unknown" : consumer, name -> new State());
    }

    private static String groupOf(Consumer<?, ?> consumer) {
        String group = KafkaUtils.getConsumerGroupId();
        return group != null ? group : consumer.groupMetadata().groupId();
    }

    private static String typeOf(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? "no ce_type" : new String(type.value(), StandardCharsets.UTF_8);
    }

    /** The failure's kind and message, cut short: no stack trace and no record contents in the log. */
    private static String describe(Exception failure) {
        Throwable root = ParkedRecords.rootOf(failure);
        String message = ParkedRecords.messageOf(failure);
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
