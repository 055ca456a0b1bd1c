package dk.sammen.platform.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal whose reason is written for the caller: it says what they lack (a place on the
 * team, their own centre), never what the resource holds. {@link AccessProblems} gives it as the
 * 403's detail, so a front end can tell the user why; other refusals get the general one.
 */
public class AccessRefused extends AccessDeniedException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
