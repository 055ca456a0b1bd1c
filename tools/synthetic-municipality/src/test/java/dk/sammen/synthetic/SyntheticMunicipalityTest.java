package dk.sammen.synthetic;

import dk.sammen.events.EventCodec;
import dk.sammen.events.EventContracts;
import dk.sammen.events.EventSchemas;
import dk.sammen.events.plans.CitizenRegisteredV1;
import dk.sammen.events.plans.CourseActivatedV1;
import dk.sammen.events.plans.MeetingHeldV1;
import dk.sammen.events.plans.TargetGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticMunicipalityTest {

    private static final List<SyntheticEvent> HISTORY = SyntheticMunicipality.of(7, 300).events().toList();

    @Test
    void theSameSeedGivesTheSameLogAndAnotherSeedAnother() {
        // Records compare by value: topic, id, time and the event with every field (the CloudEvent is made from them).
        assertThat(SyntheticMunicipality.of(7, 300).events().toList()).isEqualTo(HISTORY);
        Set<String> ids = HISTORY.stream().map(SyntheticEvent::id).collect(Collectors.toSet());
        assertThat(SyntheticMunicipality.of(8, 300).events().map(SyntheticEvent::id).filter(ids::contains).toList())
                .as("ids another seed shares with this one").isEmpty();
    }

    @Test
    void aSmallerHistoryIsTheBeginningOfALargerOne() {
        assertThat(HISTORY).startsWith(SyntheticMunicipality.of(7, 100).events().toArray(SyntheticEvent[]::new));
    }

    @Test
    void everyEventKeepsItsContractAndFallsWithinTheHistory() {
        SyntheticMunicipality municipality = SyntheticMunicipality.of(7, 300);
        Instant first = municipality.firstDay().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = municipality.end().atStartOfDay().toInstant(ZoneOffset.UTC);
        Set<String> ids = new HashSet<>();
        for (SyntheticEvent event : HISTORY) {
            String type = EventContracts.typeOf(event.event().getClass());
            assertThat(EventSchemas.violations(type, EventCodec.encode(event.event()))).as(type).isEmpty();
            assertThat(event.time()).isBetween(first, end.minusNanos(1));
            assertThat(ids.add(event.id())).as("unique id " + event.id()).isTrue();
        }
    }

    @Test
    void theTargetGroupMixIsSeed004s() {
        Map<TargetGroup, Long> groups = HISTORY.stream().map(SyntheticEvent::event)
                .filter(CitizenRegisteredV1.class::isInstance).map(CitizenRegisteredV1.class::cast)
                .collect(Collectors.groupingBy(CitizenRegisteredV1::targetGroup, Collectors.counting()));
        assertThat(groups.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
        assertThat(groups.get(TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB)).isBetween(165L, 225L);
        assertThat(groups.get(TargetGroup.GRADE_7_9_WITH_ABSENCE)).isBetween(25L, 70L);
        assertThat(groups.get(TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION)).isBetween(25L, 70L);
    }

    @Test
    void activeCoursesMeetEverySixToTwelveWeeks() {
        Map<UUID, List<Instant>> meetings = HISTORY.stream().map(SyntheticEvent::event)
                .filter(MeetingHeldV1.class::isInstance).map(MeetingHeldV1.class::cast)
                .collect(Collectors.groupingBy(MeetingHeldV1::courseId, Collectors.mapping(MeetingHeldV1::heldAt, Collectors.toList())));
        Set<UUID> activated = HISTORY.stream().map(SyntheticEvent::event).filter(CourseActivatedV1.class::isInstance)
                .map(e -> ((CourseActivatedV1) e).courseId()).collect(Collectors.toSet());
        assertThat(meetings.keySet()).isSubsetOf(activated).hasSizeGreaterThan(200);
        List<Long> gaps = new ArrayList<>();
        meetings.values().forEach(times -> {
            for (int i = 1; i < times.size(); i++) {
                gaps.add(Duration.between(times.get(i - 1), times.get(i)).toDays());
            }
        });
        assertThat(gaps).isNotEmpty().allSatisfy(days -> assertThat(days).isBetween(42L, 84L));
    }

    @Test
    void theHistoryHasEveryKindOfStepTheAnalysesNeed() {
        Set<String> types = HISTORY.stream().map(e -> EventContracts.typeOf(e.event().getClass())).collect(Collectors.toSet());
        assertThat(types).contains(
                "dk.sammen.offers.offer-published.v2", "dk.sammen.plans.citizen-registered.v1", "dk.sammen.plans.course-opened.v1",
                "dk.sammen.plans.course-activated.v1", "dk.sammen.plans.course-closed.v1", "dk.sammen.plans.meeting-held.v1",
                "dk.sammen.plans.agreement-made.v1", "dk.sammen.plans.agreement-followed-up.v1", "dk.sammen.plans.progression-measured.v1",
                "dk.sammen.plans.course-offer-started.v1", "dk.sammen.plans.course-offer-ended.v1", "dk.sammen.plans.trial-action-evaluated.v1",
                "dk.sammen.referrals.underretning-received.v1", "dk.sammen.referrals.underretning-assessed.v1",
                "dk.sammen.referrals.deadline-missed.v1", "dk.sammen.referrals.occupation-reported.v1",
                "dk.sammen.referrals.moved-out-of-municipality.v1", "dk.sammen.referrals.moved-into-municipality.v1",
                "dk.sammen.referrals.young-resident-known.v1");
        Map<String, Long> perType = HISTORY.stream().collect(Collectors.groupingBy(e -> e.event().getClass().getSimpleName(),
                Collectors.counting()));
        assertThat(HISTORY.size() / 300.0).as("events per young person " + perType).isGreaterThan(50);
        assertThat(HISTORY.stream().map(SyntheticEvent::key).collect(Collectors.toSet())).hasSizeGreaterThan(300);
        assertThat(HISTORY.stream().collect(Collectors.toMap(SyntheticEvent::id, Function.identity()))).hasSize(HISTORY.size());
    }
}
