@NullMarked
package dk.sammen.synthetic;

import org.jspecify.annotations.NullMarked;
