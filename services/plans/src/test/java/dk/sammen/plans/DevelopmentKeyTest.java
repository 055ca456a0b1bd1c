package dk.sammen.plans;

import dk.sammen.platform.identity.CitizenPseudonyms;
import dk.sammen.platform.identity.IdentityAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service never runs in production on the pseudonym key everyone can read in the repository. */
class DevelopmentKeyTest {

    private static final String DEVELOPMENT_KEY = "sammen-development-pseudonym-key-not-for-production";

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IdentityAutoConfiguration.class));

    @Test
    void theDevelopmentKeyIsRefusedUnlessTheStackSaysItIsForDevelopment() {
        service.withPropertyValues("sammen.citizen-pseudonym-key=" + DEVELOPMENT_KEY).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("SAMMEN_CITIZEN_PSEUDONYM_KEY");
        });
        service.withPropertyValues("sammen.citizen-pseudonym-key=" + DEVELOPMENT_KEY, "sammen.allow-development-keys=true")
                .run(context -> assertThat(context).hasSingleBean(CitizenPseudonyms.class));
        service.withPropertyValues("sammen.citizen-pseudonym-key=a-real-secret-from-the-municipality")
                .run(context -> assertThat(context).hasSingleBean(CitizenPseudonyms.class));
    }
}
