package dk.sammen.devstack;

import dk.sammen.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Looks for a person's data everywhere the running system keeps anything: every table of every
 * service's database (event stores included, their payloads read as text), every record on every
 * topic (headers too), and what an analyst exports. Each place found is named with an excerpt.
 * Looks for text as it would be read, so what is stored encrypted is not found: that is the point.
 */
final class PersonalDataSweep {

    private static final List<String> SERVICES = List.of("plans", "referrals", "offers", "analytics");

    private final LocalStack stack;
    private final Supplier<String> export;

    /** @param export what an analyst exports now */
    PersonalDataSweep(LocalStack stack, Supplier<String> export) {
        this.stack = stack;
        this.export = export;
    }

    /** Where any of {@code needles} (matched without regard to case) is found, one line per place. */
    List<String> find(List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            try (Connection db = stack.postgres().connect(stack.database(service))) {
                for (String table : tables(db)) {
                    found.addAll(inTable(db, service, table, needles));
                }
            }
        }
        for (String topic : TopicReader.topics(stack.kafka().bootstrapServers())) {
            for (ConsumerRecord<String, byte[]> record : TopicReader.readAllBytes(stack.kafka().bootstrapServers(), topic,
                    Duration.ofSeconds(30))) {
                StringBuilder text = new StringBuilder(String.valueOf(record.key())).append(' ');
                if (record.value() != null) {
                    text.append(new String(record.value(), StandardCharsets.UTF_8));
                }
                for (Header header : record.headers()) {
                    text.append(' ').append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8));
                }
                matching(text.toString(), needles).forEach(needle -> found.add("topic " + topic + " @" + record.partition() + "/"
                        + record.offset() + ": " + needle));
            }
        }
        matching(export.get(), needles).forEach(needle -> found.add("analytics export: " + needle));
        return found;
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var query = db.createStatement(); ResultSet rows = query.executeQuery("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                ORDER BY table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Each row as text, with its binary columns (event payloads, metadata) read as the text they hold. */
    private static List<String> inTable(Connection db, String service, String table, List<String> needles) throws SQLException {
        List<String> binary = new ArrayList<>();
        try (var query = db.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = ? AND data_type = 'bytea'""")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    binary.add("encode(t.\"" + rows.getString(1) + "\", 'escape')");
                }
            }
        }
        String row = binary.isEmpty() ? "t::text" : "t::text || ' ' || concat_ws(' ', " + String.join(", ", binary) + ")";
        List<String> found = new ArrayList<>();
        try (var query = db.prepareStatement("SELECT " + row + " FROM \"" + table + "\" t WHERE " + row + " ILIKE ANY (?)")) {
            query.setArray(1, db.createArrayOf("text", needles.stream().map(PersonalDataSweep::like).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    matching(rows.getString(1), needles).forEach(needle -> found.add(service + "." + table + ": " + needle));
                }
            }
        }
        return found;
    }

    private static List<String> matching(String text, List<String> needles) {
        String lower = text.toLowerCase(Locale.ROOT);
        return needles.stream().filter(needle -> lower.contains(needle.toLowerCase(Locale.ROOT))).toList();
    }

    private static String like(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
