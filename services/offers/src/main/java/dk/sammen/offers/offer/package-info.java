@NullMarked
package dk.sammen.offers.offer;

import org.jspecify.annotations.NullMarked;
