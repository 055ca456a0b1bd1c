package dk.sammen.events;

/**
 * A fact one service publishes for the others. Every implementation is a record carrying an
 * {@link EventType} and a JSON Schema under {@code schemas/} in this module; a changed meaning
 * is a new type version, never an edit of a published one.
 *
 * <p>Integration events never carry CPR numbers, names or free text about a person: people are
 * opaque UUIDs.
 */
public interface IntegrationEvent {

    /** The CloudEvent {@code subject}: the id of the thing this event is about. */
    String subject();

    /**
     * The Kafka record key, which decides the partition and so the order consumers see. Events
     * of one course (or one young person) share a key so they stay in order.
     */
    default String partitionKey() {
        return subject();
    }
}
