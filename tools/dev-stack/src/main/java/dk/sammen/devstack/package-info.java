@NullMarked
package dk.sammen.devstack;

import org.jspecify.annotations.NullMarked;
