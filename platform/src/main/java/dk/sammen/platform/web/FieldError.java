package dk.sammen.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a request, named so a front end can put the message next to the field.
 *
 * @param field   the JSON path of the field ({@code reason}, {@code concerns[1]}), a query
 *                parameter, or a path variable
 * @param message what is wrong, in words a person can act on
 */
public record FieldError(String field, @Nullable String message) {
}
