package dk.sammen.platform.web;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read: answered as 413. */
public final class RequestTooLargeException extends IOException {

    private final long maxBytes;

    public RequestTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
