package dk.sammen.platform.consistency;

import dk.sammen.platform.web.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

@RestControllerAdvice
public class ReadModelBehindAdvice {

    public static final URI READ_MODEL_BEHIND = URI.create("urn:sammen:problem:read-model-behind");

    @ExceptionHandler(ReadModelBehindException.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehindException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setType(READ_MODEL_BEHIND);
        problem.setTitle("Not caught up with your change yet");
        problem.setProperty("errors", List.of(new FieldError(ConsistencyToken.HEADER, "not yet reflected in this view")));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
