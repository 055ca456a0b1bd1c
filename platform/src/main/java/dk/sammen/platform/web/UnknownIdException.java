package dk.sammen.platform.web;

import java.util.UUID;

/**
 * A request referred to something that does not exist: answered as 404 (when it is the
 * resource itself) or 422 (when a command refers to it), naming the field that held the id.
 */
public class UnknownIdException extends RuntimeException {

    private final String field;
    private final UUID id;
    private final boolean resourceItself;

    private UnknownIdException(String field, UUID id, boolean resourceItself, String message) {
        super(message);
        this.field = field;
        this.id = id;
        this.resourceItself = resourceItself;
    }

    /** The resource the URL names does not exist (404). */
    public static UnknownIdException notFound(String field, UUID id) {
        return new UnknownIdException(field, id, true, "No " + readable(field) + " with id " + id);
    }

    /** A field of a command refers to something that does not exist (422). */
    public static UnknownIdException unknownReference(String field, UUID id) {
        return new UnknownIdException(field, id, false, "'" + field + "' refers to " + id + ", which does not exist");
    }

    public String field() {
        return field;
    }

    public UUID id() {
        return id;
    }

    public boolean isResourceItself() {
        return resourceItself;
    }

    private static String readable(String field) {
        return field.endsWith("Id") ? field.substring(0, field.length() - 2) : field;
    }
}
