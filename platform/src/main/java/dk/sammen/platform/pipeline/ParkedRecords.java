package dk.sammen.platform.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.log.LogAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Kafka records this service's consumers parked, kept in the service's own database beside
 * their copy on the dead-letter topic. A parked record holds up the later records of its key (its
 * course) for the same consumer: they are parked behind it, so a course's events are never
 * applied out of order, and a retry or discard hands them on in the order they came.
 *
 * <p>Whether a key is held up is asked for every record, so the keys with parked records are
 * kept in memory per consumer and read again from the database every few seconds (and when the
 * consumer is given partitions another replica may have parked records of); a key found there is
 * confirmed in the database under the key's lock before a record is parked behind it.
 */
public class ParkedRecords {

    private static final LogAccessor LOG = new LogAccessor(ParkedRecords.class);
    private static final Duration KEYS_FRESH_FOR = Duration.ofSeconds(5);
    private static final TypeReference<List<Map<String, String>>> HEADER_LIST = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, consumer, topic, record_partition, record_offset, record_key, record_timestamp, event_id, event_type,
            headers, value, cause_type, cause_message, behind, status, retries, parked_at, resolved_at, resolved_by""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DeadLetterTopics deadLetterTopics;
    private final ListenerRedelivery redelivery;
    private final ObjectMapper json;
    private final Clock clock;
    private final Deserializer<CloudEvent> values;
    private final Map<String, WaitingKeys> waiting = new ConcurrentHashMap<>();

    /** @param values reads a record's value as its consumers do, so a retried record is checked as it was at first */
    ParkedRecords(JdbcClient jdbc, TransactionTemplate transactions, DeadLetterTopics deadLetterTopics,
                  ListenerRedelivery redelivery, ObjectMapper json, Clock clock, Deserializer<CloudEvent> values) {
        this.values = values;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deadLetterTopics = deadLetterTopics;
        this.redelivery = redelivery;
        this.json = json;
        this.clock = clock;
    }

    /** Parks a record that failed for good: on its dead-letter topic first, then here. */
    public void park(String consumer, ConsumerRecord<?, ?> record, Exception cause) {
        if (!alreadyParked(consumer, record)) {
            deadLetterTopics.publish(record, cause);
            transactions.executeWithoutResult(tx -> insert(consumer, record, cause, null));
        }
        keysOf(consumer).add(sequenceOf(record.topic(), keyOf(record)));
    }

    /**
     * Parks {@code record} behind the first parked record of its key, if there is one.
     *
     * @return whether it was parked (and must not be handled now)
     */
    public boolean parkIfBehind(String consumer, ConsumerRecord<?, ?> record) {
        String key = keyOf(record);
        Set<String> keys = keysOf(consumer);
        String sequence = sequenceOf(record.topic(), key);
        if (key == null || !keys.contains(sequence)) {
            return false;
        }
        Boolean parked = transactions.execute(tx -> {
            lock(consumer, record.topic(), key);
            Optional<UUID> first = firstWaiting(consumer, record.topic(), key).map(ParkedRecord::id);
            if (first.isEmpty()) {
                return false;
            }
            if (alreadyParked(consumer, record)) {
                return true;
            }
            ParkedBehind cause = new ParkedBehind(first.get());
            deadLetterTopics.publish(record, cause);
            insert(consumer, record, cause, first.get());
            return true;
        });
        if (!Boolean.TRUE.equals(parked)) {
            keys.remove(sequence);
        }
        return Boolean.TRUE.equals(parked);
    }

    /** Forgets what is known of a consumer's parked keys, e.g. when it is given other partitions. */
    public void forget(String consumer) {
        waiting.remove(consumer);
    }

    public PageResponse<ParkedRecord> list(String consumer, String status, PageQuery page) {
        String where = " WHERE status = :status" + (consumer == null ? "" : " AND consumer = :consumer");
        var count = jdbc.sql("SELECT count(*) FROM parked_record" + where).param("status", status);
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM parked_record" + where + " ORDER BY seq LIMIT :size OFFSET :offset")
                .param("status", status).param("size", page.size()).param("offset", page.offset());
        if (consumer != null) {
            count = count.param("consumer", consumer);
            items = items.param("consumer", consumer);
        }
        return page.of(items.query((rs, row) -> read(rs, false)).list(), count.query(Long.class).single());
    }

    public Optional<ParkedRecord> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parked_record WHERE id = ?").param(id)
                .query((rs, row) -> read(rs, true)).optional();
    }

    /**
     * Where the records are that {@code consumer} parked or discarded and nobody got through:
     * what a replay of the log for the same projections leaves out ({@link #position}).
     */
    public Set<String> unresolved(String consumer) {
        return Set.copyOf(jdbc.sql("SELECT topic, record_partition, record_offset FROM parked_record WHERE consumer = ? AND status <> 'retried'")
                .param(consumer).query((rs, row) -> position(rs.getString("topic"), rs.getInt("record_partition"), rs.getLong("record_offset")))
                .list());
    }

    public static String position(ConsumerRecord<?, ?> record) {
        return position(record.topic(), record.partition(), record.offset());
    }

    private static String position(String topic, int partition, long offset) {
        return topic + '-' + partition + '@' + offset;
    }

    /** How many records each consumer has parked now. */
    public Map<String, Long> parkedPerConsumer() {
        return jdbc.sql("SELECT consumer, count(*) AS parked FROM parked_record WHERE status = 'parked' GROUP BY consumer")
                .query((rs, row) -> Map.entry(rs.getString("consumer"), rs.getLong("parked"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Hands a parked record's key sequence to its consumer again, from the first record still
     * parked (whichever of the sequence {@code id} is), each in turn until one fails again.
     */
    public Resolution retry(UUID id, String by) {
        ParkedRecord parked = parkedOrRefuse(id);
        return redeliverFrom(parked, by);
    }

    /** Gives up on a parked record for good; the records parked behind it are handed on. */
    public Resolution discard(UUID id, String by) {
        ParkedRecord parked = parkedOrRefuse(id);
        jdbc.sql("UPDATE parked_record SET status = 'discarded', resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 'parked'")
                .params(Timestamp.from(clock.instant()), by, id).update();
        return redeliverFrom(parked, by);
    }

    private ParkedRecord parkedOrRefuse(UUID id) {
        ParkedRecord parked = find(id).orElseThrow(() -> new UnknownIdException("deadLetterId", id));
        if (!parked.status().equals("parked")) {
            throw new DomainRuleViolation("dead-letter-resolved", "This record is no longer parked: it was " + parked.status());
        }
        return parked;
    }

    private Resolution redeliverFrom(ParkedRecord start, String by) {
        int redelivered = 0;
        while (true) {
            Optional<ParkedRecord> head = start.key() == null
                    ? find(start.id()).filter(record -> record.status().equals("parked"))
                    : Objects.requireNonNull(transactions.execute(tx -> {
                        lock(start.consumer(), start.topic(), start.key());
                        return firstWaiting(start.consumer(), start.topic(), start.key());
                    }));
            if (head.isEmpty()) {
                keysOf(start.consumer()).remove(sequenceOf(start.topic(), start.key()));
                return new Resolution(redelivered, 0, null);
            }
            ParkedRecord record = head.get();
            try {
                redelivery.redeliver(record.consumer(), consumerRecordOf(record.id()));
            } catch (RuntimeException failure) {
                jdbc.sql("UPDATE parked_record SET retries = retries + 1, cause_type = ?, cause_message = ? WHERE id = ?")
                        .params(rootOf(failure).getClass().getName(), messageOf(failure), record.id()).update();
                long still = start.key() == null ? 1 : jdbc.sql("""
                                SELECT count(*) FROM parked_record
                                 WHERE consumer = ? AND topic = ? AND record_key = ? AND status = 'parked'""")
                        .params(start.consumer(), start.topic(), start.key()).query(Long.class).single();
                return new Resolution(redelivered, (int) still, rootOf(failure).getClass().getSimpleName() + ": " + messageOf(failure));
            }
            jdbc.sql("UPDATE parked_record SET status = 'retried', resolved_at = ?, resolved_by = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), by, record.id()).update();
            redelivered++;
        }
    }

    /** The parked record as its consumer first saw it: key, headers and value read from the bytes kept. */
    private ConsumerRecord<String, CloudEvent> consumerRecordOf(UUID id) {
        return jdbc.sql("SELECT topic, record_partition, record_offset, record_key, record_timestamp, headers, value FROM parked_record WHERE id = ?")
                .param(id).query((rs, row) -> {
                    Headers headers = headersOf(rs.getString("headers"));
                    headers.remove(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER);
                    CloudEvent value = values.deserialize(rs.getString("topic"), headers, rs.getBytes("value"));
                    Timestamp time = rs.getTimestamp("record_timestamp");
                    return new ConsumerRecord<>(rs.getString("topic"), rs.getInt("record_partition"), rs.getLong("record_offset"),
                            time == null ? -1 : time.getTime(), TimestampType.CREATE_TIME, -1, -1,
                            rs.getString("record_key"), value, headers, Optional.empty());
                }).single();
    }

    private void insert(String consumer, ConsumerRecord<?, ?> record, Exception cause, @Nullable UUID behind) {
        Throwable root = rootOf(cause);
        DeserializationException unreadable = unreadableValue(record);
        byte[] value = unreadable != null ? unreadable.getData() : DeadLetterTopics.bytesOf(record.value());
        jdbc.sql("""
                        INSERT INTO parked_record (id, consumer, topic, record_partition, record_offset, record_key, record_timestamp,
                                                   event_id, event_type, headers, value, cause_type, cause_message, behind, parked_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                        ON CONFLICT (consumer, topic, record_partition, record_offset) DO NOTHING""")
                .params(UUID.randomUUID(), consumer, record.topic(), record.partition(), record.offset(), keyOf(record),
                        record.timestamp() < 0 ? null : Timestamp.from(Instant.ofEpochMilli(record.timestamp())),
                        header(record.headers(), "ce_id"), header(record.headers(), "ce_type"), headersJson(record.headers()),
                        value, root.getClass().getName(), messageOf(cause), behind, Timestamp.from(clock.instant()))
                .update();
    }

    /** Parked before: the record came again (its batch delivered again, or the consumer restarted before committing). */
    private boolean alreadyParked(String consumer, ConsumerRecord<?, ?> record) {
        return jdbc.sql("SELECT count(*) FROM parked_record WHERE consumer = ? AND topic = ? AND record_partition = ? AND record_offset = ?")
                .params(consumer, record.topic(), record.partition(), record.offset()).query(Long.class).single() > 0;
    }

    private Optional<ParkedRecord> firstWaiting(String consumer, String topic, @Nullable String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM parked_record"
                        + " WHERE consumer = ? AND topic = ? AND record_key = ? AND status = 'parked' ORDER BY seq LIMIT 1")
                .params(consumer, topic, key).query((rs, row) -> read(rs, false)).optional();
    }

    /** One key's sequence is parked into, retried and discarded one at a time, across replicas too. */
    private void lock(String consumer, String topic, @Nullable String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(consumer + '|' + topic + '|' + key)
                .query((rs, row) -> 1).single();
    }

    private Set<String> keysOf(String consumer) {
        WaitingKeys known = waiting.get(consumer);
        if (known == null || known.loadedAt().plus(KEYS_FRESH_FOR).isBefore(clock.instant())) {
            Set<String> keys = ConcurrentHashMap.newKeySet();
            jdbc.sql("SELECT DISTINCT topic, record_key FROM parked_record WHERE consumer = ? AND status = 'parked' AND record_key IS NOT NULL")
                    .param(consumer).query((rs, row) -> sequenceOf(rs.getString("topic"), rs.getString("record_key")))
                    .list().forEach(keys::add);
            known = new WaitingKeys(keys, clock.instant());
            waiting.put(consumer, known);
        }
        return known.keys();
    }

    private record WaitingKeys(Set<String> keys, Instant loadedAt) {
    }

    private static String sequenceOf(String topic, @Nullable String key) {
        return topic + '\u0000' + key;
    }

    private static @Nullable String keyOf(ConsumerRecord<?, ?> record) {
        Object key = record.key();
        return key == null ? null : key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
    }

    /** Why the record's value could not be read, when it could not: its raw bytes are in the exception. */
    static @Nullable DeserializationException unreadableValue(ConsumerRecord<?, ?> record) {
        // A header of that name sent by a producer is not Spring's own, and is ignored (with a warning).
        return SerializationUtils.getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
    }

    private static @Nullable String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private String headersJson(Headers headers) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Header header : headers) {
            if (header.key().equals(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)
                    || header.key().equals(SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER)) {
                continue;
            }
            list.add(Map.of("name", header.key(), "value", header.value() == null ? "" : Base64.getEncoder().encodeToString(header.value())));
        }
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Headers headersOf(String stored) {
        try {
            RecordHeaders headers = new RecordHeaders();
            for (Map<String, String> header : json.readValue(stored, HEADER_LIST)) {
                headers.add(header.get("name"), Base64.getDecoder().decode(header.get("value")));
            }
            return headers;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ParkedRecord read(ResultSet rs, boolean whole) throws SQLException {
        @Nullable Map<String, String> headers = null;
        @Nullable String data = null;
        if (whole) {
            headers = new LinkedHashMap<>();
            for (Header header : headersOf(rs.getString("headers"))) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            byte[] value = rs.getBytes("value");
            data = value == null ? null : new String(value, StandardCharsets.UTF_8);
        }
        return new ParkedRecord(rs.getObject("id", UUID.class), rs.getString("consumer"), rs.getString("topic"),
                rs.getInt("record_partition"), rs.getLong("record_offset"), rs.getString("record_key"),
                rs.getString("event_id"), rs.getString("event_type"), instant(rs, "record_timestamp"),
                rs.getString("cause_type"), rs.getString("cause_message"), rs.getObject("behind", UUID.class),
                rs.getString("status"), rs.getInt("retries"), Objects.requireNonNull(instant(rs, "parked_at")), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), headers, data);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The failure underneath the wrappers (the listener's, Spring's data access, Kafka's): the database's or the parser's own. */
    static Throwable rootOf(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure);
    }

    /** A failure's message, cut short: enough to tell one cause from another, never a record's contents. */
    static @Nullable String messageOf(Throwable failure) {
        String message = rootOf(failure).getMessage();
        return message == null ? null : message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
