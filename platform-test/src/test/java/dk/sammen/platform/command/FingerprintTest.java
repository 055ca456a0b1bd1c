package dk.sammen.platform.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The same request has the same fingerprint whatever order its sets and maps iterate in, in this JVM and in another. */
class FingerprintTest {

    enum Centre { C_BUR, C_ARB, C_SS, C_SIK, EXTERNAL, NETWORK, A, B, C, D, E, F }

    record Request(String name, Set<Centre> sharedWith, Map<String, Integer> counts, List<String> ordered) {
    }

    private static final Fingerprint FINGERPRINT = new Fingerprint(new ObjectMapper());

    /** A request whose set iterates in its elements' hash order: their identity, in an enum's case different in every JVM. */
    static Request hashOrdered() {
        return new Request("Maja", new HashSet<>(EnumSet.allOf(Centre.class)), Map.of("b", 2, "a", 1, "c", 3), List.of("z", "a"));
    }

    @Test
    void setsAndMapsInAnyOrderGiveOneFingerprintAndListsKeepTheirs() {
        List<Centre> all = new ArrayList<>(EnumSet.allOf(Centre.class));
        Set<Centre> forwards = new LinkedHashSet<>(all);
        Set<Centre> backwards = new LinkedHashSet<>(all.reversed());
        Map<String, Integer> ab = new LinkedHashMap<>(Map.of("a", 1));
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>(Map.of("b", 2));
        ba.put("a", 1);

        assertThat(FINGERPRINT.of(new Request("Maja", forwards, ab, List.of("z", "a"))))
                .isEqualTo(FINGERPRINT.of(new Request("Maja", backwards, ba, List.of("z", "a"))));
        assertThat(FINGERPRINT.of(new Request("Maja", forwards, ab, List.of("a", "z"))))
                .as("a list's order is part of the request").isNotEqualTo(FINGERPRINT.of(new Request("Maja", forwards, ab, List.of("z", "a"))));
        assertThat(FINGERPRINT.of(new Request("Maja", EnumSet.of(Centre.C_BUR), ab, List.of())))
                .isNotEqualTo(FINGERPRINT.of(new Request("Maja", EnumSet.of(Centre.C_ARB), ab, List.of())));
    }

    @Test
    void anotherJvmGivesTheSameFingerprint() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InAnotherJvm.class.getName())
                .redirectErrorStream(true).start();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(printed).isEqualTo(FINGERPRINT.of(hashOrdered()));
    }

    /** Prints the fingerprint of {@link #hashOrdered()} as a second JVM computes it. */
    static final class InAnotherJvm {
        public static void main(String[] args) {
            System.out.println(FINGERPRINT.of(hashOrdered()));
        }
    }
}
