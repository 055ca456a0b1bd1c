package dk.sammen.plans.course;

import dk.sammen.events.Centre;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The centre where a course was first met: the centre of the caseworker who offered it, or for a
 * course opened on intake's decision the centre that receives underretninger
 * ({@code sammen.plans.intake-centre}, C_BUR by default: the integration event names no centre).
 * A course no one holds waits in that centre's queue. Courses opened on intake's decision before
 * their events carried a centre are read as intake's.
 */
@Component
public class FirstContact {

    private final Centre intakeCentre;

    FirstContact(@Value("${sammen.plans.intake-centre:C_BUR}") Centre intakeCentre) {
        this.intakeCentre = intakeCentre;
    }

    public String intakeCentre() {
        return intakeCentre.name();
    }

    /** From the opening command's caller: its centre, or intake's for a course no one opened. */
    public Optional<String> centreOf(@Nullable String openedBy, @Nullable String openersCentre) {
        if (openersCentre != null) {
            return Optional.of(openersCentre);
        }
        return openedBy == null ? Optional.of(intakeCentre()) : Optional.empty();
    }
}
