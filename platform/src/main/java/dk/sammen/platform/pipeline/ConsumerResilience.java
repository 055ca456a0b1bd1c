package dk.sammen.platform.pipeline;

import dk.sammen.platform.TransientFailures;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every Kafka consumer of a service gets: a record that fails by itself is tried a few
 * times with backoff, then parked (on {@code <topic>.dlt} and in {@code parked_record}) and the
 * partition carries on; a failure of the world (database or broker down) is waited out with
 * backoff for as long as it lasts and parks nothing; later records of a parked record's key are
 * parked behind it, so a course's events stay in order; and every attempt is seen by
 * {@link ConsumerProgress}.
 *
 * <p>A batch listener must say which record failed ({@code BatchListenerFailedException} with
 * its index): the records before it are committed, it is retried and parked alone, and the rest
 * of the batch is delivered again. It also parks records behind others itself, with
 * {@link ParkedRecords#parkIfBehind}, since it sees them all at once.
 */
public final class ConsumerResilience {

    private final ParkedRecords parked;
    private final ConsumerProgress progress;
    private final PipelineProperties properties;

    ConsumerResilience(ParkedRecords parked, ConsumerProgress progress, PipelineProperties properties) {
        this.parked = parked;
        this.progress = progress;
        this.properties = properties;
    }

    public void applyTo(ConcurrentKafkaListenerContainerFactory<String, CloudEvent> factory, boolean batch) {
        factory.setCommonErrorHandler(errorHandler());
        if (batch) {
            factory.setBatchInterceptor(progress);
        } else {
            factory.setRecordInterceptor(progress);
            factory.setRecordFilterStrategy(record -> parked.parkIfBehind(KafkaUtils.getConsumerGroupId(), record));
            factory.setAckDiscarded(true);
        }
        factory.getContainerProperties().setConsumerRebalanceListener(new PartitionsAssigned(parked, progress));
    }

    /**
     * For a batch listener: applies the batch's records (those not parked behind others) with
     * {@code apply}, all at once; when that fails for a record's own sake, one at a time, so the
     * error handler is told which record failed and everything before it is kept. A failure of
     * the world is reported on the first record, so the whole batch waits.
     */
    public <V> void applyBatch(List<ConsumerRecord<String, V>> records, Consumer<List<ConsumerRecord<String, V>>> apply) {
        // Null on a thread that is not a consumer's: a parked record handed back by an operator's retry.
        String consumer = KafkaUtils.getConsumerGroupId();
        List<ConsumerRecord<String, V>> kept = new ArrayList<>(records.size());
        List<Integer> indices = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, V> record = records.get(i);
            try {
                if (consumer != null && parked.parkIfBehind(consumer, record)) {
                    continue;
                }
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException("Cannot tell whether " + KafkaUtils.format(record) + " waits behind a parked record",
                        failure, indices.isEmpty() ? i : indices.getFirst());
            }
            kept.add(record);
            indices.add(i);
        }
        if (kept.isEmpty()) {
            return;
        }
        boolean readable = kept.stream().allMatch(record -> record.value() != null);
        if (readable) {
            try {
                apply.accept(kept);
                return;
            } catch (RuntimeException failure) {
                if (TransientFailures.isTransient(failure) || kept.size() == 1) {
                    throw new BatchListenerFailedException("Applying " + KafkaUtils.format(kept.getFirst()) + " and after", failure,
                            indices.getFirst());
                }
            }
        }
        for (int j = 0; j < kept.size(); j++) {
            ConsumerRecord<String, V> record = kept.get(j);
            if (record.value() == null) {
                DeserializationException unreadable = ParkedRecords.unreadableValue(record);
                throw new BatchListenerFailedException("Cannot read " + KafkaUtils.format(record), unreadable != null ? unreadable
                        : new DeserializationException("The record has no value", null, false, null), indices.get(j));
            }
            try {
                apply.accept(List.of(record));
            } catch (RuntimeException failure) {
                throw new BatchListenerFailedException("Applying " + KafkaUtils.format(record), failure, indices.get(j));
            }
        }
    }

    private DefaultErrorHandler errorHandler() {
        ExponentialBackOffWithMaxRetries bounded = new ExponentialBackOffWithMaxRetries(properties.attempts() - 1);
        bounded.setInitialInterval(properties.initialBackoff().toMillis());
        bounded.setMultiplier(2.0);
        ConsumerAwareRecordRecoverer park = (record, consumer, failure) -> parked.park(
                consumer == null ? KafkaUtils.getConsumerGroupId() : consumer.groupMetadata().groupId(), record, failure);
        DefaultErrorHandler handler = new DefaultErrorHandler(park, bounded);
        BackOff untilTheWorldIsBack = untilTheWorldIsBack();
        handler.setBackOffFunction((record, failure) -> TransientFailures.isTransient(failure) ? untilTheWorldIsBack : null);
        handler.setCommitRecovered(true);
        handler.setRetryListeners(progress);
        // Each attempt and each parked record is logged by ConsumerProgress, without the stack traces
        // Spring Kafka would log at ERROR for every retry of a batch.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    private BackOff untilTheWorldIsBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(properties.initialBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.maxBackoff().toMillis());
        return backOff;
    }
}
