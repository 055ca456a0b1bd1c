package dk.sammen.platform.pipeline;

import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Dead letters", description = "Events this service's Axon processors parked, for operators: list, inspect, retry, discard")
class ProcessorDeadLetterController {

    private final ProcessorDeadLetters parked;

    ProcessorDeadLetterController(ProcessorDeadLetters parked) {
        this.parked = parked;
    }

    @GetMapping("/processor-dead-letters")
    @Operation(summary = "Parked events, oldest first: all processors' or one's")
    PageResponse<ParkedEvent> list(
            @Parameter(description = "Only this processor (processing group)") @RequestParam(required = false) @Size(max = 200) String processor,
            @Valid PageQuery page) {
        return parked.list(processor, page);
    }

    @GetMapping("/processor-dead-letters/{deadLetterId}")
    @Operation(summary = "One parked event")
    ParkedEvent one(@PathVariable UUID deadLetterId) {
        return parked.find(deadLetterId.toString()).orElseThrow(() -> new UnknownIdException("deadLetterId", deadLetterId));
    }

    @PostMapping("/processor-dead-letters/{deadLetterId}/retry")
    @Operation(summary = "Hands the event's sequence (its aggregate's parked events) to the processor again, until one fails again")
    Resolution retry(@PathVariable UUID deadLetterId) {
        return parked.retry(deadLetterId.toString());
    }

    @PostMapping("/processor-dead-letters/{deadLetterId}/discard")
    @Operation(summary = "Gives up on the event for good; the events parked behind it are handed on")
    Resolution discard(@PathVariable UUID deadLetterId) {
        return parked.discard(deadLetterId.toString());
    }
}
