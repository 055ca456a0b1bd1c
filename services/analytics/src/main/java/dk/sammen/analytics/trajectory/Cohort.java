package dk.sammen.analytics.trajectory;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/** How young people are grouped for the analyses; a young person can be in several offer groups. */
public enum Cohort {
    /** Everyone together. */
    ALL,
    /** The year their course started. */
    START_YEAR,
    /** Their target-group category. */
    TARGET_GROUP,
    /** Their age when the course started: 13-15, 16-17, 18-24, 25-30. */
    AGE_BAND,
    /** The centre of the tovholder who first held the course. */
    FIRST_CENTRE,
    /** Each offer the course used (a young person counts in each). */
    OFFER,
    /** The offers started in the course's first six months, together. */
    OFFER_COMBINATION;

    static final int COMBINATION_MONTHS = 6;

    List<String> groupsOf(Subject subject) {
        return switch (this) {
            case ALL -> List.of("all");
            case START_YEAR -> List.of(String.valueOf(subject.start().getYear()));
            case TARGET_GROUP -> List.of(subject.targetGroup());
            case AGE_BAND -> List.of(ageBand((int) ChronoUnit.YEARS.between(subject.birthMonth(), subject.start())));
            case FIRST_CENTRE -> List.of(subject.firstCentre() == null ? "unknown" : subject.firstCentre());
            case OFFER -> subject.offers().stream().map(Subject.OfferUse::name).distinct().sorted().toList();
            case OFFER_COMBINATION -> {
                TreeSet<String> early = new TreeSet<>();
                subject.offers().stream().filter(o -> o.startedOn().isBefore(subject.start().plusMonths(COMBINATION_MONTHS)))
                        .forEach(o -> early.add(o.name()));
                yield List.of(early.isEmpty() ? "none" : String.join(" + ", early));
            }
        };
    }

    private static String ageBand(int age) {
        return age <= 15 ? "13-15" : age <= 17 ? "16-17" : age <= 24 ? "18-24" : "25-30";
    }
}
