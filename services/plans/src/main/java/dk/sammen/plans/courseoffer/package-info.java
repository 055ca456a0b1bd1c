@NullMarked
package dk.sammen.plans.courseoffer;

import org.jspecify.annotations.NullMarked;
