package dk.sammen.analytics.projection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SeenEventIdsTest {

    @Test
    void everyIdIsNewOnceAndOnlyOnceThroughManyGrowths() {
        SeenEventIds seen = new SeenEventIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            ids.add(UUID.randomUUID().toString());
        }

        assertThat(ids).allMatch(seen::add);
        assertThat(ids).noneMatch(seen::add);
    }

    @Test
    void idsThatAreNoUuidsAndOtherSpellingsAreKeptAsWritten() {
        SeenEventIds seen = new SeenEventIds();
        String id = "0b6f2c1e-8a4d-4c1b-9f3e-2d5a7b9c1e3f";

        assertThat(seen.add(id)).isTrue();
        assertThat(seen.add(id.toUpperCase())).as("another spelling is another CloudEvent id").isTrue();
        assertThat(seen.add("synthetic-42")).isTrue();
        assertThat(seen.add("synthetic-42")).isFalse();
        assertThat(seen.add(id.toUpperCase())).isFalse();
        assertThat(seen.add(id)).isFalse();
    }
}
