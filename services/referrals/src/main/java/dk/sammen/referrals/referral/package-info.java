@NullMarked
package dk.sammen.referrals.referral;

import org.jspecify.annotations.NullMarked;
