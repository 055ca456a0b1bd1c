package dk.sammen.platform.command;

import dk.sammen.platform.web.ExpectedVersion;
import dk.sammen.platform.web.FieldError;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/** The problems only command-handling services have: a stale {@code If-Match}, a reused key. */
@RestControllerAdvice
public class CommandProblemsAdvice {

    public static final URI STALE_VERSION = URI.create("urn:sammen:problem:stale-version");
    public static final URI KEY_REUSED = URI.create("urn:sammen:problem:idempotency-key-reused");

    @ExceptionHandler(ConflictingModificationException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingModificationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "Someone else changed this since you read it; read it again and reapply your change");
        problem.setType(STALE_VERSION);
        problem.setTitle("Changed since you read it");
        problem.setProperty("errors", List.of(new FieldError(ExpectedVersion.HEADER, "does not match the current version")));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
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
