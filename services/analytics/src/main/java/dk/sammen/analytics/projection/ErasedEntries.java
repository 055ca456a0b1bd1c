package dk.sammen.analytics.projection;

import java.util.Collection;
import java.util.Set;

/**
 * Which entries of a batch are about someone erased, and so stay out of every projection. Asked
 * by {@link Projections} before it applies a batch; the erasure feature answers it, so the
 * projections know nothing of how erasure is kept.
 */
public interface ErasedEntries {

    /**
     * The event ids of the entries to leave out. It may erase more in the batch's transaction as
     * it learns (an entry tying an underretning to someone already erased).
     */
    Set<String> leaveOut(ProjectionSchema schema, Collection<TimelineEntry> entries);
}
