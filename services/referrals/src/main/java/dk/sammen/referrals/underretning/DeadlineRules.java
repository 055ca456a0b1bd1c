package dk.sammen.referrals.underretning;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.sammen.platform.domain.Denmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The legal deadlines of an underretning (Barnets Lov, chapter 16, on underretninger): the
 * municipality assesses within 24 hours of receipt whether the child's health or development is
 * in danger and acute measures are needed, and sends a named professional reporter a receipt
 * within 6 working days. Working days are Monday to Friday except Danish public holidays, taken
 * from the maintained jollyday calendar (which knows, for one, that Store Bededag ended in 2023).
 * Both are configuration ({@code sammen.referrals.deadlines.*}) with these defaults.
 *
 * @param assessmentWithin     {@code sammen.referrals.deadlines.assessment-within}, default 24 hours
 * @param receiptWorkingDays   {@code sammen.referrals.deadlines.receipt-working-days}, default 6
 */
public record DeadlineRules(Duration assessmentWithin, int receiptWorkingDays) {

    private static final HolidayManager HOLIDAYS = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

    public Instant assessmentDue(Instant receivedAt) {
        return receivedAt.plus(assessmentWithin);
    }

    /** The end of the last working day of the period that starts the day after receipt. */
    public Instant receiptDue(Instant receivedAt) {
        LocalDate day = LocalDate.ofInstant(receivedAt, Denmark.ZONE);
        int counted = 0;
        while (counted < receiptWorkingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(Denmark.ZONE).toInstant();
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.isHoliday(day);
    }
}
