@NullMarked
package dk.sammen.analytics.projection;

import org.jspecify.annotations.NullMarked;
