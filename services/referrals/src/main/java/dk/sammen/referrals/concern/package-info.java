@NullMarked
package dk.sammen.referrals.concern;

import org.jspecify.annotations.NullMarked;
