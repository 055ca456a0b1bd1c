package dk.sammen.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The AsyncAPI 3.0 document of every topic and event type, generated from {@link EventContracts}
 * and the JSON Schemas, and kept in this module as {@code asyncapi.json} for analysts and other
 * consumers. A test fails when the committed document differs from what the code generates;
 * {@code main} writes it anew.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AsyncApiDocument() {
    }

    public static String render() {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Sammen integration events");
        info.put("version", "1");
        info.put("description", """
                The facts the Sammen services publish for each other and for analysts. Every message is a CloudEvent in Kafka's \
                binary mode (ce_* headers, JSON data); its type is versioned (a changed meaning is a new version, never an edit). \
                Topics keep everything: the log is the replay source. Events carry no CPR numbers, names or free text about a \
                person; people are opaque UUIDs.""");
        document.put("defaultContentType", "application/json");
        ObjectNode server = document.putObject("servers").putObject("kafka");
        server.put("host", "kafka:9092");
        server.put("protocol", "kafka");
        server.put("description", "The cluster's bootstrap servers; topic names may carry a configured prefix");

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = document.putObject("components").putObject("messages");
        for (String topic : Topics.PUBLISHED) {
            String service = topic.substring(topic.indexOf('.') + 1);
            boolean audit = topic.equals(Topics.AUDIT);
            ObjectNode channel = channels.putObject(service);
            channel.put("address", topic);
            channel.put("description", audit
                    ? "Every service's audit trail: each read or change of personal data, hash-chained per service, keyed by "
                    + "the young person's id (or the user's where no young person is concerned)"
                    : "Everything the " + service + " service publishes, keyed so one course's (or young person's) "
                    + "events stay in order on one partition");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish-" + service);
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + service);
            ArrayNode operationMessages = operation.putArray("messages");
            for (Class<? extends IntegrationEvent> contract : EventContracts.all()) {
                if (!topic.equals(topicOf(contract))) {
                    continue;
                }
                String type = EventContracts.typeOf(contract);
                channelMessages.putObject(type).put("$ref", "#/components/messages/" + type);
                operationMessages.addObject().put("$ref", "#/channels/" + service + "/messages/" + type);
                JsonNode schema = schema(type);
                ObjectNode message = messages.putObject(type);
                message.put("name", contract.getSimpleName());
                message.put("title", schema.path("title").asText());
                message.put("summary", schema.path("description").asText());
                message.put("contentType", "application/json");
                ObjectNode headers = message.putObject("headers");
                headers.put("type", "object");
                ObjectNode properties = headers.putObject("properties");
                properties.putObject("ce_type").put("const", type);
                properties.putObject("ce_id").put("type", "string").put("description", "Unique; consumers dedupe on it");
                if (audit) {
                    properties.putObject("ce_source").put("type", "string").put("description", "The service that recorded it, e.g. /sammen/plans");
                } else {
                    properties.putObject("ce_source").put("const", "/sammen/" + service);
                }
                properties.putObject("ce_subject").put("type", "string").put("description", "The id of what the event is about");
                properties.putObject("ce_time").put("type", "string").put("format", "date-time");
                properties.putObject("ce_dataschema").put("const", EventContracts.dataSchema(type).toString());
                message.putObject("payload").put("$ref", "./src/main/resources/" + EventContracts.schemaResource(type));
                message.putObject("bindings").putObject("kafka").putObject("key").put("type", "string")
                        .put("description", "The course's or the young person's id, so their events stay in order");
            }
        }
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topic a contract is published on: the one of the service whose package holds it. */
    public static String topicOf(Class<? extends IntegrationEvent> contract) {
        String service = contract.getPackageName().substring(contract.getPackageName().lastIndexOf('.') + 1);
        return Topics.PUBLISHED.stream().filter(topic -> topic.endsWith("." + service)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No topic for " + contract.getName()));
    }

    private static JsonNode schema(String type) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(EventContracts.schemaResource(type))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document: {@code main <path to shared-events/asyncapi.json>}. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args.length > 0 ? args[0] : "asyncapi.json"), render());
    }
}
