@NullMarked
package dk.sammen.platform.personaldata;

import org.jspecify.annotations.NullMarked;
