package dk.sammen.referrals.access;

import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.security.AccessRefused;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Need-to-know for referrals: a course's referrals are its team's, as the course is (those who
 * work on it as plans publishes it, consent included: {@link CourseFacts}), and the provider's: the staff of the centre owning the offer, who answer
 * it. Decided here for the access rules and for a new referral, whose course is in its body.
 */
@Component
public class ReferralAccess {

    private final JdbcClient jdbc;
    private final CourseFacts courses;

    ReferralAccess(JdbcClient jdbc, CourseFacts courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** Whether the caller works on the course: on its team, as its consent covers them. */
    public boolean onTeam(Caller caller, UUID courseId) {
        return courses.worksOn(caller, courseId);
    }

    /**
     * Whether the caller may see this young person on the flags and the follow-up list: intake
     * sees everyone (it is intake's work), a caseworker the young people on whose course they work.
     */
    public boolean seesYoungPerson(Caller caller, UUID citizenId) {
        if (caller.has(Role.INTAKE_WORKER)) {
            return true;
        }
        return caller.has(Role.CASEWORKER) && courses.worksWith(caller, citizenId);
    }

    /** The items of a list the caller may see ({@link #seesYoungPerson}). */
    public <T> List<T> visible(List<T> items, Function<T, UUID> citizenOf) {
        Caller caller = Caller.current().orElseThrow(() -> new AccessRefused("A valid token is needed"));
        if (caller.has(Role.INTAKE_WORKER)) {
            return items;
        }
        Set<UUID> own = caller.has(Role.CASEWORKER) ? courses.youngPeopleOf(caller) : Set.of();
        return items.stream().filter(item -> own.contains(citizenOf.apply(item))).toList();
    }

    /** The course a referral is of, if the referral exists. */
    public Optional<UUID> courseOfReferral(UUID referralId) {
        return jdbc.sql("SELECT course_id FROM referral_party WHERE referral_id = ?").param(referralId).query(UUID.class).optional();
    }

    /**
     * Whether the caller works at the centre providing the referral's offer (the centre owning
     * the offer in the catalogue now).
     */
    public boolean providesReferral(Caller caller, UUID referralId) {
        return jdbc.sql("SELECT o.centre FROM referral_party r JOIN offer_centre o ON o.offer_id = r.offer_id WHERE r.referral_id = ?")
                .param(referralId).query(String.class).optional().filter(centre -> isStaffOf(caller, centre)).isPresent();
    }

    /** Whether the caller works at the centre owning the offer; empty if the catalogue does not know it. */
    public Optional<Boolean> providesOffer(Caller caller, UUID offerId) {
        return jdbc.sql("SELECT centre FROM offer_centre WHERE offer_id = ?").param(offerId)
                .query((rs, n) -> isStaffOf(caller, rs.getString(1))).optional();
    }

    private static boolean isStaffOf(Caller caller, String centre) {
        return centre != null && centre.equals(caller.centre()) && caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER);
    }
}
