package dk.sammen.analytics.disclosure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A count that leaves the service. Counts from 1 to 4 are suppressed, as official statistics do,
 * so no aggregate points at one or a few young people; zero discloses no one and is shown.
 *
 * @param count null when suppressed
 */
@Schema(description = "A count; counts from 1 to 4 are suppressed (count null, suppressed true)")
/* A suppressed count is an explicit null, so readers cannot mistake it for a missing field. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Cell(@Nullable Long count, boolean suppressed) {

    public static final int SMALLEST_SHOWN = 5;

    public static Cell of(long count) {
        return count > 0 && count < SMALLEST_SHOWN ? new Cell(null, true) : new Cell(count, false);
    }

    /**
     * The cells of a row shown beside its total. Counts from 1 to 4 are suppressed, and then as
     * many more of the smallest as it takes for the suppressed cells to be at least two and
     * together at least {@link #SMALLEST_SHOWN}: the total minus the shown cells gives only their
     * sum, which then pins none of them down (complementary suppression).
     */
    public static List<Cell> row(long... counts) {
        Cell[] cells = new Cell[counts.length];
        for (int i = 0; i < counts.length; i++) {
            cells[i] = of(counts[i]);
        }
        while (true) {
            int hidden = 0;
            long hiddenSum = 0;
            int smallestShown = -1;
            for (int i = 0; i < counts.length; i++) {
                if (cells[i].suppressed()) {
                    hidden++;
                    hiddenSum += counts[i];
                } else if (counts[i] > 0 && (smallestShown < 0 || counts[i] < counts[smallestShown])) {
                    smallestShown = i;
                }
            }
            // With no shown cell left to hide, the hidden ones are the whole row: the total is their sum, below five, and suppressed too.
            if (hidden == 0 || (hidden >= 2 && hiddenSum >= SMALLEST_SHOWN) || smallestShown < 0) {
                return List.of(cells);
            }
            cells[smallestShown] = new Cell(null, true);
        }
    }

    /** A share of two counts, shown only when both counts are. */
    public static @Nullable Double share(long part, long whole) {
        return whole == 0 || of(part).suppressed() || of(whole).suppressed() ? null : (double) part / whole;
    }
}
