@NullMarked
package dk.sammen.plans.erasure;

import org.jspecify.annotations.NullMarked;
