package dk.sammen.platform.domain;

import java.util.Map;

/**
 * A command was refused because it would break a rule the aggregate holds (answered as 409
 * problem+json with the rule's name, and the details a caller needs to act on it — the open
 * course a second one would duplicate, say). Aggregates throw it; Axon carries it back to the caller.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;
    private final Map<String, Object> details;

    public DomainRuleViolation(String rule, String message) {
        this(rule, message, Map.of());
    }

    public DomainRuleViolation(String rule, String message, Map<String, Object> details) {
        super(message);
        this.rule = rule;
        this.details = Map.copyOf(details);
    }

    /**
     * A rule about one field of the request (a value on its scale, a meeting's time): the problem
     * names the field as a validation problem does ({@code errors}), so a front end marks it.
     */
    public static DomainRuleViolation ofField(String field, String rule, String message) {
        return new DomainRuleViolation(rule, message, Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
    }

    public String rule() {
        return rule;
    }

    /** Further members of the problem, by name. */
    public Map<String, Object> details() {
        return details;
    }
}
