package dk.sammen.platform.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the event pipeline of a service deals with failures.
 *
 * @param attempts       how often a record or event that fails by itself is tried before it is
 *                       parked (the first delivery included)
 * @param initialBackoff the wait before the second attempt; it doubles with each one after
 * @param maxBackoff     the longest wait between attempts while the database or the broker is
 *                       down, which is waited out for as long as it lasts
 * @param stallAfter     how long a consumer or processor may be stuck on records that wait
 *                       before it counts as stalled (health DEGRADED, {@code sammen_pipeline_stalled} 1)
 * @param checkInterval  how often processors' positions and the parked counts are read
 */
@Validated
@ConfigurationProperties("sammen.pipeline")
public record PipelineProperties(
        @DefaultValue("4") @Min(1) @Max(20) int attempts,
        @DefaultValue("250ms") Duration initialBackoff,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("60s") Duration stallAfter,
        @DefaultValue("5s") Duration checkInterval) {
}
