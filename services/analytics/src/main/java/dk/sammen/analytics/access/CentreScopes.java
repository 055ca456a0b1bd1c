package dk.sammen.analytics.access;

import dk.sammen.events.Centre;
import dk.sammen.platform.security.AccessRefused;
import dk.sammen.platform.security.Caller;
import dk.sammen.platform.security.Role;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Whose figures a caller may see (need-to-know for aggregates): an analyst the municipality's or
 * any one centre's; a centre leader their own centre's only, the one their token names. The
 * access rules let both roles reach the aggregates; this decides which figures they get.
 */
@Component
public class CentreScopes {

    /**
     * @param asked the centre the request names, or null
     * @throws AccessRefused for a centre leader asking for another centre, or whose token names no centre
     */
    public CentreScope of(Centre asked) {
        Caller caller = Caller.current().orElseThrow(() -> new AccessRefused("A valid token is needed"));
        if (caller.has(Role.ANALYST)) {
            return new CentreScope(asked);
        }
        if (caller.has(Role.CENTRE_LEADER)) {
            Centre own = Arrays.stream(Centre.values()).filter(c -> c.name().equals(caller.centre())).findFirst()
                    .orElseThrow(() -> new AccessRefused("A centre leader's token must name their centre (claim centre)"));
            if (asked != null && asked != own) {
                throw new AccessRefused("A centre leader sees the figures of their own centre, " + own);
            }
            return new CentreScope(own);
        }
        throw new AccessRefused("Aggregates are for analysts and centre leaders");
    }
}
