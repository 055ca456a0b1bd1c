@NullMarked
package dk.sammen.platform.security;

import org.jspecify.annotations.NullMarked;
