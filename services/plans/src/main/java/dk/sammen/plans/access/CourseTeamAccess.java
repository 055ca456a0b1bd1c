package dk.sammen.plans.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.plans.course.CourseEvents;
import dk.sammen.plans.course.CourseOpened;
import dk.sammen.plans.course.FirstContact;
import dk.sammen.plans.kernel.Consents;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import dk.sammen.platform.security.CallerOnCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is on each course's team, for the need-to-know decisions, whose course it is, and whether
 * the course's consents cover each member ({@link Consents#cover}). Subscribing: kept in the
 * transaction of the command that changes the team or the consents, so a new member can work at
 * once, and a removed one, or one whose centre a withdrawal no longer covers, is shut out at once.
 */
@Component
@ProcessingGroup(CourseTeamAccess.PROCESSING_GROUP)
class CourseTeamAccess {

    static final String PROCESSING_GROUP = "course-access";

    /** What a break-the-glass grant's reason reads once its course was erased. */
    static final String ERASED_REASON = "[slettet]";

    private static final Logger log = LoggerFactory.getLogger(CourseTeamAccess.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final EventStore events;
    private final FirstContact firstContact;

    CourseTeamAccess(JdbcClient jdbc, ObjectMapper json, EventStore events, FirstContact firstContact) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.firstContact = firstContact;
    }

    /**
     * The caseworker who offers the course may compose its team until a tovholder takes it on; a
     * course no one offered (intake's) may be taken on from the queue of the centre it was opened at.
     */
    @EventHandler
    void on(CourseOpened event, @MetaDataValue(CallerOnCommands.USER_ID) @Nullable String openedBy,
            @MetaDataValue(CallerOnCommands.USER_CENTRE) @Nullable String openedAt) {
        Consents none = Consents.noneYet(event.birthDate());
        jdbc.sql("""
                        INSERT INTO course_citizen (course_id, citizen_id, of_age_on, first_contact_centre) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(event.courseId(), event.citizenId(), none.ofAgeOn(), firstContact.centreOf(openedBy, openedAt).orElse(null)).update();
        store(event.courseId(), new Sharing(none, null));
        if (openedBy != null) {
            grant(event.courseId(), UUID.fromString(openedBy), "OPENER", null);
        }
    }

    @EventHandler
    void on(CourseEvents.ConsentRecorded event) {
        sharingOrFromEvents(event.courseId()).ifPresent(sharing -> store(event.courseId(),
                sharing.with(sharing.consents().recorded(event.givenBy(), event.guardianId(), event.sharedWith()))));
    }

    @EventHandler
    void on(CourseEvents.ConsentWithdrawn event) {
        sharingOrFromEvents(event.courseId()).ifPresent(sharing -> store(event.courseId(),
                sharing.with(sharing.consents().withdrawn(event.withdrawnBy(), event.guardianId()))));
    }

    /** When the course closed: erasure after the retention period counts from the last one. */
    @EventHandler
    void on(CourseEvents.CourseClosed event) {
        jdbc.sql("UPDATE course_citizen SET closed_at = ? WHERE course_id = ?")
                .params(Timestamp.from(event.closedAt()), event.courseId()).update();
    }

    @EventHandler
    void on(TovholderAssigned event) {
        jdbc.sql("DELETE FROM course_access WHERE course_id = ? AND kind IN ('OPENER', 'TOVHOLDER')")
                .param(event.courseId()).update();
        grant(event.courseId(), event.tovholderId(), "TOVHOLDER", null);
        sharingOrFromEvents(event.courseId()).ifPresent(sharing -> store(event.courseId(), new Sharing(sharing.consents(), event.centre())));
    }

    @EventHandler
    void on(TeamMemberAdded event) {
        grant(event.courseId(), event.memberId(), "MEMBER", event.affiliation());
        sharingOrFromEvents(event.courseId()).ifPresent(sharing -> cover(event.courseId(), sharing));
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.sql("DELETE FROM course_access WHERE course_id = ? AND person_id = ? AND kind = 'MEMBER'")
                .params(event.courseId(), event.memberId()).update();
    }

    /**
     * An erased course is no one's to see any more, not even by breaking the glass: grants end
     * then (and stay in the centre leaders' report of who broke the glass).
     */
    @EventHandler
    void on(CourseEvents.CourseErased event) {
        jdbc.sql("UPDATE course_citizen SET erased_at = ? WHERE course_id = ?").params(Timestamp.from(event.erasedAt()), event.courseId()).update();
        jdbc.sql("DELETE FROM course_access WHERE course_id = ?").param(event.courseId()).update();
        jdbc.sql("DELETE FROM course_sharing WHERE course_id = ?").param(event.courseId()).update();
        jdbc.sql("UPDATE emergency_access SET expires_at = ? WHERE course_id = ? AND expires_at > ?")
                .params(Timestamp.from(event.erasedAt()), event.courseId(), Timestamp.from(event.erasedAt())).update();
        // The grants stay in the report (who, when, why in a word); the circumstances in free text go with the course.
        jdbc.sql("UPDATE emergency_access SET reason = ? WHERE course_id = ?").params(ERASED_REASON, event.courseId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM course_access").update();
        jdbc.sql("DELETE FROM course_citizen").update();
        jdbc.sql("DELETE FROM course_sharing").update();
    }

    /**
     * Courses from before consent governed access have no consents here yet: they are read from
     * their events once, at start-up (any replica may; the result is the same), so no member
     * keeps access a consent never gave. Until then their members keep the access they had.
     */
    @EventListener(ApplicationReadyEvent.class)
    void fillInCoursesFromBefore() {
        List<UUID> courses = jdbc.sql("""
                        SELECT c.course_id FROM course_citizen c LEFT JOIN course_sharing s USING (course_id)
                        WHERE s.course_id IS NULL AND c.erased_at IS NULL""").query(UUID.class).list();
        for (UUID courseId : courses) {
            try {
                fillIn(courseId);
            } catch (RuntimeException e) {
                log.warn("Consents of course {} not filled in from its events: {}", courseId, e.toString());
            }
        }
        if (!courses.isEmpty()) {
            log.info("Consents filled in from the events of {} courses", courses.size());
        }
    }

    /**
     * A course's consents; for a course from before, read from its events first. Every change
     * applied on top is idempotent (a consent recorded or withdrawn again, the same tovholder), so
     * it does not matter whether the events read already hold the one being handled — and a
     * replica handling a command on such a course while another fills it in at start-up loses
     * nothing.
     */
    private Optional<Sharing> sharingOrFromEvents(UUID courseId) {
        return sharing(courseId).or(() -> fillIn(courseId));
    }

    private Optional<Sharing> fillIn(UUID courseId) {
        DomainEventStream stream = events.readEvents(courseId.toString(), 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof CourseOpened opened)) {
            return Optional.empty();
        }
        Sharing sharing = new Sharing(Consents.noneYet(opened.birthDate()), null);
        Map<UUID, TeamAffiliation> affiliations = new HashMap<>();
        while (stream.hasNext()) {
            switch (stream.next().getPayload()) {
                case CourseEvents.ConsentRecorded e ->
                        sharing = sharing.with(sharing.consents().recorded(e.givenBy(), e.guardianId(), e.sharedWith()));
                case CourseEvents.ConsentWithdrawn e -> sharing = sharing.with(sharing.consents().withdrawn(e.withdrawnBy(), e.guardianId()));
                case TovholderAssigned e -> sharing = new Sharing(sharing.consents(), e.centre());
                case TeamMemberAdded e -> affiliations.put(e.memberId(), e.affiliation());
                default -> {
                }
            }
        }
        jdbc.sql("UPDATE course_citizen SET of_age_on = ? WHERE course_id = ?").params(sharing.consents().ofAgeOn(), courseId).update();
        affiliations.forEach((memberId, affiliation) -> jdbc.sql(
                        "UPDATE course_access SET affiliation = ? WHERE course_id = ? AND person_id = ? AND kind = 'MEMBER'")
                .params(affiliation.name(), courseId, memberId).update());
        store(courseId, sharing);
        return Optional.of(sharing);
    }

    private void grant(UUID courseId, UUID personId, String kind, @Nullable TeamAffiliation affiliation) {
        jdbc.sql("INSERT INTO course_access (course_id, person_id, kind, affiliation) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(courseId, personId, kind, affiliation == null ? null : affiliation.name()).update();
    }

    /** The consents of a course and its tovholder's centre ({@code null} before there is a tovholder). */
    private record Sharing(Consents consents, @Nullable Centre homeCentre) {
        Sharing with(Consents next) {
            return new Sharing(next, homeCentre);
        }
    }

    private Optional<Sharing> sharing(UUID courseId) {
        return jdbc.sql("SELECT consents::text, home_centre FROM course_sharing WHERE course_id = ?").param(courseId)
                .query((rs, n) -> new Sharing(read(rs.getString(1)),
                        rs.getString(2) == null ? null : Centre.valueOf(rs.getString(2)))).optional();
    }

    private void store(UUID courseId, Sharing sharing) {
        jdbc.sql("""
                        INSERT INTO course_sharing (course_id, consents, home_centre) VALUES (?, ?::jsonb, ?)
                        ON CONFLICT (course_id) DO UPDATE SET consents = EXCLUDED.consents, home_centre = EXCLUDED.home_centre""")
                .params(courseId, write(sharing.consents()), sharing.homeCentre() == null ? null : sharing.homeCentre().name()).update();
        cover(courseId, sharing);
    }

    /**
     * Whether the consents cover each member, worked out for the young person as a minor and as
     * of age, so the access check picks by the day it is asked and no birthday leaves a stale answer.
     */
    private void cover(UUID courseId, Sharing sharing) {
        // No known 18th birthday (the date of birth was erased with the young person): no day is a
        // minor's, and both answers are the adult one.
        LocalDate ofAge = Objects.requireNonNullElse(sharing.consents().ofAgeOn(), LocalDate.EPOCH);
        LocalDate asMinor = ofAge.minusDays(1);
        List<Map.Entry<UUID, TeamAffiliation>> members = jdbc.sql(
                        "SELECT person_id, affiliation FROM course_access WHERE course_id = ? AND kind = 'MEMBER' AND affiliation IS NOT NULL")
                .param(courseId).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), TeamAffiliation.valueOf(rs.getString(2)))).list();
        for (Map.Entry<UUID, TeamAffiliation> member : members) {
            jdbc.sql("""
                            UPDATE course_access SET covered_as_minor = ?, covered_as_adult = ?
                            WHERE course_id = ? AND person_id = ? AND kind = 'MEMBER'""")
                    .params(sharing.consents().cover(member.getValue(), sharing.homeCentre(), asMinor),
                            sharing.consents().cover(member.getValue(), sharing.homeCentre(), ofAge), courseId, member.getKey())
                    .update();
        }
    }

    private Consents read(String text) {
        try {
            return json.readValue(text, Consents.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable consents", e);
        }
    }

    private String write(Consents consents) {
        try {
            return json.writeValueAsString(consents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
