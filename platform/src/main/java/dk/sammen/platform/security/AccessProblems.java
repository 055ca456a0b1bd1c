package dk.sammen.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 as every other error: {@code application/problem+json}, with the
 * {@code WWW-Authenticate} header RFC 6750 asks for. The detail says what is missing, never
 * what the protected resource holds.
 */
public final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI UNAUTHENTICATED = URI.create("urn:sammen:problem:unauthenticated");
    public static final URI FORBIDDEN = URI.create("urn:sammen:problem:forbidden");

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    AccessProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        write(response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED,
                "A valid bearer token from the municipality's identity provider is needed");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
            throws IOException {
        denied.handle(request, response, failure);
        write(response, HttpStatus.FORBIDDEN, typeOf(failure), reasonOf(failure));
    }

    /** The refusal's own problem type where its rule gave one, else the general one. */
    private static URI typeOf(AccessDeniedException failure) {
        if (failure instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof Decisions.Refusal refusal) {
            return refusal.type().orElse(FORBIDDEN);
        }
        return FORBIDDEN;
    }

    /** The reason a rule or a service gave for the caller to read, else the general one. */
    private static @Nullable String reasonOf(AccessDeniedException failure) {
        if (failure instanceof AccessRefused refused) {
            return refused.getMessage();
        }
        if (failure instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof Decisions.Refusal refusal) {
            return refusal.reason();
        }
        return "Your roles, or your place on the course's team, do not give access to this";
    }

    private void write(HttpServletResponse response, HttpStatus status, URI type, @Nullable String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
