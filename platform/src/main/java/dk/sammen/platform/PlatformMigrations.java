package dk.sammen.platform;

import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The platform's tables (event store, deadlines, audit trail, data keys) migrate with the
 * service's own schema, in one Flyway history: each part adds its folder of migrations.
 */
public final class PlatformMigrations {

    private PlatformMigrations() {
    }

    /** Adds {@code location} to the service's migrations; {@code first} for tables others refer to. */
    public static FlywayConfigurationCustomizer adding(String location, boolean first) {
        return flyway -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(flyway.getLocations()));
            Location added = new Location(location);
            if (!locations.contains(added)) {
                locations.add(first ? 0 : locations.size(), added);
            }
            flyway.locations(locations.toArray(Location[]::new));
        };
    }
}
