@NullMarked
package dk.sammen.platform.command;

import org.jspecify.annotations.NullMarked;
