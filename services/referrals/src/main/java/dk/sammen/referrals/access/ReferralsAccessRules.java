package dk.sammen.referrals.access;

import dk.sammen.platform.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.CASEWORKER;
import static dk.sammen.platform.security.Role.INTAKE_WORKER;
import static dk.sammen.platform.security.Role.TEAM_MEMBER;

/**
 * Who may call what in the referrals service: the access matrix in the service's README, as
 * code. Underretninger are the intake's: every professional may file one, only intake workers
 * read them, and only they see who reported.
 */
@Component
class ReferralsAccessRules implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.POST, "/underretninger").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER, TEAM_MEMBER))
                .requestMatchers(HttpMethod.GET, "/underretninger/*/reporter").hasRole(INTAKE_WORKER.name())
                .requestMatchers("/underretninger/**", "/intake/**", "/young-people/*/underretninger",
                        "/young-people/*/household/underretninger", "/signals/**").hasRole(INTAKE_WORKER.name())
                .requestMatchers(HttpMethod.GET, "/flags", "/follow-up-list").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER))
                .requestMatchers(HttpMethod.POST, "/young-people/*/follow-up").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER))
                .requestMatchers("/referrals", "/referrals/**", "/offers/*/referrals").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER));
    }
}
