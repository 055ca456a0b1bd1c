package dk.sammen.platform.web;

import java.util.UUID;

/** The resource a request names does not exist: a 404 problem naming the field that held the id. */
public class UnknownIdException extends RuntimeException {

    private final String field;

    public UnknownIdException(String field, UUID id) {
        this(field, "No " + (field.endsWith("Id") ? field.substring(0, field.length() - 2) : field) + " with id " + id);
    }

    private UnknownIdException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Nothing matches the value of {@code field}; the message says so without echoing the value. */
    public static UnknownIdException noMatch(String field, String message) {
        return new UnknownIdException(field, message);
    }

    public String field() {
        return field;
    }
}
