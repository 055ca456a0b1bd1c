package dk.sammen.platform.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A Kafka record a consumer parked: where it came from, what it is, why it was parked.
 *
 * @param behind  the first parked record of the same key that this one waits behind; null when
 *                this one failed itself
 * @param headers the record's headers as text (the CloudEvent attributes among them), only in the
 *                single view
 * @param data    the record's value as text, only in the single view: structured codes and
 *                pseudonymous ids, personal text only as ciphertext
 */
public record ParkedRecord(
        UUID id,
        String consumer,
        String topic,
        int partition,
        long offset,
        @Nullable String key,
        @Nullable String eventId,
        @Nullable String eventType,
        @Nullable Instant recordTime,
        String cause,
        @Nullable String causeMessage,
        @Nullable UUID behind,
        @Schema(allowableValues = {"parked", "retried", "discarded"}) String status,
        int retries,
        Instant parkedAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable Map<String, String> headers,
        @Nullable String data) {
}
