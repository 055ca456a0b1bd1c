package dk.sammen.platform.web;

import java.util.UUID;

/** The resource a request names does not exist: a 404 problem naming the field that held the id. */
public class UnknownIdException extends RuntimeException {

    private final String field;

    public UnknownIdException(String field, UUID id) {
        super("No " + (field.endsWith("Id") ? field.substring(0, field.length() - 2) : field) + " with id " + id);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
