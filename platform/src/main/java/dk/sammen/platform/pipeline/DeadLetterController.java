package dk.sammen.platform.pipeline;

import dk.sammen.platform.security.Caller;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Dead letters", description = "Kafka records this service's consumers parked, for operators: list, inspect, retry, discard")
class DeadLetterController {

    private final ParkedRecords parked;

    DeadLetterController(ParkedRecords parked) {
        this.parked = parked;
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "Parked records, oldest first: all consumers' or one's; by status (parked unless asked otherwise)")
    PageResponse<ParkedRecord> list(
            @Parameter(description = "Only this consumer (its consumer group)") @RequestParam(required = false) @Size(max = 200) String consumer,
            @Parameter(description = "parked, retried or discarded") @RequestParam(defaultValue = "parked")
            @Pattern(regexp = "parked|retried|discarded", message = "must be parked, retried or discarded") String status,
            @Valid PageQuery page) {
        return parked.list(consumer, status, page);
    }

    @GetMapping("/dead-letters/{deadLetterId}")
    @Operation(summary = "One parked record, with its headers and data as they came")
    ParkedRecord one(@PathVariable UUID deadLetterId) {
        return parked.find(deadLetterId).orElseThrow(() -> new UnknownIdException("deadLetterId", deadLetterId));
    }

    @PostMapping("/dead-letters/{deadLetterId}/retry")
    @Operation(summary = "Hands the record's key sequence to its consumer again, from the first still parked, until one fails again")
    Resolution retry(@PathVariable UUID deadLetterId) {
        return parked.retry(deadLetterId, caller());
    }

    @PostMapping("/dead-letters/{deadLetterId}/discard")
    @Operation(summary = "Gives up on the record for good (who did is kept); the records parked behind it are handed on")
    Resolution discard(@PathVariable UUID deadLetterId) {
        return parked.discard(deadLetterId, caller());
    }

    static String caller() {
        return Caller.current().map(caller -> String.valueOf(caller.id())).orElse("unknown");
    }
}
