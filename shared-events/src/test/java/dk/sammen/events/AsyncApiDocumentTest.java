package dk.sammen.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

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
        assertThat(document.get("operations").size()).isEqualTo(Topics.ALL.size());
    }
}
