package dk.sammen.plans.kernel;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** What the parts of a course (team, plan, meetings, ...) may ask the course they belong to. */
public interface CourseContext {

    UUID citizenId();

    /** Refuses changes to a closed course. */
    void requireOpen();

    /** Refuses what only an active course may do, such as holding a meeting. */
    void requireActive(String what);

    boolean isTeamMember(UUID personId);

    /**
     * Whether the course's consents let someone of this affiliation work on it ({@link Consents#cover}).
     *
     * @param homeCentre the tovholder's centre, or {@code null} before there is one
     */
    boolean consentCovers(TeamAffiliation affiliation, @Nullable Centre homeCentre);

    boolean anyConsentGiven();

    /** The young person or a member of their team: who may be responsible for part of the plan. */
    default boolean isParticipant(UUID personId) {
        return citizenId().equals(personId) || isTeamMember(personId);
    }
}
