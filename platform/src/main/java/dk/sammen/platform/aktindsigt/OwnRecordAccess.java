package dk.sammen.platform.aktindsigt;

import dk.sammen.platform.domain.Denmark;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who may have a young person's own record, in every service: the young person, a guardian of a
 * minor (not once they are 18; a guardian of someone whose birth date the service does not hold
 * is refused, since it cannot tell), and the data-protection officer, who answers a request that
 * came by letter.
 */
public final class OwnRecordAccess {

    /** The basis of the access, as the record says whom it was produced for. */
    public static final String OWN = "OWN";
    public static final String GUARDIAN = "GUARDIAN";
    public static final String DPO = "DPO";

    /** Why someone's own record is refused, for the caller. */
    public static final String REFUSED = "A young person's own record is theirs, their guardian's while they are under 18, and the "
            + "data-protection officer's when a request comes by letter";

    private OwnRecordAccess() {
    }

    public static Optional<String> basis(Caller caller, UUID citizenId, Function<UUID, Optional<LocalDate>> birthDates, Clock clock) {
        if (caller.has(Role.DATA_PROTECTION_OFFICER)) {
            return Optional.of(DPO);
        }
        if (caller.has(Role.YOUNG_PERSON) && citizenId.equals(caller.id())) {
            return Optional.of(OWN);
        }
        if (caller.has(Role.GUARDIAN) && caller.guardianOf().contains(citizenId)) {
            LocalDate today = LocalDate.now(clock.withZone(Denmark.ZONE));
            boolean minor = birthDates.apply(citizenId).map(born -> born.isAfter(today.minusYears(18))).orElse(false);
            return minor ? Optional.of(GUARDIAN) : Optional.empty();
        }
        return Optional.empty();
    }
}
