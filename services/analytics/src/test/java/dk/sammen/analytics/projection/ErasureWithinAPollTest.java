package dk.sammen.analytics.projection;

import dk.sammen.analytics.identity.PersonIds;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.CourseOfferReason;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.kafka.IntegrationEventEnvelope;
import dk.sammen.platform.test.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records of one young person reach analytics on several partitions, so one poll can hold their
 * erasure and, after it, an event about them: it must not put back what the erasure took, live or
 * in a rebuild.
 */
class ErasureWithinAPollTest extends ServiceApiTest {

    @Autowired
    Projections projections;

    @Autowired
    PersonIds people;

    private final UUID citizenId = UUID.randomUUID();
    private final UUID courseId = UUID.randomUUID();

    private List<LoggedEvent> erasureBetweenTheirEvents() {
        Instant t0 = Instant.parse("2024-03-01T09:00:00Z");
        return Stream.of(
                        new CourseOpenedV1(courseId, citizenId, CourseOfferReason.CITIZEN_WISH, t0),
                        new PersonalDataErasedV1(citizenId, Set.of(courseId), ErasureBasis.REQUEST, t0.plusSeconds(60)),
                        new CourseActivatedV1(courseId, citizenId, t0.plusSeconds(120)))
                .map(event -> LoggedEvent.of(IntegrationEventEnvelope.wrap(event, UUID.randomUUID().toString(),
                        Topics.sourceOf(Topics.PLANS), t0), people))
                .toList();
    }

    @Test
    void live() {
        projections.apply(ProjectionSchema.LIVE, erasureBetweenTheirEvents());

        assertThat(rowsAbout(ProjectionSchema.LIVE)).isZero();
    }

    @Test
    void inARebuild() {
        projections.prepareRebuild();
        try {
            projections.applyToRebuild(erasureBetweenTheirEvents(), new SeenEventIds());

            assertThat(rowsAbout(ProjectionSchema.REBUILD)).isZero();
        } finally {
            jdbc.sql("DROP SCHEMA " + ProjectionSchema.REBUILD.schemaName() + " CASCADE").update();
        }
    }

    /** Rows naming them or their course in any table of the schema, the ledger among them. */
    private long rowsAbout(ProjectionSchema schema) {
        long rows = 0;
        for (var column : jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = ? AND column_name IN ('citizen_id', 'course_id')
                          AND table_name NOT IN ('erased_citizen', 'erased_course', 'audit_trail')""").param(schema.schemaName())
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list()) {
            rows += jdbc.sql("SELECT count(*) FROM " + schema.table(column[0]) + " WHERE " + column[1] + " = ?")
                    .param(column[1].equals("citizen_id") ? people.of(citizenId) : courseId).query(Long.class).single();
        }
        return rows;
    }
}
