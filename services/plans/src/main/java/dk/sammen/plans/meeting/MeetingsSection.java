package dk.sammen.plans.meeting;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.plans.AgreementParty;
import dk.sammen.plans.kernel.Attention;
import dk.sammen.plans.kernel.Attention.Kind;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.meeting.MeetingEvents.AgreementFollowedUp;
import dk.sammen.plans.meeting.MeetingEvents.AgreementMade;
import dk.sammen.plans.meeting.MeetingEvents.MeetingHeld;
import dk.sammen.plans.meeting.MeetingEvents.MeetingScheduled;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The one-plan view's meetings, each with who came and what was decided, and the binding
 * agreements with their follow-up. Meetings are held as often as the young person's need
 * requires, typically every 6-12 weeks (principle 6); an agreement past its day is followed up.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class MeetingsSection implements OnePlanSection<MeetingEvents> {

    static final Duration LONGEST_MEETING_INTERVAL = Duration.ofDays(7 * 12);
    /** A meeting is overdue once its day has passed without it being recorded as held. */
    static final Duration GRACE = Duration.ofDays(1);

    List<Meeting> meetings = new ArrayList<>();
    List<Agreement> agreements = new ArrayList<>();

    /** Who came and what was decided are empty until the meeting is held. */
    record Meeting(UUID meetingId, Instant scheduledFor, Set<UUID> invitedMemberIds, @Nullable Instant heldAt,
                   @Nullable Set<UUID> attendedMemberIds, @Nullable Set<UUID> absentMemberIds, @Nullable String summary,
                   @Nullable List<String> decisions) {

        Meeting held(MeetingHeld held) {
            return new Meeting(meetingId, scheduledFor, invitedMemberIds, held.heldAt(), held.attendedMemberIds(), held.absentMemberIds(),
                    held.summary(), held.decisions());
        }
    }

    /** The follow-up is empty until the agreement is followed up. */
    record Agreement(UUID agreementId, UUID meetingId, AgreementParty party, UUID partyMemberId, String partyName, String what,
                     LocalDate dueDate, @Nullable Boolean fulfilled, @Nullable String followUp, @Nullable Instant followedUpAt) {

        Agreement followedUp(AgreementFollowedUp followUp) {
            return new Agreement(agreementId, meetingId, party, partyMemberId, partyName, what, dueDate, followUp.fulfilled(),
                    followUp.followUp(), followUp.followedUpAt());
        }
    }

    @Override
    public void apply(MeetingEvents event) {
        switch (event) {
            case MeetingScheduled e -> meetings.add(new Meeting(e.meetingId(), e.scheduledFor(), e.invitedMemberIds(), null, null, null,
                    null, null));
            case MeetingHeld e -> meetings.replaceAll(m -> m.meetingId().equals(e.meetingId()) ? m.held(e) : m);
            case AgreementMade e -> agreements.add(new Agreement(e.agreementId(), e.meetingId(), e.party(), e.partyMemberId(),
                    e.partyName(), e.what(), e.dueDate(), null, null, null));
            case AgreementFollowedUp e -> agreements.replaceAll(a -> a.agreementId().equals(e.agreementId()) ? a.followedUp(e) : a);
        }
    }

    @Override
    public Stream<Attention> attention(Attention.AsOf asOf) {
        List<Attention> attention = new ArrayList<>();
        Instant now = asOf.now();
        meetings.stream()
                .filter(m -> m.heldAt() == null && m.scheduledFor().plus(GRACE).isBefore(now))
                .forEach(m -> attention.add(new Attention(Kind.NEXT_MEETING_OVERDUE,
                        "The meeting of " + m.scheduledFor() + " is not recorded as held", m.meetingId())));
        Optional<Meeting> next = meetings.stream()
                .filter(m -> m.heldAt() == null && !m.scheduledFor().plus(GRACE).isBefore(now))
                .min(Comparator.comparing(Meeting::scheduledFor));
        Instant lastMet = meetings.stream().map(Meeting::heldAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(asOf.activeSince());
        if (next.isEmpty()) {
            attention.add(new Attention(Kind.NO_NEXT_MEETING, "No next meeting is scheduled", null));
        } else if (lastMet != null && next.get().scheduledFor().isAfter(lastMet.plus(LONGEST_MEETING_INTERVAL))) {
            attention.add(new Attention(Kind.NEXT_MEETING_TOO_LATE,
                    "The next meeting is more than 12 weeks after the last one", next.get().meetingId()));
        }
        agreements.stream()
                .filter(a -> a.fulfilled() == null && a.dueDate().isBefore(asOf.today()))
                .forEach(a -> attention.add(new Attention(Kind.AGREEMENT_OVERDUE,
                        "An agreement due " + a.dueDate() + " is not followed up", a.agreementId())));
        return attention.stream();
    }
}
