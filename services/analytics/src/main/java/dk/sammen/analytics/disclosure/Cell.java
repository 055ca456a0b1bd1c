package dk.sammen.analytics.disclosure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A count that leaves the service. Counts from 1 to 4 are suppressed, as official statistics do,
 * so no aggregate points at one or a few young people; zero discloses no one and is shown.
 *
 * @param count null when suppressed
 */
@Schema(description = "A count; counts from 1 to 4 are suppressed (count null, suppressed true)")
/* A suppressed count is an explicit null, so readers cannot mistake it for a missing field. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Cell(Long count, boolean suppressed) {

    public static final int SMALLEST_SHOWN = 5;

    public static Cell of(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? new Cell(null, true) : new Cell(count, false);
    }

    /** A share of two counts, shown only when both counts are. */
    public static Double share(long part, long whole) {
        return whole == 0 || of(part).suppressed() || of(whole).suppressed() ? null : (double) part / whole;
    }
}
