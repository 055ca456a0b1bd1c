package dk.sammen.offers.access;

import dk.sammen.offers.needsbank.NeedCourses;
import dk.sammen.platform.coursefacts.CourseFacts;
import dk.sammen.platform.security.AccessRules;
import dk.sammen.platform.security.Decisions;
import dk.sammen.platform.security.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.util.Optional;

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
 * needs bank exposes young people's needs, so only professionals see it, and a need with its bids
 * (which names the course) only the team of the course that posted it.
 */
@Component
class OffersAccessRules implements AccessRules {

    private final NeedCourses needs;
    private final CourseFacts courses;

    OffersAccessRules(NeedCourses needs, CourseFacts courses) {
        this.needs = needs;
        this.courses = courses;
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.GET, "/offers/annual-status").hasAnyRole(roles(CATALOGUE_EDITOR, CENTRE_LEADER, ANALYST))
                .requestMatchers(HttpMethod.GET, "/offers", "/offers/*", "/competences", "/competences/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/offers/match", "/offers/combinations", "/competences/match").authenticated()
                .requestMatchers(HttpMethod.GET, "/needs").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER, CATALOGUE_EDITOR))
                // A need with its bids names its course: the team's, as the course's consent covers them.
                .requestMatchers(HttpMethod.GET, "/needs/{needId}").access(teamOfTheNeed(CASEWORKER, TEAM_MEMBER))
                .requestMatchers(HttpMethod.POST, "/needs/{needId}/bids/{bidId}/acceptance").access(teamOfTheNeed(CASEWORKER))
                // A new need's course is in its body: the controller asks CourseFacts before posting.
                .requestMatchers(HttpMethod.POST, "/needs").hasRole(CASEWORKER.name())
                .requestMatchers(HttpMethod.POST, "/needs/*/bids").hasRole(CATALOGUE_EDITOR.name())
                .requestMatchers("/offers", "/offers/**", "/competences", "/competences/**").hasRole(CATALOGUE_EDITOR.name());
    }

    /**
     * Those of these roles who work on the course that posted the need; a need that does not exist
     * is let through for them to be told so (404).
     */
    private AuthorizationManager<RequestAuthorizationContext> teamOfTheNeed(Role... roles) {
        return Decisions.about("needId", (caller, needId, request) -> {
            if (!caller.hasAny(roles)) {
                return Optional.empty();
            }
            return needs.courseOf(needId).map(course -> courses.worksOn(caller, course) ? Optional.of("TEAM") : Optional.<String>empty())
                    .orElse(Optional.of("NO_SUCH_NEED"));
        });
    }
}
