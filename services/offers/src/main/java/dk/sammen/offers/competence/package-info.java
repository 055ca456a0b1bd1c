@NullMarked
package dk.sammen.offers.competence;

import org.jspecify.annotations.NullMarked;
