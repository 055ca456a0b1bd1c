@NullMarked
package dk.sammen.offers;

import org.jspecify.annotations.NullMarked;
