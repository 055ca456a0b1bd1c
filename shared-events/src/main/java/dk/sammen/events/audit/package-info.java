@NullMarked
package dk.sammen.events.audit;

import org.jspecify.annotations.NullMarked;
