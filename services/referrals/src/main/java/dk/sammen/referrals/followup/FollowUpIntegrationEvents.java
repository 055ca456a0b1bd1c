package dk.sammen.referrals.followup;

import dk.sammen.events.IntegrationEvent;
import dk.sammen.events.referrals.EducationStatusReportedV1;
import dk.sammen.events.referrals.FollowUpNeededV1;
import dk.sammen.events.referrals.FollowedUpV1;
import dk.sammen.events.referrals.MovedIntoMunicipalityV1;
import dk.sammen.events.referrals.MovedOutOfMunicipalityV1;
import dk.sammen.events.referrals.OccupationReportedV1;
import dk.sammen.events.referrals.SchoolAbsenceReportedV1;
import dk.sammen.events.referrals.YoungResidentKnownV1;
import dk.sammen.platform.relay.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Signals and the follow-up list, published without the date of birth (only a resident's month of birth, once) or the notes. */
@Component
class FollowUpIntegrationEvents implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(switch (domainEvent) {
            case FollowUpEvents.EducationStatusReported e -> new EducationStatusReportedV1(e.citizenId(), e.status(), e.reportedOn(),
                    e.recordedAt());
            case FollowUpEvents.SchoolAbsenceReported e -> new SchoolAbsenceReportedV1(e.citizenId(), e.grade(), e.absencePercent(),
                    e.highRisk(), e.periodEnd(), e.recordedAt());
            case FollowUpEvents.MovedIntoMunicipality e -> new MovedIntoMunicipalityV1(e.citizenId(), e.movedInOn(), e.recordedAt());
            case FollowUpEvents.OccupationReported e -> new OccupationReportedV1(e.citizenId(), e.occupation(), e.track(),
                    e.completedYouthEducation(), e.reportedOn(), e.recordedAt());
            case FollowUpEvents.YoungResidentKnown e -> new YoungResidentKnownV1(e.citizenId(), e.birthMonth().toString(), e.knownOn(),
                    e.recordedAt());
            case FollowUpEvents.MovedOutOfMunicipality e -> new MovedOutOfMunicipalityV1(e.citizenId(), e.movedOutOn(), e.recordedAt());
            case FollowUpEvents.FollowUpNeeded e -> new FollowUpNeededV1(e.citizenId(), e.reason(), e.since());
            case FollowUpEvents.FollowedUp e -> new FollowedUpV1(e.citizenId(), e.action(), e.followedUpAt());
            default -> null;
        });
    }
}
