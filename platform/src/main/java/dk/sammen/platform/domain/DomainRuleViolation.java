package dk.sammen.platform.domain;

/**
 * A command was refused because it would break a rule the aggregate holds (answered as 409
 * problem+json with the rule's name). Aggregates throw it; Axon carries it back to the caller.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
