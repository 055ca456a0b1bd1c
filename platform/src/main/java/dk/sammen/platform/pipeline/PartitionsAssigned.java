package dk.sammen.platform.pipeline;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.util.Collection;

/** A consumer given partitions reads their parked keys afresh: another replica may have parked records of them. */
final class PartitionsAssigned implements ConsumerAwareRebalanceListener {

    private final ParkedRecords parked;
    private final ConsumerProgress progress;

    PartitionsAssigned(ParkedRecords parked, ConsumerProgress progress) {
        this.parked = parked;
        this.progress = progress;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        parked.forget(consumer.groupMetadata().groupId());
        progress.started(consumer.groupMetadata().groupId());
    }
}
