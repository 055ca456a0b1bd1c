package dk.sammen.platform.eventstore;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        return flyway -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(flyway.getLocations()));
            Location deadlines = new Location(DEADLINE_MIGRATIONS);
            if (!locations.contains(deadlines)) {
                locations.add(deadlines);
            }
            flyway.locations(locations.toArray(Location[]::new));
        };
    }
}
