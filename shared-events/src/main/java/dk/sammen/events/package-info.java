@NullMarked
package dk.sammen.events;

import org.jspecify.annotations.NullMarked;
