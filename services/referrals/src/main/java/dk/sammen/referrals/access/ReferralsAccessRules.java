package dk.sammen.referrals.access;

import dk.sammen.platform.security.AccessRules;
import dk.sammen.platform.security.Decisions;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.CASEWORKER;
import static dk.sammen.platform.security.Role.INTAKE_WORKER;
import static dk.sammen.platform.security.Role.TEAM_MEMBER;

/**
 * Who may call what in the referrals service: the access matrix in the service's README, as
 * code. Underretninger are the intake's: every professional may file one, only intake workers
 * read them, and only they see who reported. A course's referrals are its team's.
 */
@Component
class ReferralsAccessRules implements AccessRules {

    private final CourseTeams teams;

    ReferralsAccessRules(CourseTeams teams) {
        this.teams = teams;
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.POST, "/underretninger").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER, TEAM_MEMBER))
                .requestMatchers(HttpMethod.GET, "/underretninger/*/reporter").hasRole(INTAKE_WORKER.name())
                .requestMatchers("/underretninger/**", "/intake/**", "/young-people/*/underretninger",
                        "/young-people/*/household/underretninger", "/signals/**").hasRole(INTAKE_WORKER.name())
                .requestMatchers(HttpMethod.GET, "/flags", "/follow-up-list").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER))
                .requestMatchers(HttpMethod.POST, "/young-people/*/follow-up").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER))
                .requestMatchers(HttpMethod.GET, "/referrals/{referralId}").access(team())
                .requestMatchers(HttpMethod.POST, "/referrals/{referralId}/revocation").access(team())
                // A new referral's course is in its body: the controller asks CourseTeams before referring.
                // The provider's answers (acceptance, wait-list, rejection, start, end) come from the
                // offer's staff, who are not on the course's team.
                .requestMatchers("/referrals", "/referrals/**", "/offers/*/referrals").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER));
    }

    /** The team of the referral's course; a referral that does not exist is let through to be told so (404). */
    private AuthorizationManager<RequestAuthorizationContext> team() {
        return Decisions.about("referralId", (caller, referralId, request) -> {
            Optional<UUID> course = teams.courseOfReferral(referralId);
            if (course.isEmpty()) {
                return caller.hasAny(CASEWORKER, TEAM_MEMBER) ? Optional.of("NO_SUCH_REFERRAL") : Optional.empty();
            }
            return teams.onTeam(caller, course.get()) ? Optional.of("TEAM") : Optional.empty();
        });
    }
}
