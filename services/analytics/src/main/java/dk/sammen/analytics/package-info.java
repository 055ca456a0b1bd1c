@NullMarked
package dk.sammen.analytics;

import org.jspecify.annotations.NullMarked;
