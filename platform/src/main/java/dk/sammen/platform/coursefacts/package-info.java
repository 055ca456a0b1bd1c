@NullMarked
package dk.sammen.platform.coursefacts;

import org.jspecify.annotations.NullMarked;
