@NullMarked
package dk.sammen.platform.pipeline;

import org.jspecify.annotations.NullMarked;
