@NullMarked
package dk.sammen.analytics.erasure;

import org.jspecify.annotations.NullMarked;
