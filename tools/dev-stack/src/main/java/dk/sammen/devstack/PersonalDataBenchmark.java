package dk.sammen.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.zaxxer.hikari.HikariDataSource;
import dk.sammen.platform.personaldata.DataKeys;
import dk.sammen.platform.personaldata.DataSubject;
import dk.sammen.platform.personaldata.PersonalData;
import dk.sammen.platform.test.infra.PostgresLocator;
import dk.sammen.platform.test.infra.PostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * {@code ./sammen bench personal-data}: what encrypting a stored event's personal text costs, per
 * event written and read back, against the same event without {@code @PersonalData}: the
 * event serializer's work with and without the data keys (keys cached, as in a running service),
 * on one thread. Prints figures; asserts nothing.
 */
public final class PersonalDataBenchmark {

    /** A goal as the plans service stores it, words and all. */
    record Goal(UUID courseId, UUID goalId, @PersonalData String inOwnWords, @PersonalData String how, String area)
            implements DataSubject {
        @Override
        public UUID dataSubject() {
            return courseId;
        }
    }

    record PlainGoal(UUID courseId, UUID goalId, String inOwnWords, String how, String area) {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 200_000);
        int subjects = Integer.getInteger("bench.subjects", 1_000);
        Path work = Files.createTempDirectory("sammen-bench-");
        PostgresServer postgres = PostgresLocator.locate(work.resolve("postgres"));
        String database = "bench_personal_data_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.recreateDatabase(database);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.jdbcUrl(database));
        pool.setUsername(postgres.user());
        pool.setPassword(postgres.password());
        try (pool) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql(new String(PersonalDataBenchmark.class.getResourceAsStream("/db/personaldata/V0_5__data_keys.sql").readAllBytes())).update();
            AeadConfig.register();
            // A master key of this run: what is measured is the work, not which key.
            Aead master = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
            DataKeys keys = new DataKeys(jdbc, master);
            ObjectMapper encrypting = new ObjectMapper();
            encrypting.setConfig(encrypting.getSerializationConfig().withAttribute(DataKeys.class, keys));
            encrypting.setConfig(encrypting.getDeserializationConfig().withAttribute(DataKeys.class, keys));
            ObjectMapper plain = new ObjectMapper();

            List<UUID> courses = java.util.stream.IntStream.range(0, subjects).mapToObj(i -> UUID.randomUUID()).toList();
            String words = "Jeg vil gerne i praktik i en børnehave og have en uddannelse, så jeg kan arbejde med børn. ".repeat(3);
            long started = System.nanoTime();
            courses.forEach(course -> keys.forWriting(course));
            System.out.printf("[figures] %,d data keys made, wrapped and stored (pooled connections): %.2f ms each%n", subjects,
                    (System.nanoTime() - started) / 1e6 / subjects);

            for (int round = 0; round < 3; round++) {
                double plainMicros = time(events, i -> {
                    PlainGoal goal = new PlainGoal(courses.get(i % subjects), UUID.randomUUID(), words, "Med mentor", "EDUCATION");
                    return plain.readValue(plain.writeValueAsBytes(goal), PlainGoal.class);
                });
                double sealedMicros = time(events, i -> {
                    Goal goal = new Goal(courses.get(i % subjects), UUID.randomUUID(), words, "Med mentor", "EDUCATION");
                    return encrypting.readValue(encrypting.writeValueAsBytes(goal), Goal.class);
                });
                System.out.printf("[figures] round %d: an event with two texts (%d characters) written and read back: "
                                + "plain %.2f µs, encrypted %.2f µs (+%.2f µs per event), over %,d events and %,d keys%n",
                        round + 1, words.length() + 10, plainMicros, sealedMicros, sealedMicros - plainMicros, events, subjects);
            }
        } finally {
            postgres.dropDatabase(database);
            LocalStack.wipe(work);
        }
    }

    interface Step {
        Object run(int i) throws Exception;
    }

    private static double time(int events, Step step) throws Exception {
        Object sink = null;
        long started = System.nanoTime();
        for (int i = 0; i < events; i++) {
            sink = step.run(i);
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - started) / 1e3 / events;
    }
}
