package dk.sammen.platform.test;

import java.util.List;
import java.util.UUID;

/**
 * A person a test acts as: the claims the municipality's identity provider would put in their
 * token. {@link #token()} signs one with the tests' identity provider ({@link TestTokens}).
 *
 * @param id         the token's subject: a professional's id, or a young person's citizen id
 * @param roles      the {@code roles} claim, e.g. {@code caseworker}
 * @param centre     the {@code centre} claim, e.g. {@code C_SS}; may be null
 * @param guardianOf the {@code guardian_of} claim of a guardian
 */
public record TestIdentity(UUID id, List<String> roles, String centre, List<UUID> guardianOf) {

    /** The caseworker the plans tests act as, unless a test says otherwise. */
    public static final UUID CASEWORKER_ID = UUID.fromString("7d1c3a52-0c55-4b8e-9a51-1f0a2f3e6c01");

    public TestIdentity {
        roles = List.copyOf(roles);
        guardianOf = List.copyOf(guardianOf);
    }

    /** A new person with these roles. */
    public static TestIdentity with(String... roles) {
        return new TestIdentity(UUID.randomUUID(), List.of(roles), "C_SS", List.of());
    }

    public static TestIdentity youngPerson(UUID citizenId) {
        return new TestIdentity(citizenId, List.of("young-person"), null, List.of());
    }

    public static TestIdentity guardianOf(UUID... citizenIds) {
        return new TestIdentity(UUID.randomUUID(), List.of("guardian"), null, List.of(citizenIds));
    }

    public String token() {
        return TestTokens.token(this);
    }

    /**
     * Whom a service's tests act as by default: the roles that service's everyday work needs.
     * Tests of access itself act as others explicitly.
     */
    static TestIdentity defaultFor(String application) {
        // A test context may name its application e.g. "offers-catalogue": the service is the first word.
        List<String> roles = switch (application.split("-")[0]) {
            case "referrals" -> List.of("intake-worker", "caseworker");
            case "offers" -> List.of("catalogue-editor", "caseworker");
            case "analytics" -> List.of("analyst");
            default -> List.of("caseworker");
        };
        return new TestIdentity(CASEWORKER_ID, roles, "C_SS", List.of());
    }
}
