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

    public static final List<String> ALL = List.of(PLANS, REFERRALS, OFFERS);

    private Topics() {
    }
}
