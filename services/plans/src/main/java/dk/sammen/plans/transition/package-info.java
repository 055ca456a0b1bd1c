@NullMarked
package dk.sammen.plans.transition;

import org.jspecify.annotations.NullMarked;
