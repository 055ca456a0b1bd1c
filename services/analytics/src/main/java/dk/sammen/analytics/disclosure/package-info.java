@NullMarked
package dk.sammen.analytics.disclosure;

import org.jspecify.annotations.NullMarked;
