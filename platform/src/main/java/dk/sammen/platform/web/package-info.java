@NullMarked
package dk.sammen.platform.web;

import org.jspecify.annotations.NullMarked;
