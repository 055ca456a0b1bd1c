package dk.sammen.platform.pipeline;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events this service's Axon processors parked, in Axon's JDBC sequenced dead-letter queue
 * ({@code dead_letter_entry}): read from its table, retried and evicted through Axon, so a
 * retry runs the processor's own handlers and interceptors and keeps the sequence's order.
 */
public class ProcessorDeadLetters {

    private static final String COLUMNS = """
            dead_letter_identifier, processing_group, sequence_identifier, sequence_index, event_identifier, payload_type,
            aggregate_identifier, enqueued_at, last_touched, cause_type, cause_message""";

    private final JdbcClient jdbc;
    private final EventProcessingConfiguration processing;
    private final TransactionTemplate transactions;

    ProcessorDeadLetters(JdbcClient jdbc, EventProcessingConfiguration processing, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.transactions = transactions;
    }

    public PageResponse<ParkedEvent> list(String processor, PageQuery page) {
        String where = processor == null ? "" : " WHERE processing_group = :processor";
        var count = jdbc.sql("SELECT count(*) FROM dead_letter_entry" + where);
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM dead_letter_entry" + where
                + " ORDER BY enqueued_at, sequence_identifier, sequence_index LIMIT :size OFFSET :offset")
                .param("size", page.size()).param("offset", page.offset());
        if (processor != null) {
            count = count.param("processor", processor);
            items = items.param("processor", processor);
        }
        return page.of(items.query((rs, row) -> read(rs)).list(), count.query(Long.class).single());
    }

    public Optional<ParkedEvent> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dead_letter_entry WHERE dead_letter_identifier = ?").param(id)
                .query((rs, row) -> read(rs)).optional();
    }

    /** How many events each processor has parked now. */
    public Map<String, Long> parkedPerProcessor() {
        return jdbc.sql("SELECT processing_group, count(*) AS parked FROM dead_letter_entry GROUP BY processing_group")
                .query((rs, row) -> Map.entry(rs.getString("processing_group"), rs.getLong("parked"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Hands the parked event's sequence to its processor's handlers again, from its first event, until one fails. */
    public Resolution retry(String id) {
        ParkedEvent parked = find(id).orElseThrow(() -> UnknownIdException.noMatch("deadLetterId", "No parked event with this id"));
        return retrySequence(parked);
    }

    /** Gives up on a parked event for good; the events parked behind it are handed on. */
    public Resolution discard(String id) {
        ParkedEvent parked = find(id).orElseThrow(() -> UnknownIdException.noMatch("deadLetterId", "No parked event with this id"));
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(parked.processor()).orElseThrow();
        transactions.executeWithoutResult(tx -> {
            for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(parked.sequence())) {
                if (letter.message().getIdentifier().equals(parked.eventId())) {
                    queue.evict(letter);
                }
            }
        });
        return retrySequence(parked);
    }

    private Resolution retrySequence(ParkedEvent parked) {
        long before = inSequence(parked);
        Optional<String> head = jdbc.sql("""
                        SELECT event_identifier FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?
                         ORDER BY sequence_index LIMIT 1""")
                .params(parked.processor(), parked.sequence()).query(String.class).optional();
        if (head.isPresent()) {
            processing.sequencedDeadLetterProcessor(parked.processor()).orElseThrow()
                    .process(letter -> letter.message().getIdentifier().equals(head.get()));
        }
        long after = inSequence(parked);
        String cause = after == 0 ? null : jdbc.sql("""
                        SELECT cause_type || coalesce(': ' || cause_message, '') FROM dead_letter_entry
                         WHERE processing_group = ? AND sequence_identifier = ? ORDER BY sequence_index LIMIT 1""")
                .params(parked.processor(), parked.sequence()).query(String.class).optional().orElse(null);
        return new Resolution((int) (before - after), (int) after, cause);
    }

    private long inSequence(ParkedEvent parked) {
        return jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?")
                .params(parked.processor(), parked.sequence()).query(Long.class).single();
    }

    private static ParkedEvent read(ResultSet rs) throws SQLException {
        return new ParkedEvent(rs.getString("dead_letter_identifier"), rs.getString("processing_group"),
                rs.getString("sequence_identifier"), rs.getLong("sequence_index"), rs.getString("event_identifier"),
                rs.getString("payload_type"), rs.getString("aggregate_identifier"), instant(rs.getString("enqueued_at")),
                instant(rs.getString("last_touched")), rs.getString("cause_type"), rs.getString("cause_message"));
    }

    private static @Nullable Instant instant(@Nullable String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
