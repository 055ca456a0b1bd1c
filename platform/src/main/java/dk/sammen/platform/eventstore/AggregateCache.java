package dk.sammen.platform.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;

/**
 * Aggregates kept in memory between commands, so a command on a course with a long history does
 * not read and decrypt its events again ({@code @Aggregate(cache = AggregateCache.BEAN)}).
 *
 * <p>Safe with several replicas: before a cached aggregate is used, its version is compared with
 * the last sequence number stored for it (one look-up on the event table's unique index, in the
 * command's transaction); if another replica stored an event since, the entry is dropped and the
 * aggregate read from the event store as without a cache. Two commands racing past that check still
 * meet the unique key on {@code (aggregate_identifier, sequence_number)}, as without a cache, and
 * Axon drops the entry of a command that failed.
 *
 * <p>The cached aggregates hold decrypted personal text: erasing a subject's data key
 * ({@link dk.sammen.platform.personaldata.DataKeys#erase}) empties the cache of the instance that
 * erased, and entries idle for {@code sammen.aggregate-cache.idle-expiry} (default 10 minutes)
 * leave every other instance's cache; bounded by {@code sammen.aggregate-cache.max-entries}.
 */
public final class AggregateCache implements Cache {

    /** The bean name an aggregate names in {@code @Aggregate(cache = …)}. */
    public static final String BEAN = "aggregateCache";

    /** An entry and the version it had when stored: Axon's entry does not say. */
    private record Cached(Object entry, long version) {
    }

    private final com.github.benmanes.caffeine.cache.Cache<Object, Cached> entries;
    private final JdbcClient jdbc;

    public AggregateCache(JdbcClient jdbc, long maxEntries, Duration idleExpiry) {
        this.jdbc = jdbc;
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterAccess(idleExpiry).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> @Nullable V get(K key) {
        Cached cached = entries.getIfPresent(key);
        if (cached == null) {
            return null;
        }
        if (cached.version() != lastStored(key)) {
            entries.invalidate(key);
            return null;
        }
        return (V) cached.entry();
    }

    /** Keeps an aggregate whose version is known; anything else is not kept (it could not be checked). */
    @Override
    public void put(Object key, Object value) {
        Long version = versionOf(value);
        if (version == null) {
            entries.invalidate(key);
        } else {
            entries.put(key, new Cached(value, version));
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Long version = versionOf(value);
        return version != null && entries.asMap().putIfAbsent(key, new Cached(value, version)) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    /**
     * Empties the cache now and, inside a transaction, again once it has ended: a command that
     * loaded an aggregate meanwhile would otherwise put its decrypted text back.
     */
    public void removeAllNowAndAfterTransaction() {
        removeAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    removeAll();
                }
            });
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.getIfPresent(key) != null;
    }

    /** Axon registers listeners for caches of sagas, which this cache does not hold. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("The aggregate cache has no entry listeners");
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private long lastStored(Object aggregateId) {
        return jdbc.sql("SELECT COALESCE(max(sequence_number), -1) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId.toString()).query(Long.class).single();
    }

    /**
     * The version of the aggregate in Axon's entry. The entry keeps the live aggregate as long as
     * it stays in memory (which this cache never leaves), and gives it back without looking at
     * the arguments; the version of anything else is unknown.
     */
    private static @Nullable Long versionOf(Object value) {
        if (value instanceof AggregateCacheEntry<?> entry) {
            EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
            return aggregate == null ? null : aggregate.version();
        }
        return null;
    }
}
