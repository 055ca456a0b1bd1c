package dk.sammen.plans.aktindsigt;

import dk.sammen.plans.citizen.CitizenView;
import dk.sammen.plans.journal.CourseDocument;
import dk.sammen.plans.journal.JournalNote;
import dk.sammen.plans.oneplan.OnePlan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the plans service holds about one young person, for them.
 *
 * @param producedFor who asked: the young person ({@code OWN}), a guardian of a minor ({@code GUARDIAN}) or the
 *                    data-protection officer ({@code DPO}) answering a request by letter
 * @param courses     every course, as its one-plan view (plan, team, meetings, agreements, progression, offers, transitions)
 */
public record OwnRecord(UUID citizenId, Instant producedAt, String producedFor, CitizenView person, List<CourseRecord> courses) {

    /** One course with the journal notes and documents the team shared with the young person. */
    public record CourseRecord(OnePlan plan, List<JournalNote> sharedNotes, List<CourseDocument> sharedDocuments) {
    }
}
