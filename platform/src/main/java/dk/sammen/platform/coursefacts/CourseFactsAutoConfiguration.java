package dk.sammen.platform.coursefacts;

import dk.sammen.platform.PlatformMigrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CourseFacts} for a service that decides on a course's behalf without owning it
 * ({@code sammen.course-facts.enabled=true}: referrals, offers): its tables, migrated with the
 * service's schema, and their consumer of plans' topic. It also tells the audit trail whose a
 * course is.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnProperty(name = "sammen.course-facts.enabled", havingValue = "true")
public class CourseFactsAutoConfiguration {

    static final String COURSE_FACTS_MIGRATIONS = "classpath:db/coursefacts";

    @Bean
    FlywayConfigurationCustomizer courseFactsMigrations() {
        return PlatformMigrations.adding(COURSE_FACTS_MIGRATIONS, false);
    }

    @Bean
    CourseFacts courseFacts(JdbcClient jdbc) {
        return new CourseFacts(jdbc);
    }

    @Bean
    CourseFactsFromPlans courseFactsFromPlans(JdbcClient jdbc) {
        return new CourseFactsFromPlans(jdbc);
    }
}
