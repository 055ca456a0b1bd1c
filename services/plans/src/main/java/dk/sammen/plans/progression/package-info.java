@NullMarked
package dk.sammen.plans.progression;

import org.jspecify.annotations.NullMarked;
