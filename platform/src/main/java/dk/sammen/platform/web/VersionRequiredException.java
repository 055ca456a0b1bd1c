package dk.sammen.platform.web;

/** A change sent without the version it was made against: answered as 428 naming {@code If-Match}. */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("A change names the version it was made against: send If-Match with the ETag you read (or \"*\" to change whatever "
                + "version is there, on purpose)");
    }
}
