@NullMarked
package dk.sammen.plans.worklist;

import org.jspecify.annotations.NullMarked;
