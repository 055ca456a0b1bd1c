package dk.sammen.offers.access;

import dk.sammen.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.ANALYST;
import static dk.sammen.platform.security.Role.CASEWORKER;
import static dk.sammen.platform.security.Role.CATALOGUE_EDITOR;
import static dk.sammen.platform.security.Role.CENTRE_LEADER;
import static dk.sammen.platform.security.Role.TEAM_MEMBER;

/**
 * Who may call what in the offers service: the access matrix in the service's README, as code.
 * The catalogue and the competence bank hold no personal data: everyone signed in reads them
 * (the young person composes a course with their tovholder); catalogue editors keep them. The
 * needs bank exposes young people's needs, so only professionals see it.
 */
@Component
class OffersAccessRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.GET, "/offers/annual-status").hasAnyRole(roles(CATALOGUE_EDITOR, CENTRE_LEADER, ANALYST))
                .requestMatchers(HttpMethod.GET, "/offers", "/offers/*", "/competences", "/competences/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/offers/match", "/offers/combinations", "/competences/match").authenticated()
                .requestMatchers(HttpMethod.GET, "/needs", "/needs/*").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER, CATALOGUE_EDITOR))
                .requestMatchers(HttpMethod.POST, "/needs", "/needs/*/bids/*/acceptance").hasRole(CASEWORKER.name())
                .requestMatchers(HttpMethod.POST, "/needs/*/bids").hasRole(CATALOGUE_EDITOR.name())
                .requestMatchers("/offers", "/offers/**", "/competences", "/competences/**").hasRole(CATALOGUE_EDITOR.name());
    }
}
