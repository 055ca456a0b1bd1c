package dk.sammen.plans.course;

import dk.sammen.events.plans.ConsentGiver;
import dk.sammen.platform.security.AccessRefused;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;

import java.util.UUID;

/**
 * A young person or a guardian withdraws only their own consent; a professional on the team
 * records any withdrawal that reached them otherwise. (Who may call at all is the access rules'.)
 */
final class OwnConsent {

    private OwnConsent() {
    }

    static void require(Caller caller, ConsentGiver withdrawnBy, UUID guardianId) {
        if (caller.hasAny(Role.CASEWORKER, Role.TEAM_MEMBER)) {
            return;
        }
        boolean own = caller.has(Role.YOUNG_PERSON) ? withdrawnBy == ConsentGiver.YOUNG_PERSON && guardianId == null
                : caller.has(Role.GUARDIAN) && withdrawnBy == ConsentGiver.GUARDIAN && caller.id() != null
                && caller.id().equals(guardianId);
        if (!own) {
            throw new AccessRefused("A young person or a guardian withdraws their own consent: withdrawnBy "
                    + "(and for a guardian guardianId) must be the caller");
        }
    }
}
