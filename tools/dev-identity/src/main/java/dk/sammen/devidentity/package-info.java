@NullMarked
package dk.sammen.devidentity;

import org.jspecify.annotations.NullMarked;
