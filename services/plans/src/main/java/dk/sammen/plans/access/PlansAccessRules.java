package dk.sammen.plans.access;

import dk.sammen.plans.task.TaskBoard;
import dk.sammen.platform.aktindsigt.OwnRecordAccess;
import dk.sammen.platform.security.AccessRules;
import dk.sammen.platform.security.Decisions;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Optional;

import static dk.sammen.platform.security.Decisions.explaining;
import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.CASEWORKER;
import static dk.sammen.platform.security.Role.CENTRE_LEADER;
import static dk.sammen.platform.security.Role.DATA_PROTECTION_OFFICER;
import static dk.sammen.platform.security.Role.GUARDIAN;
import static dk.sammen.platform.security.Role.INTAKE_WORKER;
import static dk.sammen.platform.security.Role.TEAM_MEMBER;
import static dk.sammen.platform.security.Role.YOUNG_PERSON;

/**
 * Who may call what in the plans service: the access matrix in the service's README, as code.
 * Course endpoints need to know the course's team ({@link CourseAccess}); the young person
 * co-produces their plan, so they read it and add their own goals and comments.
 */
@Component
class PlansAccessRules implements AccessRules {

    /** Why a course is refused, for the caller: who sees it, and the way in for a professional who must. */
    static final String NEED_TO_KNOW = "A course is for its tovholder and team (a member only while the course's consent "
            + "covers their centre), the young person and their guardians; "
            + "a caseworker off the team who must read it now may ask for time-limited, read-only break-the-glass access: "
            + "POST /courses/{courseId}/emergency-access with a category and the circumstances";

    /** Why a person's record, or their family view, is refused, for the caller. */
    /**
     * The type of a course's refused read: a caseworker off the team may break the glass, and a
     * front end offers it on this type (not by reading the detail's words).
     */
    static final URI NEED_TO_KNOW_TYPE = URI.create("urn:sammen:problem:need-to-know");

    static final String PERSON_NEED_TO_KNOW = "A registered person's record, with their contact details, and their family's courses "
            + "are for intake and for the teams of their courses and of their family's courses";

    /** Why a queue is refused. */
    static final String CENTRE_QUEUE = "A centre's queue is for its caseworkers and centre leader: the token must name the centre";

    /** Why closing someone else's task is refused. */
    static final String OWN_TASK = "A task is closed by the person it is assigned to";

    private final CourseAccess courses;
    private final TaskBoard tasks;

    PlansAccessRules(CourseAccess courses, TaskBoard tasks) {
        this.courses = courses;
        this.tasks = tasks;
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .requestMatchers(HttpMethod.POST, "/citizens/*/erasure").hasRole(DATA_PROTECTION_OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/citizens", "/citizens/lookup", "/citizens/*/family-relations")
                .hasAnyRole(roles(CASEWORKER, INTAKE_WORKER))
                // The young person's own record (aktindsigt): theirs, a guardian's of a minor, the data-protection officer's.
                .requestMatchers(HttpMethod.GET, "/citizens/{citizenId}/record")
                .access(explaining(OwnRecordAccess.REFUSED, Decisions.about("citizenId", (caller, citizenId, request) -> courses.ownRecord(caller, citizenId))))
                // A person's record, with their contact details, and their family view are intake's and their (family's) courses' teams'.
                // A break-the-glass grant on one of the person's courses reads whom it is about too, not their family.
                .requestMatchers(HttpMethod.GET, "/citizens/{citizenId}")
                .access(explaining(PERSON_NEED_TO_KNOW, Decisions.about("citizenId", (caller, citizenId, request) ->
                        courses.aboutPerson(caller, citizenId).or(() -> courses.aboutPersonUnderAGrant(caller, citizenId).map(grant -> {
                            request.getRequest().setAttribute(Decisions.REASON, grant.emergencyReason());
                            return grant.basis().name();
                        })))))
                .requestMatchers(HttpMethod.GET, "/citizens/{citizenId}/family")
                .access(explaining(PERSON_NEED_TO_KNOW, Decisions.about("citizenId", (caller, citizenId, request) ->
                        courses.aboutPerson(caller, citizenId))))
                // Those who may read the situation keep it up to date (the school's absence on the team, intake at a new notification).
                .requestMatchers(HttpMethod.PUT, "/citizens/{citizenId}/situation")
                .access(explaining(PERSON_NEED_TO_KNOW, Decisions.about("citizenId", (caller, citizenId, request) ->
                        courses.aboutPerson(caller, citizenId))))
                .requestMatchers(HttpMethod.GET, "/citizens/*/open-courses", "/course-requests")
                .hasAnyRole(roles(CASEWORKER, INTAKE_WORKER))
                .requestMatchers(HttpMethod.POST, "/courses").hasRole(CASEWORKER.name())
                // The list shows each caller only the courses they may see (CourseAccess.visibleCourses).
                .requestMatchers(HttpMethod.GET, "/courses").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER, YOUNG_PERSON, GUARDIAN))
                // Only the municipality's own caseworkers break the glass, never external team members.
                .requestMatchers(HttpMethod.POST, "/courses/*/emergency-access").hasRole(CASEWORKER.name())
                .requestMatchers(HttpMethod.POST, "/emergency-accesses/*/renewal").hasRole(CENTRE_LEADER.name())
                .requestMatchers(HttpMethod.GET, "/emergency-accesses").hasAnyRole(roles(DATA_PROTECTION_OFFICER, CENTRE_LEADER))
                .requestMatchers(HttpMethod.GET, "/worklists/{professionalId}").access(ownWorklist())
                .requestMatchers(HttpMethod.GET, "/courses/{courseId}", "/courses/{courseId}/journal", "/courses/{courseId}/journal/{noteId}",
                        "/courses/{courseId}/documents", "/courses/{courseId}/documents/{documentId}")
                .access(explaining(NEED_TO_KNOW_TYPE, NEED_TO_KNOW, teamOr(true)))
                // A search answers only notes of the courses the caller may see (CourseAccess.visibleCourses).
                .requestMatchers(HttpMethod.GET, "/journal").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER))
                // Intake's courses wait in the queue until someone takes them on as (or by naming) the tovholder.
                .requestMatchers(HttpMethod.PUT, "/courses/{courseId}/tovholder").access(explaining(NEED_TO_KNOW, teamOrToTakeOn()))
                .requestMatchers(HttpMethod.GET, "/tasks", "/notifications", "/notifications/stream")
                .hasAnyRole(roles(CASEWORKER, TEAM_MEMBER, CENTRE_LEADER))
                // A queue is a centre's: its caseworkers' and centre leader's (the answer is the caller's centre's).
                .requestMatchers(HttpMethod.GET, "/tasks/queue").access(explaining(CENTRE_QUEUE, Decisions.when((caller, request) ->
                        caller.hasAny(CASEWORKER, CENTRE_LEADER) && caller.centre() != null ? Optional.of("CENTRE") : Optional.empty())))
                .requestMatchers(HttpMethod.POST, "/tasks/{taskId}/completion").access(explaining(OWN_TASK, ownTask()))
                .requestMatchers(HttpMethod.POST, "/courses/{courseId}/goals", "/courses/{courseId}/comments")
                .access(explaining(NEED_TO_KNOW, teamOr(true)))
                // The young person, and a guardian of a minor, withdraw their own consent themselves.
                .requestMatchers(HttpMethod.POST, "/courses/{courseId}/consent-withdrawals")
                .access(explaining(NEED_TO_KNOW, teamOrConsenting()))
                .requestMatchers("/courses/{courseId}/**").access(explaining(NEED_TO_KNOW, teamOr(false)));
    }

    /**
     * The course's team (or a break-the-glass grant); and where {@code citizenToo}, the young
     * person or their guardian. A guardian reads; they do not write the young person's goals.
     */
    private AuthorizationManager<RequestAuthorizationContext> teamOr(boolean citizenToo) {
        return Decisions.about("courseId", (caller, courseId, request) -> {
            Optional<CourseAccess.Access> access = courses.asProfessional(caller, courseId);
            if (access.isEmpty() && citizenToo) {
                access = courses.asCitizen(caller, courseId)
                        .filter(how -> how.basis() == CourseAccess.Basis.OWN || "GET".equals(request.getRequest().getMethod()));
            }
            // A break-the-glass grant reads; it does not change the course, nor put anyone on its team.
            access = access.filter(how -> how.basis() != CourseAccess.Basis.EMERGENCY || "GET".equals(request.getRequest().getMethod()));
            access.map(CourseAccess.Access::emergencyReason)
                    .ifPresent(reason -> request.getRequest().setAttribute(Decisions.REASON, reason));
            return access.map(how -> how.basis().name());
        });
    }

    /** The team, or the young person or a guardian, each for a consent of their own ({@link CourseAccess#ownWithdrawal}). */
    private AuthorizationManager<RequestAuthorizationContext> teamOrConsenting() {
        return Decisions.about("courseId", (caller, courseId, request) -> courses.asProfessional(caller, courseId)
                .filter(how -> how.basis() != CourseAccess.Basis.EMERGENCY)
                .or(() -> courses.asCitizen(caller, courseId))
                .map(how -> how.basis().name()));
    }

    /** The team, or anyone who may take on a course no one holds ({@link CourseAccess#toTakeOn}). */
    private AuthorizationManager<RequestAuthorizationContext> teamOrToTakeOn() {
        return Decisions.about("courseId", (caller, courseId, request) -> courses.asProfessional(caller, courseId)
                .filter(how -> how.basis() != CourseAccess.Basis.EMERGENCY)
                .or(() -> courses.toTakeOn(caller, courseId))
                .map(how -> how.basis().name()));
    }

    private AuthorizationManager<RequestAuthorizationContext> ownTask() {
        return Decisions.about("taskId", (caller, taskId, request) -> caller.id() != null && tasks.assignedTo(taskId, caller.id())
                ? Optional.of("OWN") : Optional.empty());
    }

    private static AuthorizationManager<RequestAuthorizationContext> ownWorklist() {
        return Decisions.when((caller, request) -> caller.hasAny(CASEWORKER, TEAM_MEMBER)
                && caller.id() != null && caller.id().toString().equals(request.getVariables().get("professionalId"))
                ? Optional.of("OWN") : Optional.empty());
    }
}
