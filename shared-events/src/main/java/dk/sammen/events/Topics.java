package dk.sammen.events;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One Kafka topic per publishing service. Topics keep everything (no time-based deletion):
 * the log is what analytics replays.
 */
public final class Topics {

    public static final String PLANS = "sammen.plans";
    public static final String REFERRALS = "sammen.referrals";
    public static final String OFFERS = "sammen.offers";

    /**
     * Every service publishes its audit trail here: who read or changed which young person's
     * data, chained by hashes. For the data-protection officer's tools, not for analytics.
     */
    public static final String AUDIT = "sammen.audit";

    /** The course history: the topics analytics replays. */
    public static final List<String> ALL = List.of(PLANS, REFERRALS, OFFERS);

    /** Every topic with a contract in {@link EventContracts}. */
    public static final List<String> PUBLISHED = List.of(PLANS, REFERRALS, OFFERS, AUDIT);

    /** Which service publishes on each course-history topic: the one whose events it carries. */
    private static final Map<String, String> OWNERS = Map.of(PLANS, "plans", REFERRALS, "referrals", OFFERS, "offers");

    /**
     * The CloudEvent {@code source} of every record on one of {@link #ALL}: its owner's, e.g.
     * {@code /sammen/plans}. Consumers park a record from any other source unread.
     */
    public static URI sourceOf(String topic) {
        return URI.create("/sammen/" + ownerOf(topic));
    }

    /** How the CloudEvent type of every record on one of {@link #ALL} begins, e.g. {@code dk.sammen.plans.}. */
    public static String typePrefixOf(String topic) {
        return "dk.sammen." + ownerOf(topic) + ".";
    }

    private static String ownerOf(String topic) {
        String owner = OWNERS.get(topic);
        if (owner == null) {
            throw new IllegalArgumentException(topic + " is no service's course-history topic");
        }
        return owner;
    }

    /**
     * Where a consumer parks a record it cannot process, after bounded retries: the same key,
     * the original headers and bytes, and {@code kafka_dlt-*} headers saying where it came from,
     * which consumer group parked it, when, and why.
     */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
