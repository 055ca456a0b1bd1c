package dk.sammen.platform.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * What a retry or discard of a parked record or event did.
 *
 * @param redelivered how many of its sequence (the same key or aggregate) went through
 * @param stillParked how many of its sequence are still parked
 * @param cause       why the first of those still parked failed again; null when none is left
 */
public record Resolution(int redelivered, int stillParked, @Nullable String cause) {
}
