@NullMarked
package dk.sammen.offers.annualstatus;

import org.jspecify.annotations.NullMarked;
