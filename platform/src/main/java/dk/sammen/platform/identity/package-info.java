@NullMarked
package dk.sammen.platform.identity;

import org.jspecify.annotations.NullMarked;
