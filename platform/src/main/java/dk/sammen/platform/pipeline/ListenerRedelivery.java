package dk.sammen.platform.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.adapter.AbstractDelegatingMessageListenerAdapter;

import java.util.List;

/**
 * Hands a parked record to the listener of the consumer that parked it, on the caller's thread,
 * past the filter that parks records behind others: the same method that failed on it, so a
 * retry tests exactly what the consumer would do. A listener that takes batches gets a batch of one.
 */
final class ListenerRedelivery {

    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;

    ListenerRedelivery(ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        this.listeners = listeners;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void redeliver(String consumer, ConsumerRecord<?, ?> record) {
        MessageListenerContainer container = listeners.getObject().getListenerContainers().stream()
                .filter(candidate -> consumer.equals(candidate.getGroupId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("This service has no consumer " + consumer));
        Object listener = container.getContainerProperties().getMessageListener();
        while (listener instanceof AbstractDelegatingMessageListenerAdapter<?> adapter) {
            listener = adapter.getDelegate();
        }
        if (listener instanceof BatchMessageListener batch) {
            batch.onMessage(List.of(record), null, null);
        } else if (listener instanceof GenericMessageListener single) {
            single.onMessage(record, null, null);
        } else {
            throw new IllegalStateException("Consumer " + consumer + " has a listener of an unknown kind: " + listener);
        }
    }
}
