package dk.sammen.referrals.access;

import dk.sammen.platform.aktindsigt.OwnRecordAccess;
import dk.sammen.platform.security.AccessRules;
import dk.sammen.platform.security.Decisions;
import dk.sammen.referrals.underretning.UnderretningRecords;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dk.sammen.platform.security.Decisions.roles;
import static dk.sammen.platform.security.Role.CASEWORKER;
import static dk.sammen.platform.security.Role.INTAKE_WORKER;
import static dk.sammen.platform.security.Role.TEAM_MEMBER;

/**
 * Who may call what in the referrals service: the access matrix in the service's README, as
 * code. Underretninger are the intake's: every professional may file one, only intake workers
 * read them, and only they see who reported. A course's referrals are its team's and, for the
 * answers, its provider's: the staff of the centre owning the offer.
 */
@Component
class ReferralsAccessRules implements AccessRules {

    private final ReferralAccess access;
    private final UnderretningRecords underretninger;
    private final Clock clock;

    ReferralsAccessRules(ReferralAccess access, UnderretningRecords underretninger, Clock clock) {
        this.access = access;
        this.underretninger = underretninger;
        this.clock = clock;
    }

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // The young person's own record (aktindsigt): theirs, a guardian's of a minor, the data-protection officer's.
                .requestMatchers(HttpMethod.GET, "/citizens/{citizenId}/record")
                .access(Decisions.explaining(OwnRecordAccess.REFUSED, Decisions.about("citizenId", (caller, citizenId, request) ->
                        OwnRecordAccess.basis(caller, citizenId, underretninger::birthDateOf, clock))))
                .requestMatchers(HttpMethod.POST, "/underretninger").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER, TEAM_MEMBER))
                .requestMatchers(HttpMethod.GET, "/underretninger/*/reporter").hasRole(INTAKE_WORKER.name())
                .requestMatchers("/underretninger/**", "/intake/**", "/young-people/*/underretninger",
                        "/young-people/*/household/underretninger", "/signals/**").hasRole(INTAKE_WORKER.name())
                .requestMatchers(HttpMethod.GET, "/flags", "/follow-up-list").hasAnyRole(roles(INTAKE_WORKER, CASEWORKER))
                // The lists show a caseworker only the young people on whose course's team they are (ReferralAccess.visible).
                .requestMatchers(HttpMethod.POST, "/young-people/{citizenId}/follow-up").access(Decisions.about("citizenId",
                        (caller, citizenId, request) -> access.seesYoungPerson(caller, citizenId)
                                ? Optional.of(caller.has(INTAKE_WORKER) ? "INTAKE" : "TEAM") : Optional.empty()))
                .requestMatchers(HttpMethod.GET, "/referrals/{referralId}").access(referralOf(Party.TEAM, Party.PROVIDER))
                .requestMatchers(HttpMethod.POST, "/referrals/{referralId}/revocation").access(referralOf(Party.TEAM))
                .requestMatchers(HttpMethod.POST, "/referrals/{referralId}/acceptance", "/referrals/{referralId}/wait-list",
                        "/referrals/{referralId}/rejection", "/referrals/{referralId}/start", "/referrals/{referralId}/end")
                .access(referralOf(Party.PROVIDER))
                .requestMatchers(HttpMethod.GET, "/offers/{offerId}/referrals").access(offerProvider())
                // The provider's task list: the places offered on their centre's offers (the answer is the caller's centre's).
                .requestMatchers(HttpMethod.GET, "/places-offered").access(Decisions.when((caller, request) ->
                        caller.hasAny(CASEWORKER, TEAM_MEMBER) && caller.centre() != null ? Optional.of("CENTRE") : Optional.empty()))
                // A new referral's course is in its body: the controller asks ReferralAccess before referring.
                .requestMatchers(HttpMethod.POST, "/referrals").hasAnyRole(roles(CASEWORKER, TEAM_MEMBER));
    }

    /** The two parties to a referral: the course's team, who refer, and the offer's provider, who answer. */
    private enum Party { TEAM, PROVIDER }

    /** Any of the parties to the referral; a referral that does not exist is let through for a professional to be told so (404). */
    private AuthorizationManager<RequestAuthorizationContext> referralOf(Party... parties) {
        Set<Party> allowed = Set.of(parties);
        return Decisions.about("referralId", (caller, referralId, request) -> {
            Optional<UUID> course = access.courseOfReferral(referralId);
            if (course.isEmpty()) {
                return caller.hasAny(CASEWORKER, TEAM_MEMBER) ? Optional.of("NO_SUCH_REFERRAL") : Optional.empty();
            }
            if (allowed.contains(Party.TEAM) && access.onTeam(caller, course.get())) {
                return Optional.of("TEAM");
            }
            return allowed.contains(Party.PROVIDER) && access.providesReferral(caller, referralId) ? Optional.of("PROVIDER") : Optional.empty();
        });
    }

    /** The staff of the centre owning the offer; for an offer the catalogue does not know, any professional (an empty list). */
    private AuthorizationManager<RequestAuthorizationContext> offerProvider() {
        return Decisions.about("offerId", (caller, offerId, request) -> access.providesOffer(caller, offerId)
                .map(provides -> provides ? Optional.of("PROVIDER") : Optional.<String>empty())
                .orElseGet(() -> caller.hasAny(CASEWORKER, TEAM_MEMBER) ? Optional.of("NO_SUCH_OFFER") : Optional.empty()));
    }
}
