package dk.sammen.plans.course;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A course lives for years and every command loads it: after every {@code every} events a
 * snapshot is stored, and loading starts from the latest one instead of the first event.
 */
@Configuration
class CourseSnapshots {

    static final String TRIGGER = "courseSnapshotTrigger";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition courseSnapshotTrigger(Snapshotter snapshotter,
                                                    @Value("${sammen.plans.course-snapshot-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
