package dk.sammen.events;

import java.time.LocalDate;

/**
 * The outer bounds of every date and time in every contract, and of every amount: what the
 * services' HTTP edge holds each request to (platform {@code EdgeBounds}), so no event a service
 * accepted is one a consumer cannot store. Each JSON Schema states them: a date or time matches
 * {@link #YEAR_PATTERN}, an amount has {@link #LARGEST_AMOUNT} as its maximum.
 */
public final class EventBounds {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);
    /** The year of an ISO-8601 date or time from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    public static final String YEAR_PATTERN = "^(19[0-9]{2}|20[0-9]{2}|2100)-";
    /** Whole DKK, a year or a month: a thousand times a residential stay (seed 003, about a million a year). */
    public static final long LARGEST_AMOUNT = 1_000_000_000L;

    private EventBounds() {
    }
}
