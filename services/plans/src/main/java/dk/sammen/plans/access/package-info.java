@NullMarked
package dk.sammen.plans.access;

import org.jspecify.annotations.NullMarked;
