package dk.sammen.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Query parameters held to {@link EdgeBounds}: a date or time outside them does not convert
 * (400 naming the parameter, like any value of the wrong type), and a parameter with a control
 * character (a NUL byte) or longer than any id, date or search text is refused before any
 * controller sees it.
 */
final class BoundedParameters extends OncePerRequestFilter {

    private final ObjectMapper json;

    BoundedParameters(ObjectMapper json) {
        this.json = json;
    }

    static Converter<String, LocalDate> dates() {
        return text -> {
            LocalDate date = LocalDate.parse(text.strip());
            String refused = EdgeBounds.refusal(date);
            if (refused != null) {
                throw new IllegalArgumentException(refused);
            }
            return date;
        };
    }

    static Converter<String, Instant> times() {
        return text -> {
            Instant time = Instant.parse(text.strip());
            String refused = EdgeBounds.refusal(time);
            if (refused != null) {
                throw new IllegalArgumentException(refused);
            }
            return time;
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String nameRefused = EdgeBounds.refusal(parameter.getKey(), EdgeBounds.LONGEST_PARAMETER);
            if (nameRefused != null) {
                refuse(response, "?", "parameter names " + nameRefused);
                return;
            }
            for (String value : parameter.getValue()) {
                String refused = EdgeBounds.refusal(value, EdgeBounds.LONGEST_PARAMETER);
                if (refused != null) {
                    refuse(response, parameter.getKey(), refused);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String field, String message) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        problem.setType(ProblemDetailsAdvice.INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldError(field, message)));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
