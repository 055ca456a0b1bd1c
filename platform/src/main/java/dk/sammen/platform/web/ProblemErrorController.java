package dk.sammen.platform.web;

import dk.sammen.platform.TransientFailures;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Every error no handler answered, as problem+json instead of Spring Boot's own JSON: an
 * exception a controller did not expect (500, with nothing of its internals), the database or
 * broker unavailable (503 with {@code Retry-After}: the caller tries again, nothing was stored), and
 * errors the servlet container raised itself (a 404 for an unknown path, a 405, ...).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    static final URI UNAVAILABLE = URI.create("urn:sammen:problem:unavailable");
    static final URI INTERNAL = URI.create("urn:sammen:problem:internal-error");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer number ? number : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (failure != null && TransientFailures.isTransient(failure)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service cannot reach its database or broker just now; nothing was changed. Try again in a moment.");
            problem.setType(UNAVAILABLE);
            problem.setTitle("Temporarily unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ProblemDetail problem;
        if (status.is5xxServerError()) {
            problem = ProblemDetail.forStatusAndDetail(status, "Something went wrong on our side; it is logged. Nothing was changed.");
            problem.setType(INTERNAL);
            if (failure != null) {
                LOG.error("Unexpected failure of {} {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure.getClass().getName());
            }
        } else {
            problem = ProblemDetail.forStatus(status);
        }
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
