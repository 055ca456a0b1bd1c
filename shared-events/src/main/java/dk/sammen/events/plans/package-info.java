@NullMarked
package dk.sammen.events.plans;

import org.jspecify.annotations.NullMarked;
