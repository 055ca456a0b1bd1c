package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.Topics;
import dk.sammen.platform.test.infra.KraftBroker;
import dk.sammen.synthetic.PublishSyntheticMunicipality;
import dk.sammen.synthetic.SyntheticEvent;
import dk.sammen.synthetic.SyntheticMunicipality;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysts' recipe: the raw topics replayed into a file of CloudEvents, one per line. */
class DumpTopicsTest {

    @Test
    void everyEventOnTheTopicsLandsInTheFileOnceAsACloudEvent() throws Exception {
        SyntheticMunicipality municipality = SyntheticMunicipality.of(5, 8);
        Path file = Files.createTempFile("topics-", ".jsonl");
        try (KraftBroker broker = KraftBroker.onFreePorts().start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            // The services create their topics when they start; here no service runs.
            admin.createTopics(Topics.ALL.stream().map(topic -> new NewTopic("dump." + topic, 3, (short) 1)).toList()).all().get();
            long published = PublishSyntheticMunicipality.publish(municipality, broker.bootstrapServers(), "dump.");

            DumpTopics.main(new String[]{file.toString(), broker.bootstrapServers(), "dump."});

            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize((int) published);
            ObjectMapper json = new ObjectMapper();
            Set<String> ids = municipality.events().map(SyntheticEvent::id).collect(Collectors.toSet());
            Set<String> dumped = lines.stream().map(line -> {
                try {
                    JsonNode event = json.readTree(line);
                    assertThat(event.get("specversion").asText()).isEqualTo("1.0");
                    assertThat(event.get("type").asText()).startsWith("dk.sammen.");
                    assertThat(event.get("data").isObject()).isTrue();
                    return event.get("id").asText();
                } catch (Exception e) {
                    throw new AssertionError(line, e);
                }
            }).collect(Collectors.toSet());
            assertThat(dumped).isEqualTo(ids);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
