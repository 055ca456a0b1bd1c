@NullMarked
package dk.sammen.offers.access;

import org.jspecify.annotations.NullMarked;
