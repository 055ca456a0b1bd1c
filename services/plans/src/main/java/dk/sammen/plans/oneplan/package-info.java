@NullMarked
package dk.sammen.plans.oneplan;

import org.jspecify.annotations.NullMarked;
