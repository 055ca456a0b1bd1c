package dk.sammen.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's access decisions, in one place: which roles may call which endpoint, and where a
 * decision needs to know more (is the caller on this course's team?), the component that knows.
 * Anything a service's rules do not name is denied, so a new endpoint is closed until it is given
 * a rule (and a row in the service's access matrix).
 */
@FunctionalInterface
public interface AccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
