package dk.sammen.platform.web;

import dk.sammen.events.EventBounds;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The bounds every value that comes in over HTTP is held to before anything is stored, so no
 * accepted command can become an event a consumer cannot store (PostgreSQL dates end in 5874897,
 * timestamps in 294276; a NUL character is no text PostgreSQL takes). A field with a narrower
 * meaning (a birth date, an amount, a percentage) says so with its own constraint; these are
 * the outer limits. The event contracts state the same ({@link EventBounds}).
 */
public final class EdgeBounds {

    public static final LocalDate EARLIEST_DATE = EventBounds.EARLIEST_DATE;
    public static final LocalDate LATEST_DATE = EventBounds.LATEST_DATE;
    public static final Instant EARLIEST_TIME = EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant LATEST_TIME = LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    /** Longer than any text a person writes into one field; a whole document is no field. */
    public static final int LONGEST_TEXT = 20_000;
    /** Items in one list of a request: more than a page holds. */
    public static final int LONGEST_LIST = 500;
    /** Whole DKK, a year or a month (the contracts' maximum too). */
    public static final long LARGEST_AMOUNT = EventBounds.LARGEST_AMOUNT;
    /** A query parameter: an id, a date, a search text. */
    public static final int LONGEST_PARAMETER = 1_000;

    private EdgeBounds() {
    }

    /** Why {@code date} is refused, or null when it is within bounds. */
    public static @Nullable String refusal(LocalDate date) {
        return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)
                ? "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE : null;
    }

    public static @Nullable String refusal(Instant time) {
        return time.isBefore(EARLIEST_TIME) || time.isAfter(LATEST_TIME)
                ? "must be a time from " + EARLIEST_DATE + " to " + LATEST_DATE : null;
    }

    public static @Nullable String refusal(String text, int longest) {
        if (text.length() > longest) {
            return "must be at most " + longest + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return "must not contain control characters";
            }
        }
        return null;
    }
}
