package dk.sammen.platform.consistency;

import java.time.Duration;

/** A read model has not taken in the write a read asked to see within the wait allowed: answered 503, try again. */
public class ReadModelBehindException extends RuntimeException {

    private final Duration waited;

    ReadModelBehindException(String processor, Duration waited) {
        super("The view has not caught up with your change within " + waited.toMillis() + " ms (" + processor
                + " is behind); the change is stored: read again in a moment");
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
