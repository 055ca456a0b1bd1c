@NullMarked
package dk.sammen.offers.catalogue;

import org.jspecify.annotations.NullMarked;
