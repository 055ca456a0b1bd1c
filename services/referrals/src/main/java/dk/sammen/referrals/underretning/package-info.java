@NullMarked
package dk.sammen.referrals.underretning;

import org.jspecify.annotations.NullMarked;
