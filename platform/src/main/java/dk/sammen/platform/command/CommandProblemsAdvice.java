package dk.sammen.platform.command;

import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.FieldError;
import dk.sammen.platform.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The problems only command-handling services have: a stale {@code If-Match}, a reused key, a change to nothing. */
@RestControllerAdvice
public class CommandProblemsAdvice {

    public static final URI STALE_VERSION = URI.create("urn:sammen:problem:stale-version");
    public static final URI CONCURRENT_CHANGE = URI.create("urn:sammen:problem:concurrent-change");
    public static final URI KEY_REUSED = URI.create("urn:sammen:problem:idempotency-key-reused");

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<ProblemDetail> staleVersion() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Someone else changed this since you read it; read it again and reapply your change");
        problem.setType(STALE_VERSION);
        problem.setTitle("Changed since you read it");
        problem.setProperty("errors", List.of(new FieldError(ExpectedVersion.HEADER, "does not match the current version")));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    /**
     * Another replica appended to the same aggregate in the same instant (one replica serialises
     * commands on an aggregate; two cannot). With a version in {@code If-Match} the caller's version
     * is now stale, as when someone else changed it; with {@code *} (or on a creation), sending again is safe.
     */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException ex, HttpServletRequest request) {
        String ifMatch = request.getHeader(ExpectedVersion.HEADER);
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            return staleVersion();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this at the same moment; send your change again");
        problem.setType(CONCURRENT_CHANGE);
        problem.setTitle("Changed at the same moment");
        return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", "0").body(problem);
    }

    /** A change to something that was never created: 404 naming the path variable that held its id. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException ex, HttpServletRequest request) {
        String id = String.valueOf(ex.getAggregateIdentifier());
        String field = "id";
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                if (String.valueOf(variable.getValue()).equals(id)) {
                    field = String.valueOf(variable.getKey());
                }
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + field + " " + id);
        problem.setType(ProblemDetailsAdvice.NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("errors", List.of(new FieldError(field, "No " + field + " " + id)));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(IdempotentCreation.IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotentCreation.IdempotencyKeyReusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setType(KEY_REUSED);
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("errors", List.of(new FieldError(IdempotentCreation.HEADER, ex.getMessage())));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
    }
}
