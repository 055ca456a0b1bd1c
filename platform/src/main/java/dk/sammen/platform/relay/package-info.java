@NullMarked
package dk.sammen.platform.relay;

import org.jspecify.annotations.NullMarked;
