package dk.sammen.platform.web;

/** A part of the request (an uploaded file) is larger than its rule lets it be: answered as 413 naming the field. */
public class TooLargeException extends RuntimeException {

    private final String field;
    private final long maxBytes;

    public TooLargeException(String field, long maxBytes) {
        super("The " + field + " is larger than " + maxBytes + " bytes");
        this.field = field;
        this.maxBytes = maxBytes;
    }

    public String field() {
        return field;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
