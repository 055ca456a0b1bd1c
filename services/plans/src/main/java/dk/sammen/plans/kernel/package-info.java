@NullMarked
package dk.sammen.plans.kernel;

import org.jspecify.annotations.NullMarked;
