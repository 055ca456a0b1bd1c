@NullMarked
package dk.sammen.platform.readmodel;

import org.jspecify.annotations.NullMarked;
