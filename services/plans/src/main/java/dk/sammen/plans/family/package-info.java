@NullMarked
package dk.sammen.plans.family;

import org.jspecify.annotations.NullMarked;
