@NullMarked
package dk.sammen.plans.trial;

import org.jspecify.annotations.NullMarked;
