package dk.sammen.offers.needsbank;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.offers.needsbank.NeedsBankCommands.AcceptBid;
import dk.sammen.offers.needsbank.NeedsBankCommands.PostNeed;
import dk.sammen.offers.needsbank.NeedsBankCommands.SubmitBid;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidAccepted;
import dk.sammen.offers.needsbank.NeedsBankEvents.BidSubmitted;
import dk.sammen.offers.needsbank.NeedsBankEvents.NeedPosted;
import dk.sammen.offers.offer.OfferDetails;
import dk.sammen.platform.domain.DomainRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A need takes bids until the team accepts one; the accepted bid becomes an offer. */
class NeedTest {

    private final UUID needId = UUID.randomUUID();
    private final UUID courseId = UUID.randomUUID();
    private final UUID bidId = UUID.randomUUID();
    private final LocalDate start = LocalDate.of(2025, 7, 1);
    private final OfferDetails solution = dk.sammen.offers.offer.OfferTestDetails.mentor();
    private AggregateTestFixture<Need> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Need.class);
        now = fixture.currentTime();
    }

    private NeedPosted posted() {
        return new NeedPosted(needId, courseId, Set.of(NeedCategory.HOUSING), "Bo tæt på familien", null, start, start.plusMonths(6), now);
    }

    @Test
    void aTimeFrameRunsForward() {
        fixture.givenNoPriorActivity()
                .when(new PostNeed(needId, courseId, Set.of(NeedCategory.HOUSING), "x", null, start, start.minusDays(1)))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void theAcceptedBidBecomesAnOfferForTheCourseAndClosesTheNeed() {
        UUID offerId = UUID.nameUUIDFromBytes(("bid:" + bidId).getBytes(StandardCharsets.UTF_8));
        BidSubmitted bid = new BidSubmitted(needId, bidId, solution, start, now);
        fixture.given(posted(), bid)
                .when(new AcceptBid(needId, null, bidId, Set.of(solution.owningCentre())))
                .expectEvents(new BidAccepted(needId, bidId, courseId, offerId, solution, start, now));
        fixture.given(posted(), bid, new BidAccepted(needId, bidId, courseId, offerId, solution, start, now))
                .when(new SubmitBid(needId, UUID.randomUUID(), solution, start))
                .expectException(DomainRuleViolation.class);
        fixture.given(posted())
                .when(new AcceptBid(needId, null, bidId, Set.of(solution.owningCentre())))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aBidIsAcceptedOnlyFromACentreTheCoursesConsentNames() {
        Set<Centre> others = EnumSet.complementOf(EnumSet.of(solution.owningCentre()));
        fixture.given(posted(), new BidSubmitted(needId, bidId, solution, start, now))
                .when(new AcceptBid(needId, null, bidId, others))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(solution.owningCentre().name()))
                .expectNoEvents();
    }
}
