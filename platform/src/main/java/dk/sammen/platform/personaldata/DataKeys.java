package dk.sammen.platform.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One data key per data subject (Tink AES-256-GCM keysets), stored wrapped by the master key in
 * the service's own database ({@code data_key}). Erasing a subject deletes its key: everything
 * encrypted under it, in the event store and wherever a copy went, can no longer be read.
 *
 * <p>Unwrapped keys are cached in memory (a bounded LRU); erasure evicts them, and tells whatever
 * else keeps decrypted text in memory ({@link #whenErased}).
 */
public class DataKeys {

    private static final int CACHED = 10_000;

    private final JdbcClient jdbc;
    private final Aead master;
    private final Map<UUID, Aead> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Aead> eldest) {
            return size() > CACHED;
        }
    };

    private final List<Consumer<Collection<UUID>>> erasureListeners = new CopyOnWriteArrayList<>();

    public DataKeys(JdbcClient jdbc, Aead master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    /** The subject's key, made on first use; empty if the subject was erased. */
    public Optional<Aead> forWriting(UUID subject) {
        Optional<Aead> existing = existing(subject);
        if (existing.isPresent() || erased(subject)) {
            return existing;
        }
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master, associatedData(subject));
            jdbc.sql("INSERT INTO data_key (subject_id, wrapped_keyset) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING")
                    .params(subject, wrapped).update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a data key", e);
        }
        return existing(subject); // whichever key won a race
    }

    /** The subject's key if it has one and was not erased. */
    public Optional<Aead> existing(UUID subject) {
        synchronized (cache) {
            Aead cached = cache.get(subject);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<byte[]> wrapped = jdbc.sql("SELECT wrapped_keyset FROM data_key WHERE subject_id = ? AND wrapped_keyset IS NOT NULL")
                .param(subject).query(byte[].class).optional();
        if (wrapped.isEmpty()) {
            return Optional.empty();
        }
        try {
            Aead aead = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped.get(), master, associatedData(subject))
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            synchronized (cache) {
                cache.put(subject, aead);
            }
            return Optional.of(aead);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key of " + subject + " does not open with the master key", e);
        }
    }

    /** Deletes the subjects' keys, for good: what was encrypted under them is erased. */
    public void erase(Collection<UUID> subjects) {
        for (UUID subject : subjects) {
            jdbc.sql("""
                            INSERT INTO data_key (subject_id, wrapped_keyset, erased_at) VALUES (?, NULL, now())
                            ON CONFLICT (subject_id) DO UPDATE SET wrapped_keyset = NULL, erased_at = now()""")
                    .param(subject).update();
        }
        synchronized (cache) {
            subjects.forEach(cache::remove);
        }
        List<UUID> erased = List.copyOf(subjects);
        erasureListeners.forEach(listener -> listener.accept(erased));
    }

    /** Runs {@code listener} whenever subjects are erased: a cache of decrypted text empties itself. */
    public void whenErased(Runnable listener) {
        erasureListeners.add(subjects -> listener.run());
    }

    /**
     * Runs {@code listener} with the subjects whenever some are erased, in the erasing transaction:
     * a read model holding their text readable deletes it with the keys.
     */
    public void whenSubjectsErased(Consumer<Collection<UUID>> listener) {
        erasureListeners.add(listener);
    }

    private boolean erased(UUID subject) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_key WHERE subject_id = ? AND wrapped_keyset IS NULL)")
                .param(subject).query(Boolean.class).single();
    }

    /** Binds a wrapped key to its subject: one subject's row copied onto another's does not open. */
    static byte[] associatedData(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.UTF_8);
    }
}
