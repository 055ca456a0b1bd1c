@NullMarked
package dk.sammen.analytics.trajectory;

import org.jspecify.annotations.NullMarked;
