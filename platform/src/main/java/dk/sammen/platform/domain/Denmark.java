package dk.sammen.platform.domain;

import java.time.ZoneId;

/** The municipality's clock: days, ages and legal deadlines are Danish days. */
public final class Denmark {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Denmark() {
    }
}
