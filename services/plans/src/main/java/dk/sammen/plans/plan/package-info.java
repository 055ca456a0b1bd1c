@NullMarked
package dk.sammen.plans.plan;

import org.jspecify.annotations.NullMarked;
