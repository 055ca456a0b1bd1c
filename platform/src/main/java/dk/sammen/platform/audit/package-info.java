@NullMarked
package dk.sammen.platform.audit;

import org.jspecify.annotations.NullMarked;
