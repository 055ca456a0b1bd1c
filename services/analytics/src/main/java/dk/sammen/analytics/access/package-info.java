@NullMarked
package dk.sammen.analytics.access;

import org.jspecify.annotations.NullMarked;
