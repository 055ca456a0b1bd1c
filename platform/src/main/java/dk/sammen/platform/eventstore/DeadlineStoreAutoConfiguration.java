package dk.sammen.platform.eventstore;

import dk.sammen.platform.PlatformMigrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;


/**
 * Persisted Axon deadlines for a service that has db-scheduler on its classpath: the table
 * db-scheduler needs migrates with the service's own schema ({@code db/deadlines}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "com.github.kagkarlsson.scheduler.Scheduler")
public class DeadlineStoreAutoConfiguration {

    static final String DEADLINE_MIGRATIONS = "classpath:db/deadlines";

    @Bean
    FlywayConfigurationCustomizer deadlineStoreMigrations() {
        return PlatformMigrations.adding(DEADLINE_MIGRATIONS, false);
    }
}
