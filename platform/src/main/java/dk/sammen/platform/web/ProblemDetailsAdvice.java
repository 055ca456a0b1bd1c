package dk.sammen.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.sammen.platform.domain.DomainRuleViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every error of every service as RFC 9457 {@code application/problem+json}. Bad input is a 400
 * whose {@code errors} name each offending field, so a front end can show the message where the
 * user typed; an unknown resource is a 404; a command refused by the domain is a 409 naming the rule.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public static final URI INVALID_REQUEST = URI.create("urn:sammen:problem:invalid-request");
    public static final URI NOT_FOUND = URI.create("urn:sammen:problem:not-found");
    public static final URI RULE_VIOLATED = URI.create("urn:sammen:problem:rule-violated");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        Objects.requireNonNullElse(result.getMethodParameter().getParameterName(), "request"), error.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
                problem.setType(URI.create("urn:sammen:problem:request-too-large"));
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new FieldError(path(mapping), describe(mapping))));
        }
        return invalid(List.of(new FieldError("$", "The request body is not valid JSON")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        return tooLarge("file", ex.getMaxUploadSize());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<Object> tooLarge(TooLargeException ex) {
        return tooLarge(ex.field(), ex.maxBytes());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(ex.getRequestPartName(), "is required")));
    }

    /** A file upload the request-size limit stopped while it was being read (a body without a length). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableUpload(MultipartException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException tooLarge) {
                return tooLarge("file", tooLarge.maxBytes());
            }
        }
        return invalid(List.of(new FieldError("file", "The upload is not a readable multipart/form-data request")));
    }

    private static ResponseEntity<Object> tooLarge(String field, long maxBytes) {
        String detail = maxBytes > 0 ? "The " + field + " is larger than " + maxBytes + " bytes" : "The " + field + " is too large";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setType(URI.create("urn:sammen:problem:request-too-large"));
        problem.setProperty("errors", List.of(new FieldError(field, detail)));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException bounds && bounds.getMessage() != null && bounds.getMessage().startsWith("must be a ")) {
                return invalid(List.of(new FieldError(ex.getName(), bounds.getMessage())));
            }
        }
        String expected = ex.getRequiredType() == null ? "a valid value" : expectation(ex.getRequiredType());
        return invalid(List.of(new FieldError(ex.getName(), "must be " + expected)));
    }

    /** A constraint on a controller's parameter (outside a body), checked by method validation. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException ex) {
        return invalid(ex.getConstraintViolations().stream().map(violation -> {
            String path = violation.getPropertyPath().toString();
            return new FieldError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
        }).sorted(Comparator.comparing(FieldError::field)).toList());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        return invalid(List.of(new FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(VersionRequiredException.class)
    ResponseEntity<Object> versionRequired(VersionRequiredException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
        problem.setType(URI.create("urn:sammen:problem:version-required"));
        problem.setTitle("Say which version you change");
        problem.setProperty("errors", List.of(new FieldError(ExpectedVersion.HEADER, ex.getMessage())));
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(UnknownIdException.class)
    ResponseEntity<Object> unknownId(UnknownIdException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
        problem.setType(URI.create("urn:sammen:problem:too-many-requests"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds()))).body(problem);
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Object> ruleViolated(DomainRuleViolation ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(RULE_VIOLATED);
        problem.setTitle("The request breaks a rule of the course");
        problem.setProperty("rule", ex.rule());
        ex.details().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(JsonMappingException ex) {
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (ex instanceof BoundedValues.OutOfBounds) {
            return ex.getOriginalMessage();
        }
        if (ex instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not " + expectation(invalid.getTargetType());
        }
        if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + expectation(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 timestamp such as 2025-05-01T08:30:00Z";
            case "LocalDate" -> "an ISO-8601 date such as 2025-05-01";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            default -> "a valid " + type.getSimpleName();
        };
    }
}
