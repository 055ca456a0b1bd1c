@NullMarked
package dk.sammen.plans;

import org.jspecify.annotations.NullMarked;
