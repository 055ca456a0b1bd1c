package dk.sammen.platform.pipeline;

import dk.sammen.platform.TransientFailures;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dead-letter policy of every streaming processor. An event a handler fails on by itself is
 * tried {@code attempts} times (the failure propagates, so the processor rolls back and tries
 * again after its own backoff) and then parked in Axon's sequenced dead-letter queue, with the
 * later events of its sequence (aggregate) behind it, while the processor goes on with the rest.
 * A failure of the world (database down, a conflict) is never parked: it propagates for as long
 * as it lasts. A parked event retried and failing again stays parked, its retries counted.
 *
 * <p>Throwing from the policy is how Axon's dead-lettering invoker is told not to decide yet:
 * the exception leaves the handler invocation, and the processor's batch fails as it would
 * without a dead-letter queue.
 */
final class ParkAfterAttempts implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ParkAfterAttempts.class);
    static final String ATTEMPTS = "attempts";
    static final String RETRIES = "retries";

    private final int attempts;
    /** Failures per event id; an event that fails is retried soon, so a few hundred are plenty. */
    private final Map<String, Integer> failures = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 1_000;
        }
    });

    ParkAfterAttempts(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (letter.diagnostics().containsKey(ATTEMPTS)) {
            // Already parked, and retried by an operator: stays parked, behind nothing new.
            int retries = ((Number) letter.diagnostics().getOrDefault(RETRIES, 0)).intValue() + 1;
            return Decisions.requeue(cause, parked -> parked.diagnostics().and(RETRIES, retries));
        }
        String event = letter.message().getIdentifier();
        if (TransientFailures.isTransient(cause)) {
            throw propagated(cause);
        }
        int failed = failures.merge(event, 1, Integer::sum);
        if (failed < attempts) {
            // The processor's name is in the thread's (its work package's) name.
            LOG.warn("A processor failed on event {} ({}), attempt {}: {}", event,
                    letter.message().getPayloadType().getSimpleName(), failed, describe(cause));
            throw propagated(cause);
        }
        failures.remove(event);
        LOG.error("A processor parked event {} ({}) after {} attempts: {}", event,
                letter.message().getPayloadType().getSimpleName(), failed, describe(cause));
        return Decisions.enqueue(cause, parked -> MetaData.with(ATTEMPTS, failed));
    }

    private static RuntimeException propagated(Throwable cause) {
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    private static String describe(Throwable cause) {
        String message = ParkedRecords.messageOf(cause);
        return ParkedRecords.rootOf(cause).getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
