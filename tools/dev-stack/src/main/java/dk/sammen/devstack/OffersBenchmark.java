package dk.sammen.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;


/**
 * {@code ./sammen bench offers}: importing a 2,000-row catalogue with 5 % bad rows (and again),
 * then search and match latency over it. Runs the real service jar; prints figures; asserts nothing.
 */
public final class OffersBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        BenchmarkStack.run("offers", 18083, (stack, root) -> {
            StackHttp offers = stack.as("katrine", "offers");
            String file = catalogue(root, 2000, 20);
            for (String round : new String[]{"first", "again"}) {
                Instant begin = Instant.now();
                JsonNode report = JSON.readTree(offers.post("/offers/imports", file));
                System.out.printf("[figures] import of a 2,000-row file with 5 %% bad rows (%s): %.1f s; imported %d, unchanged %d, rejected %d%n",
                        round, Duration.between(begin, Instant.now()).toMillis() / 1000.0, report.get("imported").asInt(),
                        report.get("unchanged").asInt(), report.get("rejected").size());
            }
            while (JSON.readTree(offers.get("/offers?size=1")).get("totalItems").asInt() < 1900) {
                Thread.sleep(200); // the catalogue view catches up with the import
            }
            for (String query : new String[]{"q=" + URLEncoder.encode("praktik børnehave", StandardCharsets.UTF_8) + "&age=14",
                    "q=mentor&centre=C_ARB", "need=SUBSTANCE_USE&age=18"}) {
                double[] latency = Load.latencies(200, 1000, () -> offers.get("/offers?" + query));
                System.out.printf("[figures] search %s over 2,000 offers: p50 %.2f ms, p99 %.2f ms%n",
                        java.net.URLDecoder.decode(query, StandardCharsets.UTF_8), latency[0], latency[1]);
            }
            String profile = """
                    {"age": 15, "targetGroup": "GRADE_7_9_WITH_ABSENCE", "needCategories": ["SCHOOL_ATTENDANCE", "SOCIAL_NETWORK"],
                     "goals": "komme i skole og i praktik i en børnehave"}""";
            double[] match = Load.latencies(100, 500, () -> offers.post("/offers/match", profile));
            System.out.printf("[figures] match of a profile over 2,000 offers: p50 %.2f ms, p99 %.2f ms%n", match[0], match[1]);
        });
    }

    /** The sample catalogue repeated to {@code rows} rows under new keys, every {@code badEvery}th row broken. */
    private static String catalogue(Path root, int rows, int badEvery) throws IOException {
        JsonNode sample;
        try (InputStream in = Files.newInputStream(root.resolve("services/offers/src/main/resources/catalogue/sample-catalogue.json"))) {
            sample = JSON.readTree(in);
        }
        ArrayNode file = JSON.createArrayNode();
        for (int i = 0; i < rows; i++) {
            ObjectNode row = sample.get(i % sample.size()).deepCopy();
            row.put("catalogueKey", row.get("catalogueKey").asText() + "-" + i);
            ObjectNode offer = (ObjectNode) row.get("offer");
            offer.put("name", offer.get("name").asText() + " " + (i / sample.size() + 1));
            if (i % badEvery == badEvery - 1) {
                offer.put("capacity", -1);
            }
            file.add(row);
        }
        return JSON.writeValueAsString(file);
    }
}
