package dk.sammen.referrals.concern;

import dk.sammen.events.referrals.FlagReason;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.referrals.concern.ConcernHistoryCommands.LinkNotification;
import dk.sammen.referrals.concern.ConcernHistoryEvents.FlaggedForCoordinatedCourse;
import dk.sammen.referrals.concern.ConcernHistoryEvents.NotificationLinked;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

/** Repetition and several sources within the window flag a young person for a coordinated course, once. */
class ConcernHistoryTest {

    private final UUID citizenId = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();
    private AggregateTestFixture<ConcernHistory> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConcernHistory.class);
        fixture.registerInjectableResource(new FlagRules(3, Period.ofMonths(24), 2));
        now = fixture.currentTime();
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T09:00:00Z");
    }

    @Test
    void theFirstNotificationOpensTheHistoryWithoutAFlag() {
        fixture.givenNoPriorActivity()
                .when(new LinkNotification(citizenId, first, ReporterKind.SCHOOL, at("2019-03-04")))
                .expectEvents(new NotificationLinked(citizenId, first, ReporterKind.SCHOOL, at("2019-03-04")));
    }

    @Test
    void aSecondKindOfSourceWithinTheWindowFlags() {
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")))
                .when(new LinkNotification(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")))
                .expectEvents(new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now));
    }

    @Test
    void theSameSourceThreeTimesWithinTheWindowFlagsAsRepetition() {
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.SCHOOL, at("2018-01-10")),
                        new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2018-09-10")))
                .when(new LinkNotification(citizenId, third, ReporterKind.SCHOOL, at("2019-06-10")))
                .expectEvents(new NotificationLinked(citizenId, third, ReporterKind.SCHOOL, at("2019-06-10")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.REPEATED_NOTIFICATIONS, 3, 1, 24, now));
    }

    @Test
    void notificationsOutsideTheWindowDoNotCount() {
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.PPR, at("2015-05-01")))
                .when(new LinkNotification(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")))
                .expectEvents(new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")));
    }

    @Test
    void aYoungPersonIsFlaggedOnceAndARedeliveredNotificationIsLinkedOnce() {
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")),
                        new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now))
                .when(new LinkNotification(citizenId, third, ReporterKind.OWN_DOCTOR, at("2019-05-04")))
                .expectEvents(new NotificationLinked(citizenId, third, ReporterKind.OWN_DOCTOR, at("2019-05-04")));
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")))
                .when(new LinkNotification(citizenId, first, ReporterKind.POLICE, at("2019-02-01")))
                .expectNoEvents();
    }

    @Test
    void aNotificationReceivedEarlierButLinkedOnlyNowCompletesAPatternWithALaterOne() {
        // Received in January, registered (or identified) only after the school's in June: the window holds both.
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.SCHOOL, at("2019-06-01")))
                .when(new LinkNotification(citizenId, second, ReporterKind.POLICE, at("2019-01-01")))
                .expectEvents(new NotificationLinked(citizenId, second, ReporterKind.POLICE, at("2019-01-01")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now));
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.SCHOOL, at("2019-06-01")))
                .when(new LinkNotification(citizenId, second, ReporterKind.POLICE, at("2016-01-01")))
                .expectEvents(new NotificationLinked(citizenId, second, ReporterKind.POLICE, at("2016-01-01")));
    }

    @Test
    void aDecisionActsOnAStandingFlagAndOnlyWhatComesAfterItFlagsAgain() {
        UUID fourth = UUID.randomUUID();
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")),
                        new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now))
                .when(new ConcernHistoryCommands.RecordDecision(citizenId, second, at("2019-03-10")))
                .expectEvents(new ConcernHistoryEvents.FlagActedOn(citizenId, second, at("2019-03-10")));
        fixture.given(new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")))
                .when(new ConcernHistoryCommands.RecordDecision(citizenId, first, at("2019-03-10")))
                .expectNoEvents();

        // After the decision, one more notification is no pattern on its own; two sources after it are.
        Object[] actedOn = {new NotificationLinked(citizenId, first, ReporterKind.POLICE, at("2019-02-01")),
                new NotificationLinked(citizenId, second, ReporterKind.SCHOOL, at("2019-03-04")),
                new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now),
                new ConcernHistoryEvents.FlagActedOn(citizenId, second, at("2019-03-10"))};
        fixture.given(actedOn)
                .when(new LinkNotification(citizenId, third, ReporterKind.OWN_DOCTOR, at("2019-05-04")))
                .expectEvents(new NotificationLinked(citizenId, third, ReporterKind.OWN_DOCTOR, at("2019-05-04")));
        fixture.given(actedOn)
                .andGiven(new NotificationLinked(citizenId, third, ReporterKind.OWN_DOCTOR, at("2019-05-04")))
                .when(new LinkNotification(citizenId, fourth, ReporterKind.PPR, at("2019-08-04")))
                .expectEvents(new NotificationLinked(citizenId, fourth, ReporterKind.PPR, at("2019-08-04")),
                        new FlaggedForCoordinatedCourse(citizenId, FlagReason.SEVERAL_SOURCES, 2, 2, 24, now));
    }
}
