@NullMarked
package dk.sammen.plans.citizen;

import org.jspecify.annotations.NullMarked;
