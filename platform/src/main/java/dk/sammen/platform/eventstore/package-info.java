@NullMarked
package dk.sammen.platform.eventstore;

import org.jspecify.annotations.NullMarked;
