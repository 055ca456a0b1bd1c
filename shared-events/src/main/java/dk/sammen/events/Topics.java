package dk.sammen.events;

import java.util.List;

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
