@NullMarked
package dk.sammen.events.offers;

import org.jspecify.annotations.NullMarked;
