package dk.sammen.analytics.projection;

import org.jspecify.annotations.Nullable;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The CloudEvent ids a rebuild has put in its ledger, held exactly: a redelivered event (the log
 * is at-least-once) must be left out, and the twin ledger is filled by the rebuild alone, so what
 * it holds is what this set holds. Ids in UUID form (every service's) take 16 bytes each in an
 * open-addressing table, about 32 MB for a million, where a set of strings would take 120 MB;
 * any other id is kept as it is.
 */
final class SeenEventIds {

    private static final int FIRST_CAPACITY = 1 << 16;

    private long[] high = new long[FIRST_CAPACITY];
    private long[] low = new long[FIRST_CAPACITY];
    private boolean[] used = new boolean[FIRST_CAPACITY];
    private int size;
    private final Set<String> others = new HashSet<>();

    /** Adds the id; {@code true} if it was not there yet. */
    boolean add(String eventId) {
        UUID uuid = asUuid(eventId);
        if (uuid == null) {
            return others.add(eventId);
        }
        if (size * 2 >= used.length) {
            grow();
        }
        return put(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    private boolean put(long hi, long lo) {
        int mask = used.length - 1;
        int slot = (int) mix(hi ^ lo) & mask;
        while (used[slot]) {
            if (high[slot] == hi && low[slot] == lo) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = hi;
        low[slot] = lo;
        size++;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                put(oldHigh[i], oldLow[i]);
            }
        }
    }

    private static long mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** The id as a UUID only when it is one written the standard way, so two spellings of one UUID never meet. */
    private static @Nullable UUID asUuid(String eventId) {
        if (eventId.length() != 36) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(eventId);
            return uuid.toString().equals(eventId) ? uuid : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
