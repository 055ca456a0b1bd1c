@NullMarked
package dk.sammen.plans.team;

import org.jspecify.annotations.NullMarked;
