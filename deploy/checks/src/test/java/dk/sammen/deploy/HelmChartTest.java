package dk.sammen.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart, checked offline: helm lint --strict, the output of helm template for each
 * values file under ci/ equal to the committed manifests in deploy/helm/rendered (regenerate with
 * -Dhelm.render.write=true and review the diff), every manifest valid against the Kubernetes and
 * operators' schemas, and what every service must have.
 */
class HelmChartTest {

    static final Path CHART = NodeTool.ROOT.resolve("deploy/helm/sammen");
    static final Path RENDERED = NodeTool.ROOT.resolve("deploy/helm/rendered");
    static final List<String> SERVICES = List.of("plans", "referrals", "offers", "analytics");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theChartLintsStrictly() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "own-infrastructure", "minimal"})
    void theRenderedManifestsAreTheCommittedOnesAndValid(String values) throws IOException {
        String rendered = render(values);
        Path committed = RENDERED.resolve(values + ".yaml");
        if (Boolean.getBoolean("helm.render.write")) {
            Files.createDirectories(RENDERED);
            Files.writeString(committed, rendered);
        }
        assertThat(committed).as("regenerate with ./mvnw -pl deploy/checks verify -Dhelm.render.write=true").exists();
        assertThat(rendered).as("deploy/helm/rendered/" + values + ".yaml is stale").isEqualTo(Files.readString(committed));

        NodeTool.Result validation = NodeTool.validateManifests(committed);
        assertThat(validation.ok()).as(validation.output()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "own-infrastructure"})
    void everyServiceHasProbesResourcesSecurityAndItsPolicies(String values) throws IOException {
        List<JsonNode> manifests = manifests(render(values));
        for (String service : SERVICES) {
            String name = "sammen-" + service;
            JsonNode deployment = find(manifests, "Deployment", name);
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.at("/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/lifecycle/preStop").isMissingNode()).as(name + " preStop").isFalse();
            assertThat(container.at("/resources/requests/memory").asText()).as(name).isNotEmpty();
            assertThat(container.at("/resources/limits/memory").asText()).as(name).isNotEmpty();
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as(name).isFalse();
            assertThat(container.at("/securityContext/capabilities/drop/0").asText()).as(name).isEqualTo("ALL");
            assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).as(name).isGreaterThanOrEqualTo(30);
            assertThat(find(manifests, "Service", name).at("/spec/ports/0/name").asText()).isEqualTo("http");
            assertThat(find(manifests, "PodDisruptionBudget", name).at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())
                    .isEqualTo(service);
            assertThat(find(manifests, "HorizontalPodAutoscaler", name).at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            JsonNode policy = find(manifests, "NetworkPolicy", name);
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(policy.at("/spec/egress").toString()).as(name + " egress").contains("\"port\":53", "\"port\":5432");
            assertThat(find(manifests, "ServiceMonitor", name).at("/spec/endpoints/0/path").asText()).isEqualTo("/actuator/prometheus");
        }
    }

    @Test
    void kafkaTopicsKeepEverythingAndPostgresIsOneClusterPerService() throws IOException {
        List<JsonNode> manifests = manifests(render("default"));
        List<JsonNode> topics = manifests.stream().filter(m -> m.path("kind").asText().equals("KafkaTopic")).toList();
        assertThat(topics).extracting(t -> t.at("/spec/topicName").asText())
                .containsExactlyInAnyOrder("sammen.plans", "sammen.referrals", "sammen.offers", "sammen.audit",
                        "sammen.plans.dlt", "sammen.referrals.dlt", "sammen.offers.dlt");
        for (JsonNode topic : topics) {
            assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
            assertThat(topic.at("/spec/partitions").asInt()).isEqualTo(6);
        }
        assertThat(find(manifests, "Kafka", "sammen-kafka").at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(manifests.stream().filter(m -> m.path("kind").asText().equals("Cluster")).map(m -> m.at("/spec/bootstrap/initdb/database").asText()))
                .containsExactlyInAnyOrder("sammen_plans", "sammen_referrals", "sammen_offers", "sammen_analytics");

        List<JsonNode> own = manifests(render("own-infrastructure"));
        assertThat(own).noneMatch(m -> Stream.of("Kafka", "KafkaTopic", "KafkaNodePool", "Cluster", "Secret")
                .anyMatch(kind -> kind.equals(m.path("kind").asText())));
    }

    /**
     * Kafka is no open door: its one listener takes TLS and a login, and each service's login
     * writes only its own topic (analytics none), reads only the topics it consumes, and parks
     * only on their dead-letter topics.
     */
    @Test
    void kafkaTakesOnlyLoginsAndEachServiceMayDoWhatItsWorkNeedsAndNoMore() throws IOException {
        List<JsonNode> manifests = manifests(render("default"));
        JsonNode kafka = find(manifests, "Kafka", "sammen-kafka");
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafka/listeners")).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.at("/tls").asBoolean()).as(listener.toString()).isTrue();
            assertThat(listener.at("/authentication/type").asText()).as(listener.toString()).isEqualTo("scram-sha-512");
            assertThat(listener.at("/networkPolicyPeers/0/podSelector/matchLabels/sammen.dk~1kafka-client").asText()).isEqualTo("true");
        });
        Map<String, List<String>> writes = Map.of("plans", List.of("sammen.plans"), "referrals", List.of("sammen.referrals"),
                "offers", List.of("sammen.offers"), "analytics", List.of());
        Map<String, List<String>> reads = Map.of("plans", List.of("sammen.referrals", "sammen.offers"),
                "referrals", List.of("sammen.plans", "sammen.offers"), "offers", List.of("sammen.plans", "sammen.referrals"),
                "analytics", List.of("sammen.plans", "sammen.referrals", "sammen.offers"));
        for (String service : SERVICES) {
            String name = "sammen-" + service;
            JsonNode acls = find(manifests, "KafkaUser", name).at("/spec/authorization/acls");
            List<String> written = new ArrayList<>();
            reads.get(service).forEach(topic -> written.add(topic + ".dlt"));
            written.addAll(writes.get(service));
            written.add("sammen.audit");
            assertThat(topicsWith(acls, "Write")).as(name + " writes").containsExactlyInAnyOrderElementsOf(written);
            assertThat(topicsWith(acls, "Read")).as(name + " reads").containsExactlyInAnyOrderElementsOf(reads.get(service));
            assertThat(acls.findValues("operations").stream().flatMap(ops -> Stream.of(ops.toString())))
                    .as(name + " never creates, deletes or alters").noneMatch(ops -> ops.matches(".*(Create|Delete|Alter|All).*"));
            assertThat(acls.toString()).as(name + " consumer groups").contains("{\"type\":\"group\",\"name\":\"" + service + "-\",\"patternType\":\"prefix\"}");

            JsonNode env = find(manifests, "Deployment", name).at("/spec/template/spec/containers/0/env");
            // With the CPR pseudonym key an id is turned back into a CPR number: only the services that take CPR numbers hold it.
            assertThat(env.findValuesAsText("name").contains("SAMMEN_CITIZEN_PSEUDONYM_KEY")).as(name + " holds the pseudonym key")
                    .isEqualTo(List.of("plans", "referrals").contains(service));
            assertThat(env.toString()).as(name).contains("\"SPRING_KAFKA_SECURITY_PROTOCOL\",\"value\":\"SASL_SSL\"",
                    "sammen-kafka-kafka-bootstrap:9093", "{\"name\":\"" + name + "\",\"key\":\"sasl.jaas.config\"}",
                    "{\"name\":\"sammen-kafka-cluster-ca-cert\",\"key\":\"ca.crt\"}");
        }
    }

    private static List<String> topicsWith(JsonNode acls, String operation) {
        List<String> topics = new ArrayList<>();
        acls.forEach(acl -> {
            if (acl.at("/resource/type").asText().equals("topic") && acl.at("/resource/patternType").asText().equals("literal")
                    && acl.at("/operations").toString().contains("\"" + operation + "\"")) {
                topics.add(acl.at("/resource/name").asText());
            }
        });
        return topics;
    }

    @Test
    void everyAlertHasARunbook() throws IOException {
        JsonNode rule = find(manifests(render("default")), "PrometheusRule", "sammen-sammen");
        List<String> alerts = new ArrayList<>();
        rule.at("/spec/groups/0/rules").forEach(r -> alerts.add(r.path("alert").asText()));
        assertThat(alerts).containsExactlyInAnyOrder("SammenServiceDown", "SammenConsumerLag", "SammenPipelineStalled",
                "SammenDeadLetters", "SammenRelayLag", "SammenDeadlineBreaches", "SammenRebuildStuck", "SammenAuditTrailFailing");
        for (String alert : alerts) {
            assertThat(NodeTool.ROOT.resolve("deploy/runbooks/" + alert + ".md")).as("runbook of " + alert).exists();
        }
    }

    /** A chart or values the schema refuses fail the build, not the install. */
    @Test
    void valuesTheSchemaRefusesAreRefused() throws IOException {
        Path bad = Files.createTempFile("values-", ".yaml");
        try {
            Files.writeString(bad, "services:\n  plans:\n    replicas: many\n");
            assertThatThrownBy(() -> template().withValuesFile(bad).call())
                    .hasMessageContaining("replicas");
            Files.writeString(bad, "auth:\n  issuerUri: https://login.example\nkafka:\n  deploy: false\nsecrets:\n  existingSecret: keys\n");
            assertThatThrownBy(() -> template().withValuesFile(bad).call())
                    .hasMessageContaining("kafka.bootstrapServers");
            // Without the identity provider the services would refuse every call: the install is refused instead.
            Files.writeString(bad, "secrets:\n  existingSecret: keys\n");
            assertThatThrownBy(() -> template().withValuesFile(bad).call())
                    .hasMessageContaining("auth.issuerUri");
        } finally {
            Files.delete(bad);
        }
    }

    /**
     * The schema check itself catches a broken manifest: a value of the wrong type, a missing
     * required field. (The Kubernetes schemas allow unknown fields, as the API's client-side
     * schema does; a cluster's strict field validation is where a misspelt field is caught.)
     */
    @Test
    void aManifestWithAWrongTypeOrAMissingFieldIsInvalid() throws IOException {
        Path broken = Files.createTempFile("broken-", ".yaml");
        try {
            String manifests = Files.readString(RENDERED.resolve("default.yaml"));
            Files.writeString(broken, manifests.replaceFirst("containerPort: 8084", "containerPort: \"eighty\""));
            NodeTool.Result validation = NodeTool.validateManifests(broken);
            assertThat(validation.ok()).isFalse();
            assertThat(validation.output()).contains("Deployment sammen-analytics", "containerPort");

            Files.writeString(broken, manifests.replaceFirst("  scaleTargetRef:", "  scaleTarget:"));
            validation = NodeTool.validateManifests(broken);
            assertThat(validation.ok()).isFalse();
            assertThat(validation.output()).contains("HorizontalPodAutoscaler", "scaleTargetRef");
        } finally {
            Files.delete(broken);
        }
    }

    static String render(String values) {
        return template().withValuesFile(CHART.resolve("ci/" + values + "-values.yaml")).call();
    }

    /** As Helm would render it for a cluster of the oldest Kubernetes the chart supports. */
    private static com.marcnuri.helm.TemplateCommand template() {
        return new Helm(CHART).template().withName("sammen").withNamespace("sammen").withKubeVersion("1.27.0");
    }

    static List<JsonNode> manifests(String rendered) throws IOException {
        List<JsonNode> manifests = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(rendered)) {
            for (JsonNode node : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    manifests.add(node);
                }
            }
        }
        return manifests;
    }

    static JsonNode find(List<JsonNode> manifests, String kind, String name) {
        return manifests.stream().filter(m -> kind.equals(m.path("kind").asText()) && name.equals(m.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " " + name + " among "
                        + manifests.stream().map(m -> m.path("kind").asText() + "/" + m.at("/metadata/name").asText())
                        .collect(Collectors.joining(", "))));
    }

}
