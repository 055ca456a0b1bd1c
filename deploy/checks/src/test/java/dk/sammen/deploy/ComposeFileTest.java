package dk.sammen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml, checked offline with dclint (the Compose Specification's schema and its
 * rules; the file keeps start-up order rather than alphabetical order, so the three ordering
 * rules are off) and for what operators rely on.
 */
class ComposeFileTest {

    static final Path COMPOSE = NodeTool.ROOT.resolve("docker-compose.yml");
    private static final List<String> STYLE_ONLY = List.of("services-alphabetical-order", "service-keys-order",
            "top-level-properties-order");

    static NodeTool.Result lint(Path file) {
        List<String> command = new java.util.ArrayList<>(List.of("node", "node_modules/dclint/bin/dclint.cjs", file.toString(),
                "--max-warnings", "0", "--color", "false", "--disable-rule"));
        command.addAll(STYLE_ONLY);
        return NodeTool.run(command.toArray(String[]::new));
    }

    @Test
    void theComposeFileFollowsTheSpecification() {
        NodeTool.Result lint = lint(COMPOSE);
        assertThat(lint.ok()).as(lint.output()).isTrue();
    }

    @Test
    void aBrokenComposeFileFailsTheCheck() throws IOException {
        Path broken = Files.createTempFile("compose-", ".yml");
        try {
            Files.writeString(broken, Files.readString(COMPOSE).replaceFirst("    healthcheck:\n      test: \\[\"CMD-SHELL\", \"pg_isready",
                    "    healthchek:\n      test: [\"CMD-SHELL\", \"pg_isready"));
            NodeTool.Result lint = lint(broken);
            assertThat(lint.ok()).isFalse();
            assertThat(lint.output()).contains("/services/postgres", "additional properties");
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void everyContainerIsPinnedLimitedAndHealthChecked() throws IOException {
        // SnakeYAML resolves the file's anchors and merge keys (<<) the way Compose does.
        JsonNode services = new ObjectMapper().valueToTree(new Yaml().load(Files.readString(COMPOSE))).get("services");
        for (String name : List.of("postgres", "kafka", "plans", "referrals", "offers", "analytics")) {
            JsonNode service = services.get(name);
            String image = service.path("image").asText();
            assertThat(image).as(name).doesNotEndWith(":latest").matches(".+:(\\$\\{SAMMEN_VERSION}|[0-9][\\w.-]*)");
            assertThat(service.path("mem_limit").asText()).as(name + " memory limit").isNotEmpty();
            assertThat(service.at("/healthcheck/test").isMissingNode()).as(name + " healthcheck").isFalse();
        }
        for (String name : List.of("plans", "referrals", "offers", "analytics")) {
            JsonNode dependsOn = services.get(name).get("depends_on");
            assertThat(dependsOn.at("/postgres/condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(dependsOn.at("/kafka/condition").asText()).as(name).isEqualTo("service_healthy");
            assertThat(dependsOn.at("/kafka-topics/condition").asText()).as(name).isEqualTo("service_completed_successfully");
        }
        assertThat(services.at("/kafka-topics/command/0").asText()).contains("retention.ms=-1", "--partitions ${KAFKA_PARTITIONS}");
        assertThat(NodeTool.ROOT.resolve(".env")).content().contains("KAFKA_PARTITIONS=6", "PLANS_PORT=");
    }
}
