@NullMarked
package dk.sammen.platform.kafka;

import org.jspecify.annotations.NullMarked;
