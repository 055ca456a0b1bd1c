package dk.sammen.referrals.referral;

import dk.sammen.events.Centre;
import dk.sammen.events.offers.OfferPublishedV1;
import dk.sammen.events.offers.OfferPublishedV2;
import dk.sammen.events.plans.ConsentRecordedV1;
import dk.sammen.events.plans.ConsentWithdrawnV1;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.events.plans.TeamMemberAddedV1;
import dk.sammen.events.plans.TeamMemberRemovedV1;
import dk.sammen.events.plans.TovholderAssignedV1;
import dk.sammen.platform.kafka.IntegrationEvents;
import dk.sammen.referrals.erasure.ErasedCitizens;
import io.cloudevents.CloudEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a referral is decided on, kept from the other services' events: the centres a course's
 * consent covers (every current consent must cover a centre), who is on the course's team, and
 * the centre owning an offer.
 * Both consumers are idempotent: a redelivered event leaves the same rows.
 */
@Component
class ReferralFacts {

    private static final String YOUNG_PERSON = "YOUNG_PERSON";

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    ReferralFacts(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @KafkaListener(id = "referral-consents", topics = "#{@plansTopic}", groupId = "${sammen.referrals.consent-group:referrals-consents}",
            containerFactory = "cloudEventListenerFactory")
    void onPlans(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            // A consent or course that reaches referrals after its young person's erasure stays out.
            case ConsentRecordedV1 consent when erased.erasedSince(consent.citizenId(), consent.recordedAt()) -> {
            }
            case ConsentRecordedV1 consent -> jdbc.sql("""
                            INSERT INTO course_consent (course_id, party, citizen_id, shared_with) VALUES (?, ?, ?, ?)
                            ON CONFLICT (course_id, party) DO UPDATE SET shared_with = EXCLUDED.shared_with""")
                    .params(consent.courseId(), party(consent.guardianId()), consent.citizenId(),
                            consent.sharedWith().stream().map(Enum::name).toArray(String[]::new))
                    .update();
            case ConsentWithdrawnV1 withdrawn -> jdbc.sql("DELETE FROM course_consent WHERE course_id = ? AND party = ?")
                    .params(withdrawn.courseId(), party(withdrawn.guardianId())).update();
            case TovholderAssignedV1 assigned -> {
                if (assigned.previousTovholderId() != null) {
                    leaveTeam(assigned.courseId(), assigned.previousTovholderId());
                }
                joinTeam(assigned.courseId(), assigned.tovholderId());
            }
            case TeamMemberAddedV1 added -> joinTeam(added.courseId(), added.memberId());
            case TeamMemberRemovedV1 removed -> leaveTeam(removed.courseId(), removed.memberId());
            case null, default -> {
                // Other facts of a course do not change whether, or by whom, a referral may be made.
            }
        }
    }

    /**
     * Whose course each course is. A consumer group of its own, so it reads plans' topic from the
     * beginning however far the consents' group has come.
     */
    @KafkaListener(id = "referral-course-citizens", topics = "#{@plansTopic}",
            groupId = "${sammen.referrals.course-citizen-group:referrals-course-citizens}", containerFactory = "cloudEventListenerFactory")
    void onCourses(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case CourseOpenedV1 opened when erased.erasedSince(opened.citizenId(), opened.openedAt()) -> {
            }
            case CourseOpenedV1 opened -> jdbc.sql("INSERT INTO course_citizen (course_id, citizen_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(opened.courseId(), opened.citizenId()).update();
            case PersonalDataErasedV1 erased -> jdbc.sql("DELETE FROM course_citizen WHERE citizen_id = ?").param(erased.citizenId()).update();
            case null, default -> {
                // Only whose course it is, and its end with the young person's erasure.
            }
        }
    }

    @KafkaListener(id = "referral-offers", topics = "#{@offersTopic}", groupId = "${sammen.referrals.offer-group:referrals-offers}",
            containerFactory = "cloudEventListenerFactory")
    void onOffers(CloudEvent event) {
        switch (IntegrationEvents.decode(event).orElse(null)) {
            case OfferPublishedV2 offer -> keepOffer(offer.offerId(), offer.revision(), offer.owningCentre());
            case OfferPublishedV1 offer -> keepOffer(offer.offerId(), offer.revision(), offer.owningCentre());
            case null, default -> {
                // Only which centre an offer belongs to matters here.
            }
        }
    }

    private void keepOffer(UUID offerId, int revision, Centre centre) {
        jdbc.sql("""
                        INSERT INTO offer_centre (offer_id, revision, centre) VALUES (?, ?, ?)
                        ON CONFLICT (offer_id) DO UPDATE SET revision = EXCLUDED.revision, centre = EXCLUDED.centre
                        WHERE offer_centre.revision < EXCLUDED.revision""")
                .params(offerId, revision, centre.name()).update();
    }

    private static String party(UUID guardianId) {
        return guardianId == null ? YOUNG_PERSON : guardianId.toString();
    }

    Optional<Centre> centreOf(UUID offerId) {
        return jdbc.sql("SELECT centre FROM offer_centre WHERE offer_id = ?").param(offerId).query(String.class).optional().map(Centre::valueOf);
    }

    private void joinTeam(UUID courseId, UUID personId) {
        jdbc.sql("INSERT INTO course_team (course_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(courseId, personId).update();
    }

    private void leaveTeam(UUID courseId, UUID personId) {
        jdbc.sql("DELETE FROM course_team WHERE course_id = ? AND person_id = ?").params(courseId, personId).update();
    }

    /**
     * The course's young person and the centres every current consent covers; empty when the
     * young person's own consent is not among them (a guardian's, given while they were a minor,
     * never stands in for it).
     */
    Optional<CourseConsent> consentOf(UUID courseId) {
        List<CourseConsent> parties = jdbc.sql("""
                        SELECT citizen_id, shared_with FROM course_consent WHERE course_id = ?
                        AND EXISTS (SELECT 1 FROM course_consent own WHERE own.course_id = course_consent.course_id AND own.party = ?)""")
                .params(courseId, YOUNG_PERSON)
                .query((rs, n) -> {
                    Set<Centre> centres = EnumSet.noneOf(Centre.class);
                    Arrays.stream((String[]) rs.getArray("shared_with").getArray()).forEach(c -> centres.add(Centre.valueOf(c)));
                    return new CourseConsent(rs.getObject("citizen_id", UUID.class), centres);
                })
                .list();
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        Set<Centre> shared = EnumSet.allOf(Centre.class);
        parties.forEach(party -> shared.retainAll(party.sharedWith()));
        return Optional.of(new CourseConsent(parties.get(0).citizenId(), shared));
    }

    record CourseConsent(UUID citizenId, Set<Centre> sharedWith) {
    }
}
