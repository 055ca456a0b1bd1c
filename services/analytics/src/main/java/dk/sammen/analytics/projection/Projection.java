package dk.sammen.analytics.projection;

import dk.sammen.events.IntegrationEvent;

import java.util.List;

/**
 * A read model built from the log. Every event reaches it once (the ledger dedupes
 * redeliveries), but events of one young person arrive on several partitions, so a projection
 * must not depend on the order of events with different Kafka keys.
 */
public interface Projection {

    /** The tables it keeps: created by Flyway in the live schema; a rebuild creates their twins. */
    List<String> tables();

    /**
     * Takes in one new event. Writes go through {@code writes}, which sends a poll's writes
     * together; a projection that reads or deletes beyond the rows it names flushes it first.
     */
    void apply(IntegrationEvent event, TimelineEntry entry, ProjectionSchema schema, PollWrites writes);
}
