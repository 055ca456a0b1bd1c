package dk.sammen.platform.web;

import java.time.Duration;

/**
 * More of something at once than one caller may hold (open streams, say): a {@code 429} problem
 * with {@code Retry-After}, so one client cannot take what every other needs.
 */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
