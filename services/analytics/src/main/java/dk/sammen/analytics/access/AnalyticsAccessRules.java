package dk.sammen.analytics.access;

import dk.sammen.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.ANALYST;
import static dk.sammen.platform.security.Role.CENTRE_LEADER;

/**
 * Who may call what in the analytics service: the access matrix in the service's README, as
 * code. Analysts see everything here, which is pseudonymous ids and structured codes only;
 * centre leaders see the aggregates, not one young person's course.
 */
@Component
class AnalyticsAccessRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.GET, "/indicators", "/indicators/**", "/trajectories/survival",
                        "/trajectories/transitions").hasAnyRole(roles(ANALYST, CENTRE_LEADER))
                .requestMatchers(HttpMethod.GET, "/trajectories/*", "/courses/*/timeline", "/courses/*/as-of",
                        "/courses/*/replay", "/citizens/*/timeline", "/citizens/*/family-timeline", "/exports/**",
                        "/rebuilds/*").hasRole(ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/rebuilds").hasRole(ANALYST.name());
    }
}
