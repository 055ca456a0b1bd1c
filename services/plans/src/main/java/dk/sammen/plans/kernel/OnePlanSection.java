package dk.sammen.plans.kernel;

import java.util.stream.Stream;

/**
 * A part's section of the one-plan view: the part owns how its events change what the view shows
 * of it, and what of it needs the team's attention. Its events are one sealed type, so a switch
 * over them without a default fails to compile when the part gains an event the section does not
 * show.
 *
 * @param <E> the part's sealed event type: the section is given every event of that type
 */
public interface OnePlanSection<E extends CourseEvent> {

    void apply(E event);

    /** What of this section needs attention in an active course; nothing, unless the part has a rule. */
    default Stream<Attention> attention(Attention.AsOf asOf) {
        return Stream.empty();
    }
}
