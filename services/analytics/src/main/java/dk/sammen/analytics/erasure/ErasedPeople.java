package dk.sammen.analytics.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import dk.sammen.analytics.projection.ErasedEntries;
import dk.sammen.analytics.projection.PollWrites;
import dk.sammen.analytics.projection.Projection;
import dk.sammen.analytics.projection.ProjectionSchema;
import dk.sammen.analytics.projection.Projections;
import dk.sammen.analytics.projection.TimelineEntry;
import dk.sammen.events.EventContracts;
import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.plans.PersonalDataErasedV1;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A young person erased in plans leaves analytics: every row about them or their courses goes
 * from every projection (and from the ledger), and events about them that arrive later (from
 * another partition, or in a rebuild) are not taken in. What remains are the aggregates of
 * everyone else. The erased ids are kept ({@code erased_citizen}, {@code erased_course}): ids
 * only, so that the log, which still holds their coded events, never brings them back. The audit
 * trail keeps its entries (pseudonymous ids of who was looked at, by whom): accountability
 * outlives the data.
 */
@Component
public class ErasedPeople implements Projection, ErasedEntries {

    private static final String ERASURE = EventContracts.typeOf(PersonalDataErasedV1.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<Projections> projections;

    /** The projections lazily: they include this one. */
    ErasedPeople(JdbcTemplate jdbc, ObjectProvider<Projections> projections) {
        this.jdbc = jdbc;
        this.projections = projections;
    }

    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void apply(IntegrationEvent event, TimelineEntry entry, ProjectionSchema schema, PollWrites writes) {
        if (!(event instanceof PersonalDataErasedV1 erased)) {
            return;
        }
        writes.flush(); // what came before the erasure is in the tables, so it is erased too
        jdbc.update("INSERT INTO erased_citizen (citizen_id) VALUES (?) ON CONFLICT DO NOTHING", erased.citizenId());
        erased.courseIds().forEach(course ->
                jdbc.update("INSERT INTO erased_course (course_id) VALUES (?) ON CONFLICT DO NOTHING", course));
        UUID[] courses = erased.courseIds().toArray(UUID[]::new);
        // Their underretninger: the ledger's rows from before their identity was resolved name no citizen, only the underretning.
        String ledger = schema.table(Projections.LEDGER);
        Set<UUID> underretninger = new HashSet<>(jdbc.queryForList("SELECT DISTINCT (data->>'underretningId')::uuid FROM " + ledger
                + " WHERE citizen_id = ? AND data->>'underretningId' IS NOT NULL", UUID.class, erased.citizenId()));
        // Every projection table (and the ledger) with a column naming them; not the audit trail, which
        // keeps who looked at their pseudonymous id, as accountability requires.
        for (Column naming : columnsNaming(schema, "citizen_id", "related_citizen_id", "course_id")) {
            switch (naming.column()) {
                case "course_id" -> jdbc.update("DELETE FROM " + naming.table() + " WHERE course_id = ANY(?)", (Object) courses);
                default -> jdbc.update("DELETE FROM " + naming.table() + " WHERE " + naming.column() + " = ?", erased.citizenId());
            }
        }
        // A relative's family relation names them only in its data.
        jdbc.update("DELETE FROM " + ledger + " WHERE data->>'relatedCitizenId' = ?", erased.citizenId().toString());
        forgetUnderretninger(schema, underretninger);
    }

    /**
     * Their underretninger go with them, the rows from before intake resolved whom they are about
     * too (those name no young person, only the underretning).
     */
    private void forgetUnderretninger(ProjectionSchema schema, Set<UUID> underretninger) {
        if (underretninger.isEmpty()) {
            return;
        }
        for (UUID underretning : underretninger) {
            jdbc.update("INSERT INTO erased_underretning (underretning_id) VALUES (?) ON CONFLICT DO NOTHING", underretning);
        }
        UUID[] ids = underretninger.toArray(UUID[]::new);
        for (Column naming : columnsNaming(schema, "underretning_id")) {
            jdbc.update("DELETE FROM " + naming.table() + " WHERE underretning_id = ANY(?)", (Object) ids);
        }
        jdbc.update("DELETE FROM " + schema.table(Projections.LEDGER) + " WHERE data->>'underretningId' = ANY(?)",
                (Object) underretninger.stream().map(UUID::toString).toArray(String[]::new));
    }

    /** A column of a projection table (qualified by its schema), the ledger among them. */
    private record Column(String table, String column) {
    }

    private List<Column> columnsNaming(ProjectionSchema schema, String... columns) {
        return jdbc.query("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = ? AND table_name = ANY(?) AND column_name = ANY(?)""",
                (rs, n) -> new Column(schema.table(rs.getString(1)), rs.getString(2)),
                schema.schemaName(), projections.getObject().tables().toArray(String[]::new), columns);
    }

    private static Optional<UUID> uuid(TimelineEntry entry, String field) {
        JsonNode value = entry.data() == null ? null : entry.data().get(field);
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.asText()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The event ids of those entries to leave out, being about someone erased; and, as a side
     * effect in the batch's transaction, an entry that ties an underretning to an erased young
     * person (intake resolved whom it is about only after plans erased them: another topic, so any
     * order) erases the underretning with them, its earlier rows and the batch's other entries too.
     */
    @Override
    public Set<String> leaveOut(ProjectionSchema schema, Collection<TimelineEntry> entries) {
        Set<UUID> citizens = new HashSet<>();
        Set<UUID> courses = new HashSet<>();
        entries.forEach(entry -> {
            citizens.add(entry.citizenId());
            courses.add(entry.courseId());
        });
        citizens.remove(null);
        courses.remove(null);
        // HashSets: an entry may have no citizen or course, and an immutable set refuses to look for null.
        Set<UUID> erasedCitizens = new HashSet<>(jdbc.queryForList(
                "SELECT citizen_id FROM erased_citizen WHERE citizen_id = ANY(?)", UUID.class, (Object) citizens.toArray(UUID[]::new)));
        Set<UUID> erasedCourses = new HashSet<>(jdbc.queryForList(
                "SELECT course_id FROM erased_course WHERE course_id = ANY(?)", UUID.class, (Object) courses.toArray(UUID[]::new)));
        Set<UUID> underretninger = new HashSet<>();
        Set<UUID> related = new HashSet<>();
        entries.forEach(entry -> {
            uuid(entry, "underretningId").ifPresent(underretninger::add);
            uuid(entry, "relatedCitizenId").ifPresent(related::add);
        });
        Set<UUID> erasedUnderretninger = new HashSet<>(jdbc.queryForList(
                "SELECT underretning_id FROM erased_underretning WHERE underretning_id = ANY(?)", UUID.class,
                (Object) underretninger.toArray(UUID[]::new)));
        erasedCitizens.addAll(jdbc.queryForList(
                "SELECT citizen_id FROM erased_citizen WHERE citizen_id = ANY(?)", UUID.class, (Object) related.toArray(UUID[]::new)));
        // An erasure in this very batch: their other records here (another partition's, in any order) are left out too,
        // or one applied after it would put back what it took.
        Set<String> erasures = new HashSet<>();
        for (TimelineEntry entry : entries) {
            if (ERASURE.equals(entry.eventType()) && entry.citizenId() != null) {
                erasures.add(entry.eventId());
                erasedCitizens.add(entry.citizenId());
                entry.data().path("courseIds").forEach(course -> erasedCourses.add(UUID.fromString(course.asText())));
            }
        }
        Set<UUID> tiedToErased = new HashSet<>();
        for (TimelineEntry entry : entries) {
            if (erasedCitizens.contains(entry.citizenId())) {
                uuid(entry, "underretningId").filter(id -> !erasedUnderretninger.contains(id)).ifPresent(tiedToErased::add);
            }
        }
        forgetUnderretninger(schema, tiedToErased);
        erasedUnderretninger.addAll(tiedToErased);
        Set<String> about = new HashSet<>();
        for (TimelineEntry entry : entries) {
            if (erasures.contains(entry.eventId())) {
                continue;
            }
            if (erasedCitizens.contains(entry.citizenId()) || erasedCourses.contains(entry.courseId())
                    || uuid(entry, "underretningId").filter(erasedUnderretninger::contains).isPresent()
                    || uuid(entry, "relatedCitizenId").filter(erasedCitizens::contains).isPresent()) {
                about.add(entry.eventId());
            }
        }
        return about;
    }
}
