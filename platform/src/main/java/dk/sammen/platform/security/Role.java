package dk.sammen.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles the municipality's identity provider gives a user, in the token's {@code roles}
 * claim. What each role may do is in each service's access rules and the matrix in its README.
 */
public enum Role {
    /** A professional who may be a course's tovholder; sees a course only on its team. */
    CASEWORKER("caseworker"),
    /** A professional or external actor on a course's interdisciplinary team; sees a course only on its team. */
    TEAM_MEMBER("team-member"),
    /** Sees aggregates for their centre, and the break-the-glass report. */
    CENTRE_LEADER("centre-leader"),
    /** Receives and assesses underretninger; the only role that sees who reported. */
    INTAKE_WORKER("intake-worker"),
    /** Keeps the offers catalogue (tilbudsvifte) and the competence bank. */
    CATALOGUE_EDITOR("catalogue-editor"),
    /** Reads analytics only, pseudonymised. */
    ANALYST("analyst"),
    /** The data-protection officer: reads the audit trail. */
    DATA_PROTECTION_OFFICER("dpo"),
    /** Runs the system: the event pipeline's dead letters (list, retry, discard); no young person's data beyond what a parked record holds. */
    OPERATOR("operator"),
    /** The young person themself ({@code sub} is their citizen id): their own plan. */
    YOUNG_PERSON("young-person"),
    /** A guardian of a minor ({@code guardian_of} lists the young people): the minor's plan. */
    GUARDIAN("guardian");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** The value in the token's {@code roles} claim. */
    public String claim() {
        return claim;
    }

    /** The Spring Security role name ({@code hasRole}). */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
