package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The youth database reported what a young person is occupied with.
 *
 * @param track                     the youth education, when the occupation is {@code YOUTH_EDUCATION}; else null
 * @param completedYouthEducation   whether they have ever completed a youth education, whatever they do now
 */
@EventType("dk.sammen.referrals.occupation-reported.v1")
public record OccupationReportedV1(
        UUID citizenId,
        Occupation occupation,
        @Nullable YouthEducationTrack track,
        boolean completedYouthEducation,
        LocalDate reportedOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
