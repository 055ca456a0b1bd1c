package dk.sammen.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncApiDocumentTest {

    private static final Path COMMITTED = Path.of("asyncapi.json");

    /** Regenerate with: ./mvnw -pl shared-events test -Dasyncapi.write=true */
    @Test
    void theCommittedDocumentIsTheOneTheContractsGenerate() throws Exception {
        String generated = AsyncApiDocument.render();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(COMMITTED, generated);
        }
        assertThat(Files.readString(COMMITTED))
                .as("shared-events/asyncapi.json is stale: regenerate with ./mvnw -pl shared-events test -Dasyncapi.write=true")
                .isEqualTo(generated);
    }

    @Test
    void theDocumentIsValidAsyncApi300() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        JsonSchema asyncApi;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApi = factory.getSchema(in);
        }
        Set<ValidationMessage> problems = asyncApi.validate(new ObjectMapper().readTree(AsyncApiDocument.render()));
        assertThat(problems).isEmpty();

        ObjectNode broken = (ObjectNode) new ObjectMapper().readTree(AsyncApiDocument.render());
        ((ObjectNode) broken.get("operations").get("publish-plans")).put("action", "publish");
        assertThat(asyncApi.validate(broken)).as("the schema catches a 2.x-style action").isNotEmpty();
    }

    @Test
    void everyContractIsAMessageOnItsServicesTopicWithItsSchema() throws Exception {
        JsonNode document = new ObjectMapper().readTree(AsyncApiDocument.render());
        assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
        JsonNode messages = document.get("components").get("messages");
        assertThat(messages.size()).isEqualTo(EventContracts.all().size());
        for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
            String type = EventContracts.typeOf(contract);
            JsonNode message = messages.get(type);
            assertThat(message).as(type).isNotNull();
            String payload = message.get("payload").get("$ref").asText();
            assertThat(Path.of(payload)).as(payload).exists();
            String service = type.split("\\.")[2];
            assertThat(document.get("channels").get(service).get("address").asText()).isEqualTo("sammen." + service);
            assertThat(document.get("channels").get(service).get("messages").has(type)).as(type + " on " + service).isTrue();
        }
        assertThat(document.get("operations").size()).isEqualTo(Topics.PUBLISHED.size());
    }
}
