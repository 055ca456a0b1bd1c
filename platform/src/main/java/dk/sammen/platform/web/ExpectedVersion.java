package dk.sammen.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * The version a client last saw, from its {@code If-Match} header: a change is only made when the
 * resource is still at this version, so two people editing one course never overwrite each other
 * unnoticed. The header is required (RFC 6585's 428 without it): {@code *} is the explicit "any
 * version", for an integration or a script that means to, never the silent default.
 *
 * @param value the expected version, or {@code null} for any
 */
public record ExpectedVersion(@Nullable Long value) {

    public static final String HEADER = "If-Match";

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    /** Reads an {@code If-Match} header carrying one strong ETag as the services send it: {@code "5"}, or {@code *}. */
    public static ExpectedVersion fromHeader(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiredException();
        }
        if (ifMatch.strip().equals("*")) {
            return ANY;
        }
        String tag = ifMatch.strip();
        if (!tag.matches("\"\\d{1,18}\"")) {
            throw new InvalidInputException(HEADER, "must be one ETag as sent by this service, such as \"5\"");
        }
        return new ExpectedVersion(Long.parseLong(tag.substring(1, tag.length() - 1)));
    }
}
