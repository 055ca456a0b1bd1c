@NullMarked
package dk.sammen.analytics.export;

import org.jspecify.annotations.NullMarked;
