package dk.sammen.platform.consistency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service whose {@code @ReadsFrom} names a processor it does not have, or one kept in the
 * command's transaction, does not start: otherwise every read sending a token would wait the
 * longest time and then be refused.
 */
class ReadsFromCheckTest {

    @Configuration
    @EnableWebMvc
    static class Web {
    }

    @ProcessingGroup("one-plan")
    static class TrackedProjection {
    }

    @ProcessingGroup("course-access")
    static class InTheCommandsTransaction {
    }

    @RestController
    static class ReadsATrackedProjection {
        @ReadsFrom("one-plan")
        @GetMapping("/courses")
        String courses() {
            return "";
        }
    }

    @RestController
    static class ReadsAMisspeltProjection {
        @ReadsFrom("one-plna")
        @GetMapping("/worklist")
        String worklist() {
            return "";
        }
    }

    @RestController
    static class ReadsASubscribingProjection {
        @ReadsFrom("course-access")
        @GetMapping("/access")
        String access() {
            return "";
        }
    }

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withUserConfiguration(Web.class, TrackedProjection.class, InTheCommandsTransaction.class)
            .withBean(EventProcessorProperties.class, ReadsFromCheckTest::courseAccessSubscribing)
            .withBean(ReadsFromCheck.class);

    @Test
    void aServiceWhoseReadsNameItsStreamingProcessorsStarts() {
        service.withUserConfiguration(ReadsATrackedProjection.class).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aMisspeltProcessorStopsTheServiceNamingTheEndpointAndTheName() {
        service.withUserConfiguration(ReadsATrackedProjection.class, ReadsAMisspeltProjection.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("reads from 'one-plna'")
                    .hasMessageContaining("worklist").hasMessageContaining("one-plan");
        });
    }

    @Test
    void aProcessorKeptInTheCommandsTransactionStopsTheService() {
        service.withUserConfiguration(ReadsASubscribingProjection.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class).hasMessageContaining("reads from 'course-access'");
        });
    }

    private static EventProcessorProperties courseAccessSubscribing() {
        EventProcessorProperties properties = new EventProcessorProperties();
        EventProcessorProperties.ProcessorSettings subscribing = new EventProcessorProperties.ProcessorSettings();
        subscribing.setMode(EventProcessorProperties.Mode.SUBSCRIBING);
        properties.getProcessors().put("course-access", subscribing);
        return properties;
    }
}
