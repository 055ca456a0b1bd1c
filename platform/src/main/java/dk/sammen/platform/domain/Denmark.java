package dk.sammen.platform.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The municipality's clock: days, ages and legal deadlines are Danish days. */
public final class Denmark {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Denmark() {
    }

    /** The Danish day a moment falls on. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Today, in Denmark. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
