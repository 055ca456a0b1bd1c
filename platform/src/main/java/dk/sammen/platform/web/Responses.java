package dk.sammen.platform.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** The response shapes every service's API uses for commands and reads. */
public final class Responses {

    private Responses() {
    }

    /** The body of a 201: the new resource's id (its URL is in {@code Location}). */
    public record Created(UUID id) {
    }

    /** {@code 201 Created} with the new resource's URL below the request's in {@code Location}. */
    public static ResponseEntity<Created> created(UUID id) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(new Created(id));
    }

    /**
     * {@code 201 Created} for a part created inside an aggregate (a meeting in a course): the part's
     * URL in {@code Location}, and the aggregate's new version as {@code ETag} for the next change.
     */
    public static ResponseEntity<Created> created(UUID id, long aggregateVersion) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(etag(aggregateVersion)).body(new Created(id));
    }

    /** {@code 204 No Content} after a change, with the new version as {@code ETag} for the next one. */
    public static ResponseEntity<Void> changed(long version) {
        return ResponseEntity.noContent().eTag(etag(version)).build();
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * {@code 200} with the view's version as a strong {@code ETag} (for {@code If-Match}), or a 404
     * problem naming {@code idField} when there is no such resource.
     */
    public static <T extends Versioned> ResponseEntity<T> found(Optional<T> view, String idField, UUID id) {
        T body = view.orElseThrow(() -> new UnknownIdException(idField, id));
        return ResponseEntity.ok().eTag(etag(body.version())).body(body);
    }
}
