package dk.sammen.events.referrals;

import dk.sammen.events.EventType;
import dk.sammen.events.IntegrationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The municipality's registers (the youth database, the CPR register) report a young person
 * living here, with their month of birth: the population the national 2030 targets are measured
 * on, whether or not the young person ever has a course. Published once per young person, the
 * first time a signal about them carries their date of birth.
 *
 * @param knownOn the day of that signal
 */
@EventType("dk.sammen.referrals.young-resident-known.v1")
public record YoungResidentKnownV1(
        UUID citizenId,
        String birthMonth,
        LocalDate knownOn,
        Instant recordedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return citizenId.toString();
    }
}
