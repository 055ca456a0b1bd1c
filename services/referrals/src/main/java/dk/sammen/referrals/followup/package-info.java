@NullMarked
package dk.sammen.referrals.followup;

import org.jspecify.annotations.NullMarked;
