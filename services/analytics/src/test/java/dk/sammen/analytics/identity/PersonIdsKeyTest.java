package dk.sammen.analytics.identity;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key decides the ids: a repository's key is refused outside a development stack, and another key gives other ids. */
class PersonIdsKeyTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";

    @Test
    void theDevelopmentKeyIsRefusedUnlessTheStackSaysItIsADevelopmentOne() {
        assertThatThrownBy(() -> new PersonIds(PersonIds.DEVELOPMENT_KEY, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SAMMEN_ANALYTICS_PERSON_ID_KEY");
        assertThat(new PersonIds(PersonIds.DEVELOPMENT_KEY, true).of(UUID.randomUUID())).isNotNull();
        assertThatThrownBy(() -> new PersonIds("too-short", true)).hasMessageContaining("at least 32 characters");
    }

    @Test
    void theSamePersonGetsTheSameIdUnderOneKeyAndAnotherUnderAnother() {
        UUID person = UUID.randomUUID();
        PersonIds ours = new PersonIds(KEY, false);
        assertThat(ours.of(person)).isEqualTo(new PersonIds(KEY, false).of(person))
                .isEqualTo(ours.of(UUID.fromString(person.toString().toUpperCase())))
                .isNotEqualTo(person)
                .isNotEqualTo(new PersonIds(KEY + "-other", false).of(person));
        assertThat(ours.of(person).version()).isEqualTo(8);
    }
}
