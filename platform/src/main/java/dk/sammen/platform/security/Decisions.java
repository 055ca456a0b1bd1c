package dk.sammen.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Building blocks of a service's {@link AccessRules}: role names as Spring Security wants them,
 * and decisions that need to know more than the roles (the course's team, the young person's own
 * id). A decision says on what basis it let the caller in; the audit trail records that basis.
 */
public final class Decisions {

    /** Request attribute holding the basis on which a decision let the request through. */
    public static final String BASIS = Decisions.class.getName() + ".basis";
    /** Request attribute holding a stated reason for the access (break-the-glass), for the audit trail. */
    public static final String REASON = Decisions.class.getName() + ".reason";
    /** Request attribute holding the path variables a decision saw, so a refused request is audited with them too. */
    public static final String VARIABLES = Decisions.class.getName() + ".variables";

    private Decisions() {
    }

    /** The names {@code hasAnyRole} takes. */
    public static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    /** A decision about the resource one path variable names. */
    @FunctionalInterface
    public interface AboutResource {
        Optional<String> basis(Caller caller, UUID id, RequestAuthorizationContext request);
    }

    /**
     * As {@link #when}, about the resource the path variable {@code variable} names. A value that
     * is not an id is let through: there is nothing to protect, and the service answers 400 naming it.
     */
    public static AuthorizationManager<RequestAuthorizationContext> about(String variable, AboutResource basis) {
        return when((caller, request) -> {
            UUID id;
            try {
                id = UUID.fromString(request.getVariables().get(variable));
            } catch (IllegalArgumentException | NullPointerException notAnId) {
                return Optional.of("NOT_AN_ID");
            }
            return basis.basis(caller, id, request);
        });
    }

    /**
     * A denial whose reason the caller may read: what they lack and how to get it, never what the
     * resource holds. {@link AccessProblems} gives it as the 403's detail.
     */
    public static final class Refusal extends AuthorizationDecision {

        private final String reason;
        private final @Nullable URI type;

        Refusal(String reason, @Nullable URI type) {
            super(false);
            this.reason = reason;
            this.type = type;
        }

        public String reason() {
            return reason;
        }

        /** The problem type of a refusal a client acts on (need-to-know: break the glass), if it has one. */
        public Optional<URI> type() {
            return Optional.ofNullable(type);
        }
    }

    /** As {@code decision}, with {@code reason} given to whoever it refuses. */
    public static AuthorizationManager<RequestAuthorizationContext> explaining(String reason,
                                                                             AuthorizationManager<RequestAuthorizationContext> decision) {
        return explaining(null, reason, decision);
    }

    /**
     * As {@code decision}, refusing with a problem type of its own, so a client tells this refusal
     * from the others by its type, not by reading the reason's words.
     */
    public static AuthorizationManager<RequestAuthorizationContext> explaining(@Nullable URI type, String reason,
                                                                             AuthorizationManager<RequestAuthorizationContext> decision) {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation") // check is still the one abstract method in Spring Security 6
            public @Nullable AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
                AuthorizationDecision decided = decision.check(authentication, context);
                return decided != null && !decided.isGranted() ? new Refusal(reason, type) : decided;
            }
        };
    }

    /**
     * Lets a caller through when {@code basis} names why they may (e.g. "TEAM"), with the request's
     * path variables at hand; denies when it is empty, and always when there is no valid token.
     */
    public static AuthorizationManager<RequestAuthorizationContext> when(
            BiFunction<Caller, RequestAuthorizationContext, Optional<String>> basis) {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation") // check is still the one abstract method in Spring Security 6
            public @Nullable AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
                context.getRequest().setAttribute(VARIABLES, context.getVariables());
                Optional<String> why = Caller.of(authentication.get()).flatMap(caller -> basis.apply(caller, context));
                why.ifPresent(reason -> context.getRequest().setAttribute(BASIS, reason));
                return new AuthorizationDecision(why.isPresent());
            }
        };
    }
}
