package dk.sammen.plans.kernel;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.TeamAffiliation;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The consents in force on a course, and the rule of who they let work on it. Decided here once:
 * the course's own commands (who may join the team) and every access check (who may read and
 * change the course) ask this, so the two never disagree.
 *
 * <p>The rule. The tovholder's own centre works on the course without a consent: the case is
 * that centre's to handle (Barnets Lov/Serviceloven and the employment act give the centre a
 * basis of its own; GDPR art. 6(1)(e) and 9(2)(b)/(h)). Every other centre needs the consent:
 * the young person's, and for a minor also a guardian's (the same that starts a course), and a
 * centre is covered only when every consent in force names it. Members from outside the
 * municipality and the young person's own network are on the team with the consent, so they are
 * covered while one is in force. A withdrawal takes effect at once; at 18 a guardian's consent no
 * longer counts and the young person's own decides.
 *
 * @param youngPerson the centres the young person's consent names, or {@code null} when they have none in force
 * @param guardians   each consenting guardian's centres
 * @param ofAgeOn     the young person's 18th birthday
 */
public record Consents(@Nullable Set<Centre> youngPerson, Map<UUID, Set<Centre>> guardians, @Nullable LocalDate ofAgeOn) {

    public Consents {
        youngPerson = youngPerson == null ? null : Set.copyOf(youngPerson);
        guardians = Map.copyOf(guardians);
    }

    public static final int AGE_OF_MAJORITY = 18;

    /**
     * A course of a young person born on {@code birthDate}, before anyone has consented; a birth
     * date erased with the young person ({@code null}) leaves no age to count.
     */
    public static Consents noneYet(@Nullable LocalDate birthDate) {
        return new Consents(null, Map.of(), birthDate == null ? null : birthDate.plusYears(AGE_OF_MAJORITY));
    }

    /** @param guardianId the guardian's id when a guardian consents; null for the young person's own */
    public Consents recorded(ConsentGiver by, @Nullable UUID guardianId, Set<Centre> sharedWith) {
        if (by == ConsentGiver.YOUNG_PERSON) {
            return new Consents(sharedWith, guardians, ofAgeOn);
        }
        Map<UUID, Set<Centre>> next = new HashMap<>(guardians);
        next.put(Objects.requireNonNull(guardianId, "a guardian's consent names the guardian"), sharedWith);
        return new Consents(youngPerson, next, ofAgeOn);
    }

    public Consents withdrawn(ConsentGiver by, @Nullable UUID guardianId) {
        if (by == ConsentGiver.YOUNG_PERSON) {
            return new Consents(null, guardians, ofAgeOn);
        }
        Map<UUID, Set<Centre>> next = new HashMap<>(guardians);
        next.remove(guardianId);
        return new Consents(youngPerson, next, ofAgeOn);
    }

    public boolean given(ConsentGiver by, @Nullable UUID guardianId) {
        return by == ConsentGiver.YOUNG_PERSON ? youngPerson != null : guardians.containsKey(guardianId);
    }

    public boolean anyGiven() {
        return youngPerson != null || !guardians.isEmpty();
    }

    public boolean minorOn(LocalDate day) {
        return ofAgeOn != null && day.isBefore(ofAgeOn);
    }

    /** The young person's consent, and for a minor also a guardian's. */
    public boolean inForce(LocalDate day) {
        return youngPerson != null && (!minorOn(day) || !guardians.isEmpty());
    }

    /** The centres every consent in force names; none when the consent does not suffice. */
    public Set<Centre> sharedWith(LocalDate day) {
        if (!inForce(day)) {
            return Set.of();
        }
        Set<Centre> shared = EnumSet.noneOf(Centre.class);
        shared.addAll(youngPerson);
        if (minorOn(day)) {
            guardians.values().forEach(shared::retainAll);
        }
        return shared;
    }

    /**
     * Whether someone of this affiliation may work on the course.
     *
     * @param homeCentre the tovholder's centre, or {@code null} before there is a tovholder
     */
    public boolean cover(TeamAffiliation affiliation, @Nullable Centre homeCentre, LocalDate day) {
        Centre centre = centreOf(affiliation);
        if (centre != null && centre == homeCentre) {
            return true;
        }
        if (centre == null) {
            return inForce(day);
        }
        return sharedWith(day).contains(centre);
    }

    /** The municipality's centre an affiliation is, or {@code null} for someone from outside it. */
    public static @Nullable Centre centreOf(TeamAffiliation affiliation) {
        return switch (affiliation) {
            case C_BUR -> Centre.C_BUR;
            case C_ARB -> Centre.C_ARB;
            case C_SS -> Centre.C_SS;
            case C_SIK -> Centre.C_SIK;
            case EXTERNAL_ACTOR, PRIVATE_NETWORK -> null;
        };
    }
}
