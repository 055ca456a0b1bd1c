package dk.sammen.platform.web;

/** A read-model view that carries its aggregate's version, sent as the {@code ETag}. */
public interface Versioned {

    long version();
}
