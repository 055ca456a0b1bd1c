package dk.sammen.platform.audit;

import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Decisions;
import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes every request of a signed-in caller to the audit trail once it is answered: who, in
 * which roles, about which young person and course, what, with what outcome, on what basis, from
 * where. It sits inside the security filter chain after authentication, so a refused request
 * (403) is recorded as well as an answered one.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditTrail trail;
    private final AuditSubjects subjects;
    private final Counter failures;

    AuditFilter(AuditTrail trail, AuditSubjects subjects, Counter failures) {
        this.trail = trail;
        this.subjects = subjects;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Caller.current().filter(caller -> audited(request)).ifPresent(caller -> record(caller, request, response));
        }
    }

    private void record(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> variables = variables(request);
        UUID courseId = uuid(variables.get("courseId"));
        // From the resource, never from the query string: ?citizenId= is the caller's to choose.
        UUID citizenId = Optional.ofNullable(uuid(variables.get("citizenId")))
                .or(() -> courseId == null ? Optional.empty() : subjects.citizenOfCourse(courseId))
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
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        try {
            List<AuditTrail.Access> accesses = new ArrayList<>();
            for (UUID young : about) {
                accesses.add(new AuditTrail.Access(String.valueOf(caller.id()), caller.roleClaims(), young, courseId, action,
                        request.getRequestURI(), response.getStatus(), (String) request.getAttribute(Decisions.BASIS),
                        (String) request.getAttribute(Decisions.REASON), request.getRemoteAddr()));
            }
            trail.recordAll(accesses);
        } catch (RuntimeException e) {
            failures.increment();
            log.error("Could not write {} to the audit trail: {}", action, e.toString());
        }
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

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
