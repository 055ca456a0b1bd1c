/**
 * Read-your-writes for front ends: a command's answer carries a {@code Consistency-Token}, and a
 * read that sends it back answers only once the read models it comes from have taken that write in.
 */
@NullMarked
package dk.sammen.platform.consistency;

import org.jspecify.annotations.NullMarked;
