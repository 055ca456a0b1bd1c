package dk.sammen.platform.security;

import jakarta.servlet.Filter;

/**
 * A filter the API's security chain runs once the caller's token is checked and before the
 * access decision, so it sees refused requests too (the audit trail's). Security knows this hook,
 * not who fills it.
 */
public interface AuthenticatedRequestFilter extends Filter {
}
