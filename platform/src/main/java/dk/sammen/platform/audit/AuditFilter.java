package dk.sammen.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.security.AuthenticatedRequestFilter;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Decisions;
import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes every request of a signed-in caller to the audit trail as it is answered: who, in
 * which roles, about which young person and course, what, with what outcome, on what basis, from
 * where. It sits inside the security filter chain after authentication, so a refused request
 * (403) is recorded as well as an answered one.
 */
public final class AuditFilter extends OncePerRequestFilter implements AuthenticatedRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    static final URI AUDIT_UNAVAILABLE = URI.create("urn:sammen:problem:audit-unavailable");

    private final AuditTrail trail;
    private final AuditSubjects subjects;
    private final Counter failures;
    private final ObjectMapper json;

    AuditFilter(AuditTrail trail, AuditSubjects subjects, Counter failures, ObjectMapper json) {
        this.trail = trail;
        this.subjects = subjects;
        this.failures = failures;
        this.json = json;
    }

    /**
     * Fails closed: the entry is written before the answer's first byte leaves, and when it
     * cannot be, the caller gets a 503 instead of the answer.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Caller.current();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        AuditedResponse audited = new AuditedResponse(response,
                () -> !audited(request) || record(caller.get(), request, response.getStatus()));
        try {
            chain.doFilter(request, audited);
        } finally {
            // A body-less answer (204, or an exception's) is recorded here; a streamed one before it streams.
            audited.recordBeforeCommit();
            if (audited.refused()) {
                refuse(request, response);
            }
        }
    }

    private boolean record(Caller caller, HttpServletRequest request, int status) {
        Map<String, String> variables = variables(request);
        UUID courseId = uuid(variables.get("courseId"));
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        try {
            // From the resource, never from the query string: ?citizenId= is the caller's to choose.
            UUID citizenId = Optional.ofNullable(uuid(variables.get("citizenId")))
                    .or(() -> courseId == null ? Optional.empty()
                            : AuditSubjects.decidedCitizenOfCourse(request.getAttribute(AuditSubjects.COURSE_OF), courseId)
                            .or(() -> subjects.citizenOfCourse(courseId)))
                    .orElse(null);
            Set<UUID> about = new LinkedHashSet<>();
            if (citizenId != null) {
                about.add(citizenId);
            }
            if (request.getAttribute(AuditSubjects.RETURNED) instanceof Set<?> returned) {
                returned.forEach(id -> about.add((UUID) id));
            }
            if (about.isEmpty()) {
                about.add(null);
            }
            List<AuditTrail.Access> accesses = new ArrayList<>();
            for (UUID young : about) {
                accesses.add(new AuditTrail.Access(String.valueOf(caller.id()), caller.roleClaims(), young, courseId, action,
                        request.getRequestURI(), status, (String) request.getAttribute(Decisions.BASIS),
                        (String) request.getAttribute(Decisions.REASON), request.getRemoteAddr()));
            }
            trail.recordAll(accesses);
            return true;
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Could not write {} to the audit trail, so its answer is withheld: {}", action, e.toString());
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            // Only a write past the audited response gets here; nothing of the handler's did.
            log.error("The answer to {} {} went out before its audit entry failed", request.getMethod(), request.getRequestURI());
            return;
        }
        response.reset();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The request could not be written to the audit trail, so its answer is withheld. A change it asked for may have been"
                        + " made (the stored event names who made it): read before you repeat it.");
        problem.setType(AUDIT_UNAVAILABLE);
        problem.setTitle("Audit trail unavailable");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Refused requests always; answered ones unless the endpoint touches no personal data. */
    private static boolean audited(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)) {
            return true;
        }
        return !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), NotPersonalData.class)
                && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), NotPersonalData.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> variables(HttpServletRequest request) {
        Object mvc = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (mvc instanceof Map<?, ?> map && !map.isEmpty()) {
            return (Map<String, String>) map;
        }
        Object decided = request.getAttribute(Decisions.VARIABLES);
        return decided instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
