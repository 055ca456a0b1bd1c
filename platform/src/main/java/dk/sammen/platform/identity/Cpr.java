package dk.sammen.platform.identity;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Danish CPR number (personnummer): ten digits, DDMMYY and a four-digit serial whose first
 * digit gives the century of birth. The modulus-11 check is deliberately not applied: numbers
 * without it have been issued since 2007.
 *
 * <p>It never leaves the plans service and never appears in a log: {@link #toString()} hides it.
 */
public final class Cpr {

    private final String digits;
    private final LocalDate birthDate;

    private Cpr(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /** Accepts {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}; the reason it is invalid otherwise. */
    public static Cpr parse(String text) {
        return parseOrReason(text).cpr().orElseThrow(() -> new IllegalArgumentException(parseOrReason(text).reason()));
    }

    /** Why a text is not a valid CPR number, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        return Optional.ofNullable(parseOrReason(text).reason());
    }

    private static Parsed parseOrReason(String text) {
        if (text == null) {
            return Parsed.invalid("must be a CPR number");
        }
        String digits = text.strip().replace("-", "");
        if (!digits.matches("\\d{10}") || !text.strip().matches("\\d{6}-?\\d{4}")) {
            return Parsed.invalid("must be 10 digits, DDMMYY-SSSS");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = century(digits.charAt(6) - '0', Integer.parseInt(digits.substring(4, 6)));
        try {
            return new Parsed(new Cpr(digits, LocalDate.of(year, month, day)), null);
        } catch (DateTimeException e) {
            return Parsed.invalid("does not start with a real date of birth (DDMMYY)");
        }
    }

    /** The CPR office's rule: the 7th digit and the two-digit year give the full year of birth. */
    public static int century(int seventhDigit, int yy) {
        return switch (seventhDigit) {
            case 0, 1, 2, 3 -> 1900 + yy;
            case 4, 9 -> yy <= 36 ? 2000 + yy : 1900 + yy;
            default -> yy <= 57 ? 2000 + yy : 1800 + yy;
        };
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The ten digits, for storing in the citizen register and nowhere else. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cpr cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Cpr[hidden]";
    }

    private record Parsed(@Nullable Cpr cpr0, @Nullable String reason) {
        static Parsed invalid(String reason) {
            return new Parsed(null, reason);
        }

        Optional<Cpr> cpr() {
            return Optional.ofNullable(cpr0);
        }
    }
}
