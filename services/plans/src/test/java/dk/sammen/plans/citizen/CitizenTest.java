package dk.sammen.plans.citizen;

import dk.sammen.events.plans.FamilyRelation;
import dk.sammen.events.plans.TargetGroup;
import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.identity.Cpr;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenTest {

    private final UUID citizenId = UUID.randomUUID();
    private AggregateTestFixture<Citizen> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Citizen.class);
        now = fixture.currentTime();
    }

    private static final Situation GRADE_8_ABSENT = new Situation(8, 35, false, Situation.CompletedEducation.NONE, true, false);

    @Test
    void registrationDerivesTheTargetGroupWithTheReason() {
        LocalDate born = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(14).minusDays(3);
        fixture.givenNoPriorActivity()
                .when(new RegisterCitizen(citizenId, born, GRADE_8_ABSENT))
                .expectEvents(new CitizenRegistered(citizenId, born, GRADE_8_ABSENT, TargetGroup.GRADE_7_9_WITH_ABSENCE,
                        "In grade 8 with 35 % school absence (over 20 %)", now));
    }

    @Test
    void anUpdatedSituationDerivesTheTargetGroupAgainAtTodaysAge() {
        LocalDate born = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(16).minusDays(3);
        Situation completedGymnasialIdle = new Situation(null, null, false, Situation.CompletedEducation.GYMNASIAL, false, false);
        fixture.given(new CitizenRegistered(citizenId, born, GRADE_8_ABSENT, TargetGroup.GRADE_7_9_WITH_ABSENCE, "x", now))
                .when(new UpdateSituation(citizenId, null, completedGymnasialIdle))
                .expectEvents(new SituationUpdated(citizenId, completedGymnasialIdle, TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION,
                        "Unemployed after GYMNASIAL, which gives no vocational qualification", TargetGroup.GRADE_7_9_WITH_ABSENCE, now));
    }

    @Test
    void anErasedPersonsSituationIsNotUpdated() {
        fixture.given(new CitizenRegistered(citizenId, LocalDate.of(2010, 3, 7), GRADE_8_ABSENT, TargetGroup.GRADE_7_9_WITH_ABSENCE, "x", now),
                        new CitizenErased(citizenId, java.util.Set.of(), dk.sammen.events.plans.ErasureBasis.REQUEST, now))
                .when(new UpdateSituation(citizenId, null, GRADE_8_ABSENT))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPersonIsNotRelatedToThemselvesNorTwiceToTheSamePerson() {
        UUID mother = UUID.randomUUID();
        CitizenRegistered registered = new CitizenRegistered(citizenId, LocalDate.of(2010, 3, 7), GRADE_8_ABSENT,
                TargetGroup.GRADE_7_9_WITH_ABSENCE, "x", now);
        fixture.given(registered)
                .when(new RelateFamilyMember(citizenId, citizenId, FamilyRelation.SIBLING))
                .expectException(DomainRuleViolation.class);
        fixture.given(registered, new FamilyRelationRegistered(citizenId, mother, FamilyRelation.PARENT_OR_GUARDIAN, now))
                .when(new RelateFamilyMember(citizenId, mother, FamilyRelation.PARENT_OR_GUARDIAN))
                .expectException(DomainRuleViolation.class);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "14, 8, 25, false, NONE, true, false, GRADE_7_9_WITH_ABSENCE",
            "14, 8, 20, false, NONE, true, false, OUTSIDE_TARGET_GROUP",
            "14, 6, 50, false, NONE, true, false, OUTSIDE_TARGET_GROUP",
            "17, , , true, NONE, false, false, SUPPORT_TOWARDS_EDUCATION_OR_JOB",
            "21, , , false, STU, false, false, UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION",
            "21, , , false, GYMNASIAL, false, true, OUTSIDE_TARGET_GROUP",
            "21, , , true, VOCATIONAL, false, false, SUPPORT_TOWARDS_EDUCATION_OR_JOB",
            "37, , , true, NONE, false, false, OUTSIDE_TARGET_GROUP",
            "12, 6, 50, false, NONE, true, false, OUTSIDE_TARGET_GROUP"})
    void theTargetGroupFollowsSeed004(int age, Integer grade, Integer absence, boolean needsSupport,
                                      Situation.CompletedEducation education, boolean inEducation, boolean employed,
                                      TargetGroup expected) {
        Situation situation = new Situation(grade, absence, needsSupport, education, inEducation, employed);
        assertThat(TargetGroupAssessment.of(situation, age).category()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "070311-4321, 2011-03-07",
            "0703114321, 2011-03-07",
            "070361-4321, 1961-03-07",
            "070395-1234, 1995-03-07",
            "070357-5234, 2057-03-07",
            "070358-5234, 1858-03-07",
            "070336-9234, 2036-03-07",
            "070337-9234, 1937-03-07",
            "290200-4000, 2000-02-29"})
    void theCenturyOfBirthComesFromTheSeventhDigit(String cpr, LocalDate born) {
        assertThat(Cpr.parse(cpr).birthDate()).isEqualTo(born);
    }

    @Test
    void aCprNumberIsTenDigitsStartingWithARealDate() {
        assertThat(Cpr.problemWith("12345")).hasValueSatisfying(p -> assertThat(p).contains("10 digits"));
        assertThat(Cpr.problemWith("310211-4321")).hasValueSatisfying(p -> assertThat(p).contains("real date"));
        assertThat(Cpr.problemWith("290201-4000")).isPresent();
        assertThat(Cpr.problemWith("07031-14321")).isPresent();
        assertThatThrownBy(() -> Cpr.parse("abcdefghij")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCprNumberNeverShowsInALog() {
        assertThat(Cpr.parse("070311-4321").toString()).doesNotContain("070311").doesNotContain("4321");
    }
}
