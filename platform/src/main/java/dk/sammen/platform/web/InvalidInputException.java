package dk.sammen.platform.web;

/** Input that cannot be bound to a field of a request, such as a malformed header: a 400 naming it. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
