@NullMarked
package dk.sammen.offers.needsbank;

import org.jspecify.annotations.NullMarked;
