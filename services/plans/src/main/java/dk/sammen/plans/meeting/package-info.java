@NullMarked
package dk.sammen.plans.meeting;

import org.jspecify.annotations.NullMarked;
