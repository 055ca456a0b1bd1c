package dk.sammen.referrals.underretning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.identity.Cpr;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The underretninger about a young person as they may read them (their part of the own record),
 * read from the underretninger's events. Every text is redacted before it leaves: the reporter's
 * name, organisation, phone and e-mail, the names of the guardians the underretning names, each
 * word of those names on its own, and any CPR number are replaced by {@link #REDACTED}. A person
 * the text names whom the register does not know cannot be found this way: the data-protection
 * officer reads the record before sending it by letter.
 */
@Component
public class UnderretningRecords {

    /** What a left-out identity reads as. */
    public static final String REDACTED = "[udeladt]";

    private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");
    /** Shorter name words are left: "Bo" would blank out too much of the text, and a surname is longer. */
    private static final int SHORTEST_NAME_WORD = 3;

    private final JdbcClient jdbc;
    private final EventStore events;
    private final ObjectMapper json;

    UnderretningRecords(JdbcClient jdbc, EventStore events, ObjectMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.json = json;
    }

    public List<UnderretningRecord> about(UUID citizenId) {
        List<UUID> ids = jdbc.sql("SELECT underretning_id FROM underretning_view WHERE citizen_id = ? ORDER BY received_at, underretning_id")
                .param(citizenId).query(UUID.class).list();
        List<UnderretningRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            record(id).ifPresent(records::add);
        }
        records.sort(Comparator.comparing(UnderretningRecord::receivedAt));
        return records;
    }

    /** The young person's birth date, from the CPR number an underretning about them gave. */
    public Optional<LocalDate> birthDateOf(UUID citizenId) {
        return jdbc.sql("""
                        SELECT i.child_cpr FROM underretning_identity i JOIN underretning_view v ON v.underretning_id = i.underretning_id
                        WHERE v.citizen_id = ? AND i.child_cpr IS NOT NULL LIMIT 1""")
                .param(citizenId).query(String.class).optional().map(digits -> Cpr.parse(digits).birthDate());
    }

    private Optional<UnderretningRecord> record(UUID underretningId) {
        UnaryOperator<String> redact = redaction(underretningId);
        Draft draft = null;
        var stream = events.readEvents(underretningId.toString(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof UnderretningEvents.UnderretningReceived e) {
                draft = new Draft(e, redact);
            } else if (draft != null) {
                draft.apply(event, redact);
            }
        }
        return Optional.ofNullable(draft).map(Draft::record);
    }

    /** The record as its events are read, each text redacted as it is taken in. */
    private static final class Draft {

        private final UnderretningEvents.UnderretningReceived received;
        private final String description;
        private final List<String> otherAgencies;
        private UnderretningEvents.@Nullable AssessmentRecorded assessment;
        private @Nullable String reasoning;
        private @Nullable Instant receiptSentAt;
        private UnderretningEvents.@Nullable UnderretningDecided decision;
        private @Nullable String decisionReason;
        private @Nullable Instant feedbackGivenAt;
        private final List<UnderretningRecord.SharedNote> notes = new ArrayList<>();
        private final List<UnderretningRecord.SharedDocument> documents = new ArrayList<>();

        Draft(UnderretningEvents.UnderretningReceived received, UnaryOperator<String> redact) {
            this.received = received;
            this.description = redact.apply(received.description());
            this.otherAgencies = received.otherAgencies().stream().map(redact).toList();
        }

        void apply(Object event, UnaryOperator<String> redact) {
            switch (event) {
                case UnderretningEvents.AssessmentRecorded e -> {
                    assessment = e;
                    reasoning = redact.apply(e.reasoning());
                }
                case UnderretningEvents.ReceiptSent e -> receiptSentAt = e.sentAt();
                case UnderretningEvents.UnderretningDecided e -> {
                    decision = e;
                    decisionReason = redact.apply(e.reason());
                }
                case UnderretningEvents.FeedbackGiven e -> feedbackGivenAt = e.givenAt();
                case UnderretningEvents.NoteWritten e when e.sharedWithYoungPerson() ->
                        notes.add(new UnderretningRecord.SharedNote(e.noteId(), e.kind(), e.happenedAt(), e.writtenAt(), redact.apply(e.text()),
                                e.supersedes()));
                case UnderretningEvents.DocumentAttached e when e.sharedWithYoungPerson() ->
                        documents.add(new UnderretningRecord.SharedDocument(e.documentId(), redact.apply(e.fileName()), e.contentType(),
                                e.sizeBytes(), e.attachedAt()));
                default -> {
                    // Nothing the young person reads.
                }
            }
        }

        UnderretningRecord record() {
            return new UnderretningRecord(received.receivedAt(), received.reporterKind(), received.reporterAnonymous(), received.channel(),
                    received.concerns(), description, otherAgencies, assessment == null ? null : assessment.assessedAt(),
                    assessment == null ? null : assessment.childInDanger(), reasoning, receiptSentAt,
                    decision == null ? null : decision.decision(), decisionReason, decision == null ? null : decision.decidedAt(),
                    feedbackGivenAt, List.copyOf(notes), List.copyOf(documents));
        }
    }

    /** Replaces the identities of the reporter and the guardians of this underretning, and CPR numbers, in a text. */
    private UnaryOperator<String> redaction(UUID underretningId) {
        List<String> identities = new ArrayList<>();
        jdbc.sql("SELECT reporter_name, reporter_organisation, reporter_phone, reporter_email, guardians FROM underretning_identity"
                        + " WHERE underretning_id = ?")
                .param(underretningId)
                .query((rs, n) -> {
                    addName(identities, rs.getString("reporter_name"));
                    addWhole(identities, rs.getString("reporter_organisation"));
                    addWhole(identities, rs.getString("reporter_phone"));
                    addWhole(identities, rs.getString("reporter_email"));
                    String guardians = rs.getString("guardians");
                    if (guardians != null) {
                        readGuardians(guardians).forEach(guardian -> addName(identities, guardian.get("name")));
                    }
                    return n;
                })
                .list();
        // Longest first, so a whole name goes before its parts.
        identities.sort(Comparator.comparing(String::length).reversed());
        List<Pattern> patterns = identities.stream().distinct()
                .map(identity -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(identity) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return text -> {
            String redacted = CPR.matcher(text).replaceAll(REDACTED);
            for (Pattern pattern : patterns) {
                redacted = pattern.matcher(redacted).replaceAll(Matcher.quoteReplacement(REDACTED));
            }
            return redacted;
        };
    }

    private List<Map<String, String>> readGuardians(String guardians) {
        try {
            return json.readValue(guardians, new TypeReference<>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The intake register's guardians of an underretning are not readable", e);
        }
    }

    private static void addName(List<String> identities, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        identities.add(name.strip());
        for (String word : name.strip().split("\\s+")) {
            if (word.length() >= SHORTEST_NAME_WORD) {
                identities.add(word);
            }
        }
    }

    private static void addWhole(List<String> identities, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            identities.add(value.strip());
        }
    }
}
