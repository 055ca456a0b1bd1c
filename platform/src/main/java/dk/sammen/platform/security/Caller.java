package dk.sammen.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling, read from the verified token: the person's id ({@code sub}, a UUID: a
 * professional's id on a team, or the young person's citizen id), their roles, their centre,
 * and for a guardian the young people they are guardian of.
 */
public record Caller(@Nullable UUID id, Set<Role> roles, @Nullable String centre, Set<UUID> guardianOf) {

    public static final String ROLES_CLAIM = "roles";
    public static final String CENTRE_CLAIM = "centre";
    public static final String GUARDIAN_OF_CLAIM = "guardian_of";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        guardianOf = Set.copyOf(guardianOf);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The roles as the audit trail and logs name them. */
    public String roleClaims() {
        return roles.stream().map(Role::claim).sorted().collect(Collectors.joining(","));
    }

    public static Caller of(Jwt token) {
        Set<Role> roles = strings(token, ROLES_CLAIM).stream().map(Role::ofClaim).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Set<UUID> wards = strings(token, GUARDIAN_OF_CLAIM).stream().map(Caller::uuidOrNull)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new Caller(uuidOrNull(token.getSubject()), roles, token.getClaimAsString(CENTRE_CLAIM), wards);
    }

    /** The caller of the request this thread serves, if it carried a valid token. */
    public static Optional<Caller> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Caller> of(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt ? Optional.of(of(jwt.getToken())) : Optional.empty();
    }

    private static List<String> strings(Jwt token, String claim) {
        List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : null;
        return values == null ? List.of() : values;
    }

    private static @Nullable UUID uuidOrNull(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
