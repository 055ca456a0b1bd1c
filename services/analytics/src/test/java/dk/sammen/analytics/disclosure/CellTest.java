package dk.sammen.analytics.disclosure;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Small counts stay hidden when their row's total is shown beside them. */
class CellTest {

    /**
     * The attack: take a row's total, subtract the cells shown, and solve for the hidden ones,
     * each of which is at least 1 (a zero is always shown). A hidden cell is recovered when it is
     * the only one, or when their sum leaves each just one value. Over many rows, none is.
     */
    @Test
    void noSuppressedCellOfARowCanBeWorkedOutFromItsTotalAndTheOthers() {
        Random random = new Random(20261202);
        int rowsWithHiddenCells = 0;
        for (int n = 0; n < 20_000; n++) {
            long[] counts = new long[2 + random.nextInt(5)];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40);
                total += counts[i];
            }
            List<Cell> cells = Cell.row(counts);

            long shownSum = 0;
            int hidden = 0;
            for (int i = 0; i < counts.length; i++) {
                Cell cell = cells.get(i);
                if (counts[i] > 0 && counts[i] < Cell.SMALLEST_SHOWN) {
                    assertThat(cell.suppressed()).as("a count of %d", counts[i]).isTrue();
                }
                if (cell.suppressed()) {
                    hidden++;
                } else {
                    assertThat(cell.count()).isEqualTo(counts[i]);
                    shownSum += counts[i];
                }
            }
            if (hidden == 0 || Cell.of(total).suppressed()) {
                continue;
            }
            rowsWithHiddenCells++;
            long hiddenSum = total - shownSum;
            // Each hidden cell lies between 1 and hiddenSum - (hidden - 1): at least two values.
            assertThat(hidden).as("hidden cells in %s", Arrays.toString(counts)).isGreaterThanOrEqualTo(2);
            assertThat(hiddenSum - (hidden - 1)).as("the largest a hidden cell of %s can be", Arrays.toString(counts))
                    .isGreaterThan(1);
            assertThat(hiddenSum).isGreaterThanOrEqualTo(Cell.SMALLEST_SHOWN);
        }
        assertThat(rowsWithHiddenCells).as("rows the attack was tried on").isGreaterThan(5_000);
    }

    @Test
    void aLoneSmallCountBesideTheTotalTakesTheNextSmallestWithIt() {
        assertThat(Cell.row(40, 3, 0, 12)).containsExactly(new Cell(40L, false), new Cell(null, true), new Cell(0L, false),
                new Cell(null, true));
        assertThat(Cell.row(40, 2, 2, 12)).as("two hidden, but together under five").containsExactly(new Cell(40L, false),
                new Cell(null, true), new Cell(null, true), new Cell(null, true));
        assertThat(Cell.row(49, 3, 1, 1)).as("three hidden, together five").containsExactly(new Cell(49L, false),
                new Cell(null, true), new Cell(null, true), new Cell(null, true));
    }
}
