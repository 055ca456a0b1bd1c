@NullMarked
package dk.sammen.analytics.followup;

import org.jspecify.annotations.NullMarked;
