package dk.sammen.plans.kernel;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something about a course the team should act on now; computed when the one-plan view is read. */
public record Attention(Kind kind, String message, @Nullable UUID about) {

    public enum Kind {
        NO_NEXT_MEETING, NEXT_MEETING_OVERDUE, NEXT_MEETING_TOO_LATE, AGREEMENT_OVERDUE, UPCOMING_TRANSITION,
        ADULT_TRANSITION_UNPLANNED, DOUBLE_OFFER_UNACKNOWLEDGED
    }

    /**
     * The moment an active course is looked at.
     *
     * @param today       the day it is in Denmark at {@code now}: due dates are days
     * @param activeSince when the course became active, the start of its meeting rhythm
     */
    public record AsOf(Instant now, LocalDate today, @Nullable Instant activeSince) {
    }
}
