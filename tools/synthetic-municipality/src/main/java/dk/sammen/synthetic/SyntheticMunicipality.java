package dk.sammen.synthetic;

import dk.sammen.events.Centre;
import dk.sammen.events.Topics;
import dk.sammen.events.offers.NeedCategory;
import dk.sammen.events.offers.OfferKind;
import dk.sammen.events.offers.OfferPublishedV2;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A municipality's coordinated youth effort over some years, written as the integration events
 * plans, referrals and offers would have published: young people in the target-group mix of
 * seed 004, notifications of concern, courses with meetings every 6-12 weeks, binding
 * agreements, offers, progression measurements and what followed (education, a job, moving away).
 *
 * <p>Seeded and reproducible: the same seed and size give the same events with the same ids, in
 * the same order. Each young person's history depends only on the seed and their number, so a
 * history of 100 is the first 100 of a history of 10,000.
 *
 * @param youngPeople how many young people (the seed's target group is about 900 at a time)
 * @param firstDay    the first day of the history; every event falls within {@code years} of it
 */
public record SyntheticMunicipality(long seed, int youngPeople, LocalDate firstDay, int years) {

    public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2016, 1, 1);
    public static final int DEFAULT_YEARS = 10;

    public SyntheticMunicipality {
        if (youngPeople < 0 || years < 1) {
            throw new IllegalArgumentException("Needs at least no young people and one year");
        }
    }

    public static SyntheticMunicipality of(long seed, int youngPeople) {
        return new SyntheticMunicipality(seed, youngPeople, DEFAULT_FIRST_DAY, DEFAULT_YEARS);
    }

    /** The day after the last day of the history: nothing happens on or after it. */
    public LocalDate end() {
        return firstDay.plusYears(years);
    }

    /** The offers catalogue first, then each young person's history in time order. */
    public Stream<SyntheticEvent> events() {
        return Stream.concat(catalogue().stream(),
                IntStream.range(0, youngPeople).boxed().flatMap(n -> new YoungPersonHistory(this, n).events().stream()));
    }

    /** The catalogue every course draws from: four offers per centre. */
    public List<SyntheticEvent> catalogue() {
        return OFFERS.stream().map(offer -> new SyntheticEvent(Topics.OFFERS, id("offer-published", offer.name()).toString(),
                firstDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                new OfferPublishedV2(offerId(offer), 1, offer.name(), offer.centre(), offer.kind(), offer.needs(),
                        firstDay.atStartOfDay().toInstant(ZoneOffset.UTC)))).toList();
    }

    UUID offerId(Offer offer) {
        return id("offer", offer.name());
    }

    /** A deterministic id: the same seed and name give the same id. */
    UUID id(String... parts) {
        return UUID.nameUUIDFromBytes((seed + "/" + String.join("/", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An offer of the synthetic catalogue.
     *
     * @param lift how much it raises a young person's monthly chance of reaching education or a
     *             job while it runs, so that the offer analyses have something to find
     */
    record Offer(String name, Centre centre, OfferKind kind, Set<NeedCategory> needs, double lift) {
    }

    static final List<Offer> OFFERS = List.of(
            new Offer("Mødestedet: fremmødeteam", Centre.C_BUR, OfferKind.INDIVIDUAL_SUPPORT, Set.of(NeedCategory.SCHOOL_ATTENDANCE), 0.010),
            new Offer("Familiebehandling", Centre.C_BUR, OfferKind.TREATMENT, Set.of(NeedCategory.FAMILY_SUPPORT), 0.004),
            new Offer("Skolestøtte og lektiecafé", Centre.C_BUR, OfferKind.GROUP, Set.of(NeedCategory.LEARNING), 0.008),
            new Offer("Ungegruppe", Centre.C_BUR, OfferKind.GROUP, Set.of(NeedCategory.SOCIAL_NETWORK), 0.005),
            new Offer("Virksomhedspraktik", Centre.C_ARB, OfferKind.COMPANY_ORIENTED, Set.of(NeedCategory.EMPLOYMENT), 0.020),
            new Offer("Uddannelsesvejledning", Centre.C_ARB, OfferKind.GUIDANCE, Set.of(NeedCategory.EDUCATION_GUIDANCE), 0.015),
            new Offer("Mentorforløb", Centre.C_ARB, OfferKind.INDIVIDUAL_SUPPORT, Set.of(NeedCategory.EVERYDAY_MASTERY), 0.012),
            new Offer("Brobygning til FGU", Centre.C_ARB, OfferKind.EDUCATION, Set.of(NeedCategory.EDUCATION_GUIDANCE), 0.018),
            new Offer("Bostøtte (§85)", Centre.C_SS, OfferKind.HOUSING, Set.of(NeedCategory.HOUSING), 0.004),
            new Offer("Misbrugsbehandling", Centre.C_SS, OfferKind.TREATMENT, Set.of(NeedCategory.SUBSTANCE_USE), 0.006),
            new Offer("Økonomisk rådgivning", Centre.C_SS, OfferKind.GUIDANCE, Set.of(NeedCategory.ECONOMY), 0.002),
            new Offer("Aktivitetstilbud", Centre.C_SS, OfferKind.COMMUNITY_LEISURE, Set.of(NeedCategory.SOCIAL_NETWORK), 0.006),
            new Offer("Psykologsamtaler", Centre.C_SIK, OfferKind.TREATMENT, Set.of(NeedCategory.MENTAL_HEALTH), 0.008),
            new Offer("Sundhedsforløb", Centre.C_SIK, OfferKind.INDIVIDUAL_SUPPORT, Set.of(NeedCategory.PHYSICAL_HEALTH), 0.003),
            new Offer("Idræt og fællesskab", Centre.C_SIK, OfferKind.COMMUNITY_LEISURE, Set.of(NeedCategory.SOCIAL_NETWORK), 0.007),
            new Offer("Mestringsgruppe", Centre.C_SIK, OfferKind.GROUP, Set.of(NeedCategory.EVERYDAY_MASTERY), 0.009));
}
