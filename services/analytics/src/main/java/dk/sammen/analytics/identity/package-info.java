@NullMarked
package dk.sammen.analytics.identity;

import org.jspecify.annotations.NullMarked;
