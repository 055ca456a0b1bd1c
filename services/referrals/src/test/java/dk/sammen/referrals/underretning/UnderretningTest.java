package dk.sammen.referrals.underretning;

import dk.sammen.events.referrals.ConcernCategory;
import dk.sammen.events.referrals.IntakeChannel;
import dk.sammen.events.referrals.ReporterKind;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

class UnderretningTest {

    private AggregateTestFixture<Underretning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Underretning.class);
    }

    @Test
    void receivingAnUnderretningRecordsItWithItsReceiptTime() {
        UUID id = UUID.randomUUID();
        UUID citizenId = UUID.randomUUID();
        var receivedAt = fixture.currentTime().minus(Duration.ofHours(2));

        fixture.givenNoPriorActivity()
                .when(new ReceiveUnderretning(id, citizenId, ReporterKind.SCHOOL, Set.of(ConcernCategory.ABSENCE),
                        "Massivt skolefravær siden efterårsferien", IntakeChannel.DIGITAL_FORM, receivedAt))
                .expectEvents(new UnderretningReceived(id, citizenId, ReporterKind.SCHOOL, Set.of(ConcernCategory.ABSENCE),
                        "Massivt skolefravær siden efterårsferien", IntakeChannel.DIGITAL_FORM, receivedAt));
    }

    @Test
    void anUnderretningCannotBeReceivedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveUnderretning(UUID.randomUUID(), null, ReporterKind.PRIVATE_CITIZEN,
                        Set.of(ConcernCategory.NEGLECT), "Bekymret nabo", IntakeChannel.PHONE,
                        fixture.currentTime().plus(Duration.ofDays(1))))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
