@NullMarked
package dk.sammen.platform.tracing;

import org.jspecify.annotations.NullMarked;
