package dk.sammen.plans.kernel;

import dk.sammen.events.Centre;
import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.events.plans.TeamAffiliation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent rule at its edges, where an access check could be got around: the day of the 18th
 * birthday, a guardian who names less than the young person, a withdrawal, and someone from
 * outside the municipality.
 */
class ConsentsTest {

    private static final LocalDate BORN = LocalDate.of(2010, 5, 17);
    private static final LocalDate EVE_OF_18 = LocalDate.of(2028, 5, 16);
    private static final LocalDate TURNS_18 = LocalDate.of(2028, 5, 17);
    private final UUID mother = UUID.randomUUID();

    @Test
    void aMinorsCentreIsCoveredOnlyWhenTheYoungPersonAndEveryGuardianNameIt() {
        Consents consents = Consents.noneYet(BORN)
                .recorded(ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SIK, Centre.C_ARB));

        assertThat(consents.inForce(EVE_OF_18)).as("a minor's own consent alone").isFalse();
        assertThat(consents.cover(TeamAffiliation.C_SIK, Centre.C_BUR, EVE_OF_18)).isFalse();
        assertThat(consents.cover(TeamAffiliation.EXTERNAL_ACTOR, Centre.C_BUR, EVE_OF_18)).isFalse();
        assertThat(consents.cover(TeamAffiliation.C_BUR, Centre.C_BUR, EVE_OF_18)).as("the tovholder's own centre").isTrue();

        Consents both = consents.recorded(ConsentGiver.GUARDIAN, mother, Set.of(Centre.C_BUR, Centre.C_SIK));
        assertThat(both.sharedWith(EVE_OF_18)).containsExactlyInAnyOrder(Centre.C_BUR, Centre.C_SIK);
        assertThat(both.cover(TeamAffiliation.C_ARB, Centre.C_BUR, EVE_OF_18)).as("named by the young person only").isFalse();
        assertThat(both.cover(TeamAffiliation.EXTERNAL_ACTOR, Centre.C_BUR, EVE_OF_18)).isTrue();
    }

    @Test
    void onTheEighteenthBirthdayTheYoungPersonsOwnConsentDecides() {
        Consents consents = Consents.noneYet(BORN)
                .recorded(ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_SS, Centre.C_ARB))
                .recorded(ConsentGiver.GUARDIAN, mother, Set.of(Centre.C_SS));

        assertThat(consents.cover(TeamAffiliation.C_ARB, Centre.C_SS, EVE_OF_18)).as("the day before: the guardian's too").isFalse();
        assertThat(consents.cover(TeamAffiliation.C_ARB, Centre.C_SS, TURNS_18)).as("of age: their own").isTrue();

        Consents guardianOnly = consents.withdrawn(ConsentGiver.YOUNG_PERSON, null);
        assertThat(guardianOnly.inForce(TURNS_18)).as("a guardian's consent never stands in for an adult's").isFalse();
        assertThat(guardianOnly.cover(TeamAffiliation.C_SS, Centre.C_ARB, TURNS_18)).isFalse();
        assertThat(guardianOnly.cover(TeamAffiliation.PRIVATE_NETWORK, Centre.C_ARB, TURNS_18)).isFalse();
    }

    @Test
    void aWithdrawalTakesOnlyItsOwnConsentAndAGivenConsentIsKnownByWhoGaveIt() {
        UUID father = UUID.randomUUID();
        Consents consents = Consents.noneYet(BORN)
                .recorded(ConsentGiver.YOUNG_PERSON, null, Set.of(Centre.C_BUR, Centre.C_SIK))
                .recorded(ConsentGiver.GUARDIAN, mother, Set.of(Centre.C_BUR, Centre.C_SIK))
                .recorded(ConsentGiver.GUARDIAN, father, Set.of(Centre.C_BUR));

        assertThat(consents.sharedWith(EVE_OF_18)).containsExactly(Centre.C_BUR);
        Consents fatherWithdrew = consents.withdrawn(ConsentGiver.GUARDIAN, father);
        assertThat(fatherWithdrew.sharedWith(EVE_OF_18)).containsExactlyInAnyOrder(Centre.C_BUR, Centre.C_SIK);
        assertThat(fatherWithdrew.given(ConsentGiver.GUARDIAN, father)).isFalse();
        assertThat(fatherWithdrew.given(ConsentGiver.GUARDIAN, mother)).isTrue();
        assertThat(fatherWithdrew.given(ConsentGiver.YOUNG_PERSON, null)).isTrue();
    }
}
