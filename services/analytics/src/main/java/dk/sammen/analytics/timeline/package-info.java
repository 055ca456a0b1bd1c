@NullMarked
package dk.sammen.analytics.timeline;

import org.jspecify.annotations.NullMarked;
