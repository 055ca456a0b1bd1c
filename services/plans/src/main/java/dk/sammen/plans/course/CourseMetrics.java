package dk.sammen.plans.course;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Courses by stage ({@code sammen.plans.courses{stage}}), counted from the one-plan view at each scrape. */
@Component
class CourseMetrics {

    CourseMetrics(JdbcClient jdbc, MeterRegistry meters) {
        for (CourseStatus status : CourseStatus.values()) {
            Gauge.builder("sammen.plans.courses", () -> jdbc.sql("SELECT count(*) FROM course_plan WHERE status = ?")
                            .param(status.name()).query(Long.class).single())
                    .description("Courses in each stage").tag("stage", status.name()).register(meters);
        }
    }
}
