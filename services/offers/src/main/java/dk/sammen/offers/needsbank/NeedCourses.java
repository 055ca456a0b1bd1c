package dk.sammen.offers.needsbank;

import dk.sammen.offers.needsbank.NeedsBankEvents.NeedPosted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Whose course posted each need, for the access rules: a need with its bids is the team's of that
 * course. A subscribing processor (see application.yml): written in the posting command's
 * transaction, so the team can read and answer its need at once and no one else ever can.
 */
@Component
@ProcessingGroup("needs-bank-access")
public class NeedCourses {

    private final JdbcClient jdbc;

    NeedCourses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NeedPosted event) {
        jdbc.sql("INSERT INTO need_course (need_id, course_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.needId(), event.courseId()).update();
    }

    /** The course that posted the need, if the need exists. */
    public Optional<UUID> courseOf(UUID needId) {
        return jdbc.sql("SELECT course_id FROM need_course WHERE need_id = ?").param(needId).query(UUID.class).optional();
    }
}
