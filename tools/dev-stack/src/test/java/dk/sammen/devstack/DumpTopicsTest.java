package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.events.Topics;
import dk.sammen.events.plans.CourseOpenedV1;
import dk.sammen.events.plans.ErasureBasis;
import dk.sammen.events.plans.PersonalDataErasedV1;
import dk.sammen.platform.test.infra.KraftBroker;
import dk.sammen.synthetic.PublishSyntheticMunicipality;
import dk.sammen.synthetic.SyntheticEvent;
import dk.sammen.synthetic.SyntheticMunicipality;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
            // One young person with a course is erased in plans: nothing about them is in the dump.
            CourseOpenedV1 theirs = municipality.events().map(SyntheticEvent::event).filter(CourseOpenedV1.class::isInstance)
                    .map(CourseOpenedV1.class::cast).findFirst().orElseThrow();
            Set<UUID> theirCourses = municipality.events().map(SyntheticEvent::event).filter(CourseOpenedV1.class::isInstance)
                    .map(CourseOpenedV1.class::cast).filter(opened -> opened.citizenId().equals(theirs.citizenId()))
                    .map(CourseOpenedV1::courseId).collect(Collectors.toSet());
            SyntheticEvent erasure = new SyntheticEvent(Topics.PLANS, UUID.randomUUID().toString(), Instant.now(),
                    new PersonalDataErasedV1(theirs.citizenId(), theirCourses, ErasureBasis.REQUEST, Instant.now()));
            try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
                producer.send(new ProducerRecord<>("dump." + Topics.PLANS, erasure.key(), erasure.cloudEvent())).get();
            }

            DumpTopics.main(new String[]{file.toString(), broker.bootstrapServers(), "dump."});

            List<String> lines = Files.readAllLines(file);
            String erased = theirs.citizenId().toString();
            assertThat(lines).noneMatch(line -> line.contains(erased) || theirCourses.stream().anyMatch(c -> line.contains(c.toString())));
            ObjectMapper json = new ObjectMapper();
            // Their underretninger too, also the events of one from before their identity was resolved.
            Set<String> named = new HashSet<>(theirCourses.stream().map(UUID::toString).toList());
            named.add(erased);
            municipality.events().map(DumpTopicsTest::data).filter(data -> erased.equals(data.path("citizenId").asText())
                    && data.hasNonNull("underretningId")).forEach(data -> named.add(data.path("underretningId").asText()));
            Set<String> ids = municipality.events().filter(event -> named.stream().noneMatch(data(event).toString()::contains))
                    .map(SyntheticEvent::id).collect(Collectors.toSet());
            assertThat(ids).as("everyone else").hasSizeGreaterThan((int) published / 2).hasSizeLessThan((int) published);
            assertThat(lines).hasSize(ids.size());
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

    private static JsonNode data(SyntheticEvent event) {
        try {
            return new ObjectMapper().readTree(event.cloudEvent().getData().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
