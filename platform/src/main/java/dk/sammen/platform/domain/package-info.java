@NullMarked
package dk.sammen.platform.domain;

import org.jspecify.annotations.NullMarked;
