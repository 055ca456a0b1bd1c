@NullMarked
package dk.sammen.plans.course;

import org.jspecify.annotations.NullMarked;
