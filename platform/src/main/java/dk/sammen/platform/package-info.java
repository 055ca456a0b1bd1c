@NullMarked
package dk.sammen.platform;

import org.jspecify.annotations.NullMarked;
