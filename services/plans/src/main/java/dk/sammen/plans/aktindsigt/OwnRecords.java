package dk.sammen.plans.aktindsigt;

import dk.sammen.plans.citizen.CitizenDirectory;
import dk.sammen.plans.journal.Documents;
import dk.sammen.plans.journal.JournalProjection;
import dk.sammen.plans.oneplan.OnePlanProjection;
import dk.sammen.platform.web.UnknownIdException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Gathers a young person's own record from the register, the one-plan views and the journal. */
@Component
class OwnRecords {

    private final CitizenDirectory citizens;
    private final OnePlanProjection plans;
    private final JournalProjection journal;
    private final Documents documents;
    private final Clock clock;

    OwnRecords(CitizenDirectory citizens, OnePlanProjection plans, JournalProjection journal, Documents documents, Clock clock) {
        this.citizens = citizens;
        this.plans = plans;
        this.journal = journal;
        this.documents = documents;
        this.clock = clock;
    }

    OwnRecord of(UUID citizenId, String producedFor) {
        var person = citizens.find(citizenId).orElseThrow(() -> new UnknownIdException("citizenId", citizenId));
        List<OwnRecord.CourseRecord> courses = plans.ofCitizens(Set.of(citizenId)).stream()
                .map(plan -> new OwnRecord.CourseRecord(plan, journal.sharedWithYoungPerson(plan.courseId()),
                        documents.ofCourse(plan.courseId(), true)))
                .toList();
        return new OwnRecord(citizenId, clock.instant(), producedFor, person, courses);
    }
}
