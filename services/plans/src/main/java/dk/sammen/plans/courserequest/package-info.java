@NullMarked
package dk.sammen.plans.courserequest;

import org.jspecify.annotations.NullMarked;
